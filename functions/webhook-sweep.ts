import { planMissedEvents } from '../shared/app/event-deliveries';
import { sweepWebhookDeliveries } from '../shared/app/webhook-delivery';
import { registerTimer } from '../shared/register';

/**
 * Plans the deliveries of events whose request failed before it could (and never came back), then
 * queues the webhook deliveries whose attempt is due: a retry's time come (the schedule is kept in the
 * store, so the local clock moves it), a message lost, a sender's claim lapsed. Every minute: a retry
 * planned for 5 s waits at most that long more.
 */
registerTimer('webhook-sweep', '0 * * * * *', async (deps) => {
  const planned = await planMissedEvents(deps);
  return `${planned} event(s) planned late, ${await sweepWebhookDeliveries(deps)} webhook delivery(ies) queued`;
});
