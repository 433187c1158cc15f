import { reissueAdminToken } from '../shared/app/users';
import { tenantsUsersTokenCreate } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { accepted } from '../shared/http/responses';
import { registerHttp } from '../shared/register';

/** 202: the new token is emailed to the administrator, never shown to whoever asked. */
registerHttp(tenantsUsersTokenCreate, async ({ params, principal, deps }) => {
  const [tenantId, userId] = [uuidParam(params['id'], 'tenant'), uuidParam(params['userId'], 'user')];
  await reissueAdminToken(deps, principal, tenantId, userId);
  return accepted(tenantsUsersTokenCreate);
});
