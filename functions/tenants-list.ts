import { listTenants } from '../shared/app/tenants';
import { tenantsList } from '../shared/http/operations';
import { ok } from '../shared/http/responses';
import { pageView, tenantView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(tenantsList, async ({ query, principal, deps }) =>
  ok(tenantsList, pageView(await listTenants(deps, principal, query), tenantView)),
);
