import { offerDelegation } from '../shared/app/delegation';
import { delegationOffersGet, tenantsDelegationOffersCreate } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { json } from '../shared/http/responses';
import { pathOf } from '../shared/http/routes';
import { offerView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(tenantsDelegationOffersCreate, async ({ body, params, principal, deps }) => {
  const details = await offerDelegation(deps, principal, uuidParam(params['id'], 'tenant'), body.message);
  return json(201, offerView(details), { location: pathOf(delegationOffersGet, { id: details.offer.id }) });
});
