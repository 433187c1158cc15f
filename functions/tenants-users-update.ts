import { app } from '@azure/functions';
import { updateUser } from '../shared/app/users';
import { endpoint } from '../shared/http/endpoint';
import { updateUser as operation } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { json } from '../shared/http/responses';
import { userView } from '../shared/http/views';

export const updateUserHandler = endpoint(operation, async ({ body, params, principal, deps }) => {
  const { user, licensed } = await updateUser(
    deps,
    principal,
    uuidParam(params['id'], 'tenant'),
    uuidParam(params['userId'], 'user'),
    body,
  );
  return json(200, userView(user, licensed));
});

app.http('tenants-users-update', {
  route: 'tenants/{id}/users/{userId}',
  methods: ['PATCH'],
  authLevel: 'anonymous',
  handler: updateUserHandler,
});
