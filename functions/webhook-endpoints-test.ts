import { testWebhookEndpoint } from '../shared/app/webhook-endpoints';
import { webhookEndpointsTest } from '../shared/http/operations';
import { answer } from '../shared/http/responses';
import { deliveryView, endpointIdParam } from '../shared/http/webhook-views';
import { registerHttp } from '../shared/register';

/** 202: the ping is queued, its delivery shown as it starts. */
registerHttp(webhookEndpointsTest, async ({ params, principal, deps }) => {
  const delivery = await testWebhookEndpoint(deps, principal, endpointIdParam(params['endpointId']));
  return answer(webhookEndpointsTest, 202, deliveryView(delivery));
});
