import { offerDelegation } from '../shared/app/delegation';
import { delegationOffersGet, tenantsDelegationOffersCreate } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { created } from '../shared/http/responses';
import { pathOf } from '../shared/http/routes';
import { offerView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(tenantsDelegationOffersCreate, async ({ body, params, principal, deps }) => {
  const details = await offerDelegation(deps, principal, uuidParam(params['id'], 'tenant'), body.message);
  return created(
    tenantsDelegationOffersCreate,
    offerView(details),
    pathOf(delegationOffersGet, { id: details.offer.id }),
  );
});
