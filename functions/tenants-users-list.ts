import { app } from '@azure/functions';
import { listUsers } from '../shared/app/users';
import { endpoint } from '../shared/http/endpoint';
import { listUsers as operation } from '../shared/http/operations';
import { decodeContinuation, encodeContinuation } from '../shared/http/paging';
import { uuidParam } from '../shared/http/parse';
import { json } from '../shared/http/responses';
import { userView } from '../shared/http/views';

export const listUsersHandler = endpoint(operation, async ({ query, params, principal, deps }) => {
  const tenantId = uuidParam(params['id'], 'tenant');
  const scope = `users:${tenantId}`;
  const page = await listUsers(deps, principal, tenantId, {
    limit: query.limit,
    continuationToken: decodeContinuation(query.continuationToken, scope),
  });
  return json(200, {
    items: page.items.map(({ user, licensed }) => userView(user, licensed)),
    continuationToken: encodeContinuation(page.continuationToken, scope),
  });
});

app.http('tenants-users-list', {
  route: 'tenants/{id}/users',
  methods: ['GET'],
  authLevel: 'anonymous',
  handler: listUsersHandler,
});
