import { listUsers } from '../shared/app/users';
import { tenantsUsersList } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { ok } from '../shared/http/responses';
import { pageView, userView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(tenantsUsersList, async ({ query, params, principal, deps }) =>
  ok(
    tenantsUsersList,
    pageView(await listUsers(deps, principal, uuidParam(params['id'], 'tenant'), query), userView),
  ),
);
