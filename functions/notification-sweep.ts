import { app, type InvocationContext, type Timer } from '@azure/functions';
import { sweepNotifications } from '../shared/app/notifications';
import { timerRuntime } from '../shared/runtime';

/** Queues again the notifications that stayed pending too long (a message lost or given up). */
export async function notificationSweep(_timer: Timer, context: InvocationContext): Promise<void> {
  const rt = timerRuntime(context);
  if (!rt) return;
  const requeued = await sweepNotifications(rt.deps);
  context.log(`notification-sweep: ${requeued} notification(s) queued again`);
}

app.timer('notification-sweep', { schedule: '0 */5 * * * *', handler: notificationSweep });
