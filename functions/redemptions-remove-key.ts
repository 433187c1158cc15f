import { app } from '@azure/functions';
import { removeKey } from '../shared/app/redemptions';
import { endpoint, partnerOf } from '../shared/http/endpoint';
import { removeRedemptionKey } from '../shared/http/operations';
import { tokenParam, uuidParam } from '../shared/http/parse';
import { noContent } from '../shared/http/responses';

const KEY_REF = /^[0-9a-f]{16}$/;

export const removeRedemptionKeyHandler = endpoint(
  removeRedemptionKey,
  async ({ params, principal, deps }) => {
    const redemptionId = uuidParam(params['id'], 'redemption');
    await removeKey(
      deps,
      partnerOf(principal),
      redemptionId,
      tokenParam(params['keyRef'], KEY_REF, 'key in this redemption'),
    );
    return noContent();
  },
);

app.http('redemptions-remove-key', {
  route: 'redemptions/{id}/keys/{keyRef}',
  methods: ['DELETE'],
  authLevel: 'anonymous',
  handler: removeRedemptionKeyHandler,
});
