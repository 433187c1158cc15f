import { redeliverEvent } from '../shared/app/webhook-endpoints';
import { webhookEndpointsDeliveriesRedeliver } from '../shared/http/operations';
import { answer } from '../shared/http/responses';
import { deliveryView, endpointIdParam, eventIdParam } from '../shared/http/webhook-views';
import { registerHttp } from '../shared/register';

/** 202: a new round of attempts for one event of the feed. */
registerHttp(webhookEndpointsDeliveriesRedeliver, async ({ params, principal, deps }) => {
  const [endpointId, eventId] = [endpointIdParam(params['endpointId']), eventIdParam(params['eventId'])];
  const delivery = await redeliverEvent(deps, principal, endpointId, eventId);
  return answer(webhookEndpointsDeliveriesRedeliver, 202, deliveryView(delivery));
});
