import { app } from '@azure/functions';
import { detailsOf } from '../shared/app/subscriptions';
import { tenantFor } from '../shared/app/tenants';
import { endpoint } from '../shared/http/endpoint';
import { getTenant } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { json } from '../shared/http/responses';
import { tenantView } from '../shared/http/views';

export const getTenantHandler = endpoint(getTenant, async ({ params, principal, deps }) => {
  const context = await tenantFor(deps, principal, uuidParam(params['id'], 'tenant'), 'see');
  return json(200, tenantView(await detailsOf(deps, context), deps.clock.now(), deps.settings.lifecycle));
});

app.http('tenants-get', {
  route: 'tenants/{id}',
  methods: ['GET'],
  authLevel: 'anonymous',
  handler: getTenantHandler,
});
