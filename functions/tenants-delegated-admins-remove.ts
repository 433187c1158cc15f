import { removeDelegatedAdmin } from '../shared/app/delegation-removal';
import { PROGRAM_ID } from '../shared/domain/partner';
import { tenantsDelegatedAdminsRemove } from '../shared/http/operations';
import { tokenParam, uuidParam } from '../shared/http/parse';
import { noContent } from '../shared/http/responses';
import { registerHttp } from '../shared/register';

registerHttp(tenantsDelegatedAdminsRemove, async ({ params, principal, deps }) => {
  const programId = tokenParam(params['partnerId'], PROGRAM_ID, 'delegated admin');
  await removeDelegatedAdmin(deps, principal, uuidParam(params['id'], 'tenant'), programId);
  return noContent(tenantsDelegatedAdminsRemove);
});
