import { getOffer } from '../shared/app/delegation';
import { delegationOffersGet } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { json } from '../shared/http/responses';
import { offerView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(delegationOffersGet, async ({ params, principal, deps }) =>
  json(200, offerView(await getOffer(deps, principal, uuidParam(params['id'], 'offer')))),
);
