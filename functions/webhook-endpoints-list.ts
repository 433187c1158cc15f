import { listWebhookEndpoints } from '../shared/app/webhook-endpoints';
import { webhookEndpointsList } from '../shared/http/operations';
import { ok } from '../shared/http/responses';
import { endpointView } from '../shared/http/webhook-views';
import { registerHttp } from '../shared/register';

/** At most 10: one page, never a token. */
registerHttp(webhookEndpointsList, async ({ principal, deps }) => {
  const endpoints = await listWebhookEndpoints(deps, principal);
  const now = deps.clock.now();
  return ok(webhookEndpointsList, {
    items: endpoints.map((endpoint) => endpointView(endpoint, now)),
    continuationToken: null,
  });
});
