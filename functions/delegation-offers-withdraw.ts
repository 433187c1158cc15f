import { app } from '@azure/functions';
import { withdrawOffer } from '../shared/app/delegation';
import { endpoint, partnerOf } from '../shared/http/endpoint';
import { withdrawDelegationOffer } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { noContent } from '../shared/http/responses';

export const withdrawDelegationOfferHandler = endpoint(
  withdrawDelegationOffer,
  async ({ params, principal, deps }) => {
    await withdrawOffer(deps, partnerOf(principal), uuidParam(params['id'], 'offer'));
    return noContent();
  },
);

app.http('delegation-offers-withdraw', {
  route: 'delegation-offers/{id}',
  methods: ['DELETE'],
  authLevel: 'anonymous',
  handler: withdrawDelegationOfferHandler,
});
