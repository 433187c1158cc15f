import { app, type InvocationContext, type Timer } from '@azure/functions';
import { advanceLifecycles } from '../shared/app/lifecycle';
import { timerRuntime } from '../shared/runtime';

/**
 * Hourly (UTC): active → expired → disabled → deleted at their dates, each stage told to the admins and
 * the Partner of Record, the customer's data purged at deletion; subscriptions billed directly renew.
 */
export async function subscriptionLifecycle(_timer: Timer, context: InvocationContext): Promise<void> {
  const rt = timerRuntime(context);
  if (!rt) return;
  const result = await advanceLifecycles(rt.deps, (subscriptionId, error) =>
    context.error(
      `subscription-lifecycle: subscription ${subscriptionId} failed; the next run retries it`,
      error,
    ),
  );
  context.log(
    `subscription-lifecycle: ${result.due} due, ${result.changed} changed, ${result.notifications} notification(s) queued, ${result.failed} failed`,
  );
}

app.timer('subscription-lifecycle', { schedule: '0 0 * * * *', handler: subscriptionLifecycle });
