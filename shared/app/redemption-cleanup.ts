import { needsExpiry } from '../domain/redemption';
import { resumeCompletion } from './complete';
import type { AppDeps } from './deps';
import type { Log } from './ports';
import { expireRedemption } from './redemptions';

/**
 * The redemption-cleanup timer: expires idle redemptions and gives their keys back, and finishes
 * completions whose request never came back. Each pass re-queries from the start, because finished
 * redemptions leave the result set; a redemption that fails is logged and left for the next run,
 * never blocking the others.
 */
export interface CleanupResult {
  expired: number;
  /** Completions finished. */
  resumed: number;
  /** Completions a business rule refused (undone, logged). */
  refused: number;
  failed: number;
}

export async function cleanUpRedemptions(deps: AppDeps, log: Log): Promise<CleanupResult> {
  const seen = new Set<string>();
  const counts: CleanupResult = { expired: 0, resumed: 0, refused: 0, failed: 0 };
  for (;;) {
    const page = await deps.repos.redemptions.listDueForCleanup(deps.clock.now(), {
      limit: 100,
      continuationToken: null,
    });
    const fresh = page.items.filter((item) => !seen.has(item.value.id));
    if (fresh.length === 0) return counts;
    for (const item of fresh) {
      seen.add(item.value.id);
      try {
        if (item.value.completion) {
          const outcome = await resumeCompletion(deps, item, log);
          counts[outcome === 'finished' ? 'resumed' : 'refused'] += 1;
        } else if (needsExpiry(item.value, deps.clock.now()) || item.value.status === 'expired') {
          await expireRedemption(deps, item);
          counts.expired += 1;
        }
      } catch (error) {
        counts.failed += 1;
        log.error(`redemption ${item.value.id} failed; the next run retries it`, error);
      }
    }
  }
}
