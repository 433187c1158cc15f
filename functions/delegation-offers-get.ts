import { getOffer } from '../shared/app/delegation';
import { delegationOffersGet } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { ok } from '../shared/http/responses';
import { offerView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(delegationOffersGet, async ({ params, principal, deps }) =>
  ok(delegationOffersGet, offerView(await getOffer(deps, principal, uuidParam(params['id'], 'offer')))),
);
