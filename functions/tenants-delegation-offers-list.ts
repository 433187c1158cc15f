import { listTenantOffers } from '../shared/app/tenant-offers';
import { tenantsDelegationOffersList } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { ok } from '../shared/http/responses';
import { pageView, tenantOfferView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(tenantsDelegationOffersList, async ({ query, params, principal, deps }) => {
  const page = await listTenantOffers(deps, principal, uuidParam(params['id'], 'tenant'), query);
  return ok(tenantsDelegationOffersList, pageView(page, tenantOfferView));
});
