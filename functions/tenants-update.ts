import { setTenantLanguage } from '../shared/app/tenants';
import { tenantsUpdate } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { ok } from '../shared/http/responses';
import { tenantView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(tenantsUpdate, async ({ body, params, principal, deps }) => {
  const id = uuidParam(params['id'], 'tenant');
  return ok(tenantsUpdate, tenantView(await setTenantLanguage(deps, principal, id, body.language)));
});
