import { app } from '@azure/functions';
import { removeUser } from '../shared/app/users';
import { endpoint } from '../shared/http/endpoint';
import { deleteUser } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { noContent } from '../shared/http/responses';

export const deleteUserHandler = endpoint(deleteUser, async ({ params, principal, deps }) => {
  await removeUser(deps, principal, uuidParam(params['id'], 'tenant'), uuidParam(params['userId'], 'user'));
  return noContent();
});

app.http('tenants-users-delete', {
  route: 'tenants/{id}/users/{userId}',
  methods: ['DELETE'],
  authLevel: 'anonymous',
  handler: deleteUserHandler,
});
