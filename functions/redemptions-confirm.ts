import { app } from '@azure/functions';
import { confirmRedemption } from '../shared/app/redemptions';
import { endpoint, partnerOf } from '../shared/http/endpoint';
import { confirmRedemption as operation } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { json } from '../shared/http/responses';
import { redemptionView } from '../shared/http/views';

export const confirmRedemptionHandler = endpoint(operation, async ({ params, principal, deps }) => {
  const redemption = await confirmRedemption(
    deps,
    partnerOf(principal),
    uuidParam(params['id'], 'redemption'),
  );
  return json(200, redemptionView(redemption, deps.clock.now()));
});

app.http('redemptions-confirm', {
  route: 'redemptions/{id}/confirm',
  methods: ['POST'],
  authLevel: 'anonymous',
  handler: confirmRedemptionHandler,
});
