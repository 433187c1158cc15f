import { app } from '@azure/functions';
import { removeKey } from '../shared/app/redemptions';
import { endpoint, partnerOf } from '../shared/http/endpoint';
import { removeRedemptionKey } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { noContent } from '../shared/http/responses';

export const removeRedemptionKeyHandler = endpoint(
  removeRedemptionKey,
  async ({ params, principal, deps }) => {
    const redemptionId = uuidParam(params['id'], 'redemption');
    await removeKey(deps, partnerOf(principal), redemptionId, params['keyRef'] ?? '');
    return noContent();
  },
);

app.http('redemptions-remove-key', {
  route: 'redemptions/{id}/keys/{keyRef}',
  methods: ['DELETE'],
  authLevel: 'anonymous',
  handler: removeRedemptionKeyHandler,
});
