import { app } from '@azure/functions';
import { removeDelegatedAdmin } from '../shared/app/delegation';
import { endpoint } from '../shared/http/endpoint';
import { removeDelegatedAdmin as operation } from '../shared/http/operations';
import { PROGRAM_ID, tokenParam, uuidParam } from '../shared/http/parse';
import { noContent } from '../shared/http/responses';

export const removeDelegatedAdminHandler = endpoint(operation, async ({ params, principal, deps }) => {
  const programId = tokenParam(params['partnerId'], PROGRAM_ID, 'delegated admin');
  await removeDelegatedAdmin(deps, principal, uuidParam(params['id'], 'tenant'), programId);
  return noContent();
});

app.http('tenants-delegated-admins-remove', {
  route: 'tenants/{id}/delegated-admins/{partnerId}',
  methods: ['DELETE'],
  authLevel: 'anonymous',
  handler: removeDelegatedAdminHandler,
});
