import { DomainError } from '../domain/errors';
import { retryAfterSeconds, withFailure } from '../domain/failed-key-attempts';
import type { AppDeps } from './deps';
import { modify } from './modify';
import { AlreadyExistsError } from './ports';

type Deps = Pick<AppDeps, 'clock' | 'repos' | 'settings'>;

/** Refuses a partner's key look-up while it has too many recent failures. */
export async function assertMayLookUpKeys(deps: Deps, partnerId: string): Promise<void> {
  const record = await deps.repos.failedKeyAttempts.get(partnerId);
  if (!record) return;
  const wait = retryAfterSeconds(record.value.failures, deps.clock.now(), deps.settings.failedKeyAttempts);
  if (wait !== null) {
    throw new DomainError(
      'too_many_failed_key_attempts',
      `Too many failed key look-ups; try again in ${wait} seconds.`,
      { retryAfterSeconds: wait },
    );
  }
}

/** Counts one failed look-up; concurrent failures are all counted (conditional writes, retried). */
export async function recordFailedKeyLookUp(deps: Deps, partnerId: string): Promise<void> {
  const policy = deps.settings.failedKeyAttempts;
  const now = deps.clock.now();
  const updated = await modify(deps.repos.failedKeyAttempts.at(partnerId), (record) => ({
    ...record,
    failures: withFailure(record.failures, now, policy),
  }));
  if (updated) return;
  try {
    await deps.repos.failedKeyAttempts.create({ id: partnerId, failures: withFailure([], now, policy) });
  } catch (error) {
    if (!(error instanceof AlreadyExistsError)) throw error;
    await recordFailedKeyLookUp(deps, partnerId);
  }
}

/** Runs a key look-up, counting the failures that suggest guessing. */
export async function countingFailedLookUps<T>(
  deps: Deps,
  partnerId: string,
  lookUp: () => Promise<T>,
): Promise<T> {
  await assertMayLookUpKeys(deps, partnerId);
  try {
    return await lookUp();
  } catch (error) {
    if (
      error instanceof DomainError &&
      (error.code === 'key_not_found' || error.code === 'key_checksum_mismatch')
    ) {
      await recordFailedKeyLookUp(deps, partnerId);
    }
    throw error;
  }
}
