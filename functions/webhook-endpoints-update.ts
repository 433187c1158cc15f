import { updateWebhookEndpoint } from '../shared/app/webhook-endpoints';
import { webhookEndpointsUpdate } from '../shared/http/operations';
import { ok } from '../shared/http/responses';
import { endpointIdParam, endpointView } from '../shared/http/webhook-views';
import { registerHttp } from '../shared/register';

registerHttp(webhookEndpointsUpdate, async ({ params, body, principal, deps }) => {
  const id = endpointIdParam(params['endpointId']);
  const endpoint = await updateWebhookEndpoint(deps, principal, id, body);
  return ok(webhookEndpointsUpdate, endpointView(endpoint, deps.clock.now()));
});
