import { purgeEvents } from '../shared/app/events';
import { purgeDeliveries } from '../shared/app/webhook-delivery';
import { registerTimer } from '../shared/register';

/** Deletes the partners' events and webhook deliveries older than 30 days (nothing relies on TTL). */
registerTimer('events-purge', '0 30 3 * * *', async (deps) => {
  const events = await purgeEvents(deps);
  const deliveries = await purgeDeliveries(deps);
  return `${events.deleted} events and ${deliveries.deleted} deliveries deleted, ${events.failed + deliveries.failed} failed`;
});
