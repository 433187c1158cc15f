import { app } from '@azure/functions';
import { getRedemption } from '../shared/app/redemptions';
import { endpoint, partnerOf } from '../shared/http/endpoint';
import { getRedemption as operation } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { json } from '../shared/http/responses';
import { redemptionView } from '../shared/http/views';

export const getRedemptionHandler = endpoint(operation, async ({ params, principal, deps }) => {
  const redemption = await getRedemption(deps, partnerOf(principal), uuidParam(params['id'], 'redemption'));
  return json(200, redemptionView(redemption, deps.clock.now()));
});

app.http('redemptions-get', {
  route: 'redemptions/{id}',
  methods: ['GET'],
  authLevel: 'anonymous',
  handler: getRedemptionHandler,
});
