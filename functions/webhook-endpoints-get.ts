import { getWebhookEndpoint } from '../shared/app/webhook-endpoints';
import { webhookEndpointsGet } from '../shared/http/operations';
import { ok } from '../shared/http/responses';
import { endpointIdParam, endpointView } from '../shared/http/webhook-views';
import { registerHttp } from '../shared/register';

registerHttp(webhookEndpointsGet, async ({ params, principal, deps }) => {
  const endpoint = await getWebhookEndpoint(deps, principal, endpointIdParam(params['endpointId']));
  return ok(webhookEndpointsGet, endpointView(endpoint, deps.clock.now()));
});
