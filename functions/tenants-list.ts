import { app } from '@azure/functions';
import { detailsOf } from '../shared/app/subscriptions';
import { listVisibleTenants } from '../shared/app/tenants';
import { principalKey } from '../shared/domain/principal';
import { endpoint } from '../shared/http/endpoint';
import { listTenants } from '../shared/http/operations';
import { decodeContinuation, encodeContinuation } from '../shared/http/paging';
import { json } from '../shared/http/responses';
import { tenantView } from '../shared/http/views';

export const listTenantsHandler = endpoint(listTenants, async ({ query, principal, deps }) => {
  const scope = `tenants:${principalKey(principal)}`;
  const page = await listVisibleTenants(deps, principal, {
    limit: query.limit,
    continuationToken: decodeContinuation(query.continuationToken, scope),
  });
  const now = deps.clock.now();
  const details = await Promise.all(page.items.map((context) => detailsOf(deps, context)));
  return json(200, {
    items: details.map((d) => tenantView(d, now, deps.settings.lifecycle)),
    continuationToken: encodeContinuation(page.continuationToken, scope),
  });
});

app.http('tenants-list', {
  route: 'tenants',
  methods: ['GET'],
  authLevel: 'anonymous',
  handler: listTenantsHandler,
});
