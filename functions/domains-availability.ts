import { app } from '@azure/functions';
import { domainAvailability } from '../shared/app/tenants';
import { endpoint } from '../shared/http/endpoint';
import { domainAvailability as operation } from '../shared/http/operations';
import { json } from '../shared/http/responses';

export const domainAvailabilityHandler = endpoint(operation, async ({ params, deps }) =>
  json(200, await domainAvailability(deps, params['prefix'] ?? '')),
);

app.http('domains-availability', {
  route: 'domains/{prefix}/availability',
  methods: ['GET'],
  authLevel: 'anonymous',
  handler: domainAvailabilityHandler,
});
