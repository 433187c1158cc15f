import { deleteWebhookEndpoint } from '../shared/app/webhook-endpoints';
import { webhookEndpointsDelete } from '../shared/http/operations';
import { noContent } from '../shared/http/responses';
import { endpointIdParam } from '../shared/http/webhook-views';
import { registerHttp } from '../shared/register';

registerHttp(webhookEndpointsDelete, async ({ params, principal, deps }) => {
  await deleteWebhookEndpoint(deps, principal, endpointIdParam(params['endpointId']));
  return noContent(webhookEndpointsDelete);
});
