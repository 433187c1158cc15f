import { app } from '@azure/functions';
import { listDelegatedAdmins } from '../shared/app/delegation';
import { endpoint } from '../shared/http/endpoint';
import { listDelegatedAdmins as operation } from '../shared/http/operations';
import { decodeContinuation } from '../shared/http/paging';
import { uuidParam } from '../shared/http/parse';
import { json } from '../shared/http/responses';
import { delegatedAdminView } from '../shared/http/views';

/** A tenant has few delegated admins: the first page holds them all (up to `limit`). */
export const listDelegatedAdminsHandler = endpoint(operation, async ({ query, params, principal, deps }) => {
  const tenantId = uuidParam(params['id'], 'tenant');
  decodeContinuation(query.continuationToken, `delegated-admins:${tenantId}`);
  const admins = await listDelegatedAdmins(deps, principal, tenantId);
  return json(200, { items: admins.slice(0, query.limit).map(delegatedAdminView), continuationToken: null });
});

app.http('tenants-delegated-admins-list', {
  route: 'tenants/{id}/delegated-admins',
  methods: ['GET'],
  authLevel: 'anonymous',
  handler: listDelegatedAdminsHandler,
});
