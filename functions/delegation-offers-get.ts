import { app } from '@azure/functions';
import { partnersOffer } from '../shared/app/delegation';
import { endpoint, partnerOf } from '../shared/http/endpoint';
import { getDelegationOffer } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { json } from '../shared/http/responses';
import { offerView } from '../shared/http/views';

export const getDelegationOfferHandler = endpoint(getDelegationOffer, async ({ params, principal, deps }) => {
  const partner = partnerOf(principal);
  const offer = await partnersOffer(deps, partner, uuidParam(params['id'], 'offer'));
  return json(200, offerView(offer, partner, deps.clock.now()));
});

app.http('delegation-offers-get', {
  route: 'delegation-offers/{id}',
  methods: ['GET'],
  authLevel: 'anonymous',
  handler: getDelegationOfferHandler,
});
