import { redeliverSince } from '../shared/app/webhook-endpoints';
import { webhookEndpointsRedeliver } from '../shared/http/operations';
import { answer } from '../shared/http/responses';
import { endpointIdParam, sinceOf } from '../shared/http/webhook-views';
import { registerHttp } from '../shared/register';

/** 202 and how many: `since` at most 30 days ago (the feed's), not in the future, else 400. */
registerHttp(webhookEndpointsRedeliver, async ({ params, body, principal, deps }) => {
  const endpointId = endpointIdParam(params['endpointId']);
  const since = sinceOf(body.since, deps.clock.now());
  const { queued } = await redeliverSince(deps, principal, endpointId, since);
  return answer(webhookEndpointsRedeliver, 202, { queued });
});
