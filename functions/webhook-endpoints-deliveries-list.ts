import { listWebhookDeliveries } from '../shared/app/webhook-endpoints';
import { webhookEndpointsDeliveriesList } from '../shared/http/operations';
import { ok } from '../shared/http/responses';
import { pageView } from '../shared/http/views';
import { deliveryView, endpointIdParam } from '../shared/http/webhook-views';
import { registerHttp } from '../shared/register';

registerHttp(webhookEndpointsDeliveriesList, async ({ params, query, principal, deps }) => {
  const id = endpointIdParam(params['endpointId']);
  const page = await listWebhookDeliveries(deps, principal, id, query);
  return ok(webhookEndpointsDeliveriesList, pageView(page, deliveryView));
});
