import { app, type InvocationContext, type Timer } from '@azure/functions';
import { sendRenewalNotices } from '../shared/app/lifecycle';
import { timerRuntime } from '../shared/runtime';

/**
 * Hourly (UTC, on the hour), so a notice goes out within the hour after its time: renewal notices at
 * 60, 30, 7 and 1 days before a subscription's end, to its Global Administrators and Partner of Record.
 */
export async function renewalNotices(_timer: Timer, context: InvocationContext): Promise<void> {
  const rt = timerRuntime(context);
  if (!rt) return;
  const result = await sendRenewalNotices(rt.deps, (subscriptionId, error) =>
    context.error(`renewal-notices: subscription ${subscriptionId} failed; the next run retries it`, error),
  );
  context.log(
    `renewal-notices: ${result.due} due, ${result.notifications} notice(s) queued, ${result.changed} written, ${result.failed} failed`,
  );
}

app.timer('renewal-notices', { schedule: '0 0 * * * *', handler: renewalNotices });
