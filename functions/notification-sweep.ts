import { sweepNotifications } from '../shared/app/notifications';
import { registerTimer } from '../shared/register';

/** Queues again the notifications that stayed pending too long (a message lost or given up). */
registerTimer('notification-sweep', '0 */5 * * * *', async (deps) => {
  return `${await sweepNotifications(deps)} notification(s) queued again`;
});
