import { app } from '@azure/functions';
import { offerDelegation } from '../shared/app/delegation';
import { endpoint, partnerOf } from '../shared/http/endpoint';
import { offerDelegation as operation } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { json } from '../shared/http/responses';
import { offerView } from '../shared/http/views';

export const offerDelegationHandler = endpoint(operation, async ({ body, params, principal, deps }) => {
  const partner = partnerOf(principal);
  const offer = await offerDelegation(deps, partner, uuidParam(params['id'], 'tenant'), body.message);
  return json(201, offerView(offer, partner, deps.clock.now()), {
    location: `/api/v1/delegation-offers/${offer.id}`,
  });
});

app.http('tenants-delegation-offers-create', {
  route: 'tenants/{id}/delegation-offers',
  methods: ['POST'],
  authLevel: 'anonymous',
  handler: offerDelegationHandler,
});
