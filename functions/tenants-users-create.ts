import { addUser } from '../shared/app/users';
import { tenantsUsersCreate, tenantsUsersGet } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { created } from '../shared/http/responses';
import { pathOf } from '../shared/http/routes';
import { userView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(tenantsUsersCreate, async ({ body, params, principal, deps }) => {
  const tenantId = uuidParam(params['id'], 'tenant');
  const added = await addUser(deps, principal, tenantId, body);
  return created(
    tenantsUsersCreate,
    userView(added),
    pathOf(tenantsUsersGet, { id: tenantId, userId: added.user.id }),
  );
});
