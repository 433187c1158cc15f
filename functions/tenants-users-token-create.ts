import { app } from '@azure/functions';
import { reissueAdminToken } from '../shared/app/users';
import { endpoint } from '../shared/http/endpoint';
import { reissueAdminToken as operation } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { accepted } from '../shared/http/responses';

export const reissueAdminTokenHandler = endpoint(operation, async ({ params, principal, deps }) => {
  await reissueAdminToken(
    deps,
    principal,
    uuidParam(params['id'], 'tenant'),
    uuidParam(params['userId'], 'user'),
  );
  return accepted();
});

app.http('tenants-users-token-create', {
  route: 'tenants/{id}/users/{userId}/token',
  methods: ['POST'],
  authLevel: 'anonymous',
  handler: reissueAdminTokenHandler,
});
