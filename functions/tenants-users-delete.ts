import { removeUser } from '../shared/app/users';
import { tenantsUsersDelete } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { noContent } from '../shared/http/responses';
import { registerHttp } from '../shared/register';

registerHttp(tenantsUsersDelete, async ({ params, principal, deps }) => {
  const [tenantId, userId] = [uuidParam(params['id'], 'tenant'), uuidParam(params['userId'], 'user')];
  await removeUser(deps, principal, tenantId, userId);
  return noContent(tenantsUsersDelete);
});
