import { app } from '@azure/functions';
import { addKey } from '../shared/app/redemptions';
import { endpoint, partnerOf } from '../shared/http/endpoint';
import { addRedemptionKey } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { json } from '../shared/http/responses';
import { redemptionKeyView } from '../shared/http/views';

export const addRedemptionKeyHandler = endpoint(
  addRedemptionKey,
  async ({ body, params, principal, deps }) => {
    const entry = await addKey(deps, partnerOf(principal), uuidParam(params['id'], 'redemption'), body.key);
    return json(201, redemptionKeyView(entry));
  },
);

app.http('redemptions-add-key', {
  route: 'redemptions/{id}/keys',
  methods: ['POST'],
  authLevel: 'anonymous',
  handler: addRedemptionKeyHandler,
});
