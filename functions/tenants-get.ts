import { getTenant } from '../shared/app/tenants';
import { tenantsGet } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { ok } from '../shared/http/responses';
import { tenantView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(tenantsGet, async ({ params, principal, deps }) =>
  ok(tenantsGet, tenantView(await getTenant(deps, principal, uuidParam(params['id'], 'tenant')))),
);
