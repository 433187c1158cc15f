import { withdrawOffer } from '../shared/app/delegation';
import { delegationOffersWithdraw } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { noContent } from '../shared/http/responses';
import { registerHttp } from '../shared/register';

registerHttp(delegationOffersWithdraw, async ({ params, principal, deps }) => {
  await withdrawOffer(deps, principal, uuidParam(params['id'], 'offer'));
  return noContent(delegationOffersWithdraw);
});
