import { sweepWebhookDeliveries } from '../shared/app/webhook-delivery';
import { registerTimer } from '../shared/register';

/**
 * Queues the webhook deliveries whose attempt is due: a retry's time come (the schedule is kept in the
 * store, so the local clock moves it), a message lost, a sender's claim lapsed. Every minute: a retry
 * planned for 5 s waits at most that long more.
 */
registerTimer('webhook-sweep', '0 * * * * *', async (deps) => {
  return `${await sweepWebhookDeliveries(deps)} webhook delivery(ies) queued`;
});
