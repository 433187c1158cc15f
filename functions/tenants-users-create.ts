import { app } from '@azure/functions';
import { addUser } from '../shared/app/users';
import { endpoint } from '../shared/http/endpoint';
import { createUser } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { json } from '../shared/http/responses';
import { userView } from '../shared/http/views';

export const createUserHandler = endpoint(createUser, async ({ body, params, principal, deps }) => {
  const tenantId = uuidParam(params['id'], 'tenant');
  const { user, licensed } = await addUser(deps, principal, tenantId, body);
  return json(201, userView(user, licensed), { location: `/api/v1/tenants/${tenantId}/users/${user.id}` });
});

app.http('tenants-users-create', {
  route: 'tenants/{id}/users',
  methods: ['POST'],
  authLevel: 'anonymous',
  handler: createUserHandler,
});
