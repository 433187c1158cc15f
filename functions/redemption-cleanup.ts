import { app, type InvocationContext, type Timer } from '@azure/functions';
import { cleanUpRedemptions } from '../shared/app/redemption-cleanup';
import { timerRuntime } from '../shared/runtime';

/** Expires idle redemptions, gives their keys back, and finishes interrupted completions. */
export async function redemptionCleanup(_timer: Timer, context: InvocationContext): Promise<void> {
  const rt = timerRuntime(context);
  if (!rt) return;
  const result = await cleanUpRedemptions(rt.deps, (redemptionId, error) =>
    context.error(`redemption-cleanup: redemption ${redemptionId} failed; the next run retries it`, error),
  );
  context.log(
    `redemption-cleanup: ${result.expired} expired, ${result.resumed} completions finished, ${result.failed} failed`,
  );
}

app.timer('redemption-cleanup', { schedule: '0 */10 * * * *', handler: redemptionCleanup });
