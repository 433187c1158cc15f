import { listDelegatedAdmins } from '../shared/app/delegation';
import { tenantsDelegatedAdminsList } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { ok } from '../shared/http/responses';
import { delegatedAdminView, pageView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(tenantsDelegatedAdminsList, async ({ query, params, principal, deps }) => {
  const page = await listDelegatedAdmins(deps, principal, uuidParam(params['id'], 'tenant'), query);
  return ok(tenantsDelegatedAdminsList, pageView(page, delegatedAdminView));
});
