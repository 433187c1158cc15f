import { entityTag } from '../shared/app/preconditions';
import { updateUser } from '../shared/app/users';
import { tenantsUsersUpdate } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { ok } from '../shared/http/responses';
import { userView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(tenantsUsersUpdate, async ({ body, params, principal, ifMatch, deps }) => {
  const [tenantId, userId] = [uuidParam(params['id'], 'tenant'), uuidParam(params['userId'], 'user')];
  const updated = await updateUser(deps, principal, tenantId, userId, body, ifMatch);
  return ok(tenantsUsersUpdate, userView(updated), entityTag(updated.etag));
});
