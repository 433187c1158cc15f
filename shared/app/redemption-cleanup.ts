import { isGivenUp, needsExpiry } from '../domain/redemption';
import { resumeCompletion } from './complete';
import type { AppDeps } from './deps';
import { eachPage } from './pages';
import { expireRedemption } from './redemptions';

/**
 * The redemption-cleanup timer: expires idle redemptions and gives their keys (and abandoned ones') back, and finishes
 * completions whose request never came back, every one due in this run. A redemption that fails is
 * logged and left for the next run, never blocking the others.
 */
export interface CleanupResult {
  expired: number;
  /** Completions finished. */
  resumed: number;
  /** Completions a business rule refused (undone, logged). */
  refused: number;
  failed: number;
}

export async function cleanUpRedemptions(deps: AppDeps): Promise<CleanupResult> {
  const now = deps.clock.now();
  const counts: CleanupResult = { expired: 0, resumed: 0, refused: 0, failed: 0 };
  for await (const page of eachPage(
    (request) => deps.repos.redemptions.listDueForCleanup(now, request),
    deps.log,
  )) {
    for (const item of page) {
      try {
        if (item.value.completion) {
          const outcome = await resumeCompletion(deps, item);
          counts[outcome === 'finished' ? 'resumed' : 'refused'] += 1;
        } else if (needsExpiry(item.value, deps.clock.now()) || isGivenUp(item.value)) {
          await expireRedemption(deps, item);
          counts.expired += 1;
        }
      } catch (error) {
        counts.failed += 1;
        deps.log.error(`redemption ${item.value.id} failed; the next run retries it`, error);
      }
    }
  }
  return counts;
}
