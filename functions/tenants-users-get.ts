import { entityTag } from '../shared/app/preconditions';
import { getUser } from '../shared/app/users';
import { tenantsUsersGet } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { ok } from '../shared/http/responses';
import { userView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(tenantsUsersGet, async ({ params, principal, deps }) => {
  const [tenantId, userId] = [uuidParam(params['id'], 'tenant'), uuidParam(params['userId'], 'user')];
  const found = await getUser(deps, principal, tenantId, userId);
  return ok(tenantsUsersGet, userView(found), entityTag(found.etag));
});
