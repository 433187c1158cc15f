import { tellEndedDelegations } from '../shared/app/delegation-removal';
import { planMissedEvents } from '../shared/app/event-deliveries';
import { sweepWebhookDeliveries } from '../shared/app/webhook-delivery';
import { registerTimer } from '../shared/register';

/**
 * Plans the deliveries of events whose request failed before it could (and never came back), then
 * queues the webhook deliveries whose attempt is due: a retry's time come (the schedule is kept in the
 * store, so the local clock moves it), a message lost, a sender's claim lapsed. Every minute: a retry
 * planned for 5 s waits at most that long more. First, the ends of delegations whose request failed
 * before telling the partner (and was not retried): their events are then planned like the others.
 */
registerTimer('webhook-sweep', '0 * * * * *', async (deps) => {
  const ended = await tellEndedDelegations(deps);
  const planned = await planMissedEvents(deps);
  return `${ended} ended delegation(s) told late, ${planned} event(s) planned late, ${await sweepWebhookDeliveries(deps)} webhook delivery(ies) queued`;
});
