import { app } from '@azure/functions';
import { openRedemption } from '../shared/app/redemptions';
import { endpoint, partnerOf } from '../shared/http/endpoint';
import { startRedemption } from '../shared/http/operations';
import { json } from '../shared/http/responses';
import { redemptionView } from '../shared/http/views';

export const startRedemptionHandler = endpoint(startRedemption, async ({ body, principal, deps }) => {
  const redemption = await openRedemption(deps, partnerOf(principal), body.attestation);
  return json(201, redemptionView(redemption, deps.clock.now()), {
    location: `/api/v1/redemptions/${redemption.id}`,
  });
});

app.http('redemptions-create', {
  route: 'redemptions',
  methods: ['POST'],
  authLevel: 'anonymous',
  handler: startRedemptionHandler,
});
