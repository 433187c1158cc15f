import { randomUUID } from 'node:crypto';
import { DomainError } from '../domain/errors';
import {
  retryAfterSeconds,
  withReservation,
  withReservationFailed,
  withReservationReleased,
} from '../domain/failed-key-attempts';
import type { AppDeps } from './deps';
import { modify, retryOnStale } from './modify';
import { AlreadyExistsError, StaleWriteError, type FailedKeyAttemptsRecord, type Versioned } from './ports';

type Deps = Pick<AppDeps, 'clock' | 'repos' | 'settings' | 'log'>;

function tooMany(wait: number): DomainError {
  return new DomainError(
    'too_many_failed_key_attempts',
    `Too many failed key look-ups; try again in ${wait} seconds.`,
    { retryAfterSeconds: wait },
  );
}

/**
 * Reserves one look-up for the partner, or refuses it (429) while its failures and the look-ups in
 * flight reach the limit. A conditional write: of concurrent look-ups at most `limit` get through.
 */
async function reserveLookUp(
  deps: Deps,
  partnerId: string,
  id: string,
): Promise<Versioned<FailedKeyAttemptsRecord>> {
  const policy = deps.settings.failedKeyAttempts;
  return retryOnStale(async () => {
    const now = deps.clock.now();
    const current: Versioned<FailedKeyAttemptsRecord> | null =
      await deps.repos.failedKeyAttempts.get(partnerId);
    const attempts = current?.value ?? { id: partnerId, failures: [] };
    const wait = retryAfterSeconds(attempts.failures, now, policy, attempts.reservations);
    if (wait !== null) throw tooMany(wait);
    const next = withReservation(attempts, id, now);
    if (current) return deps.repos.failedKeyAttempts.replace(next, current.etag);
    else {
      try {
        return await deps.repos.failedKeyAttempts.create(next);
      } catch (error) {
        // Another look-up created the record first: read it and try again.
        if (error instanceof AlreadyExistsError) throw new StaleWriteError(partnerId);
        throw error;
      }
    }
  });
}

/**
 * Ends a reservation: a failure counts from now on, a found key frees it. Not fatal when the store
 * fails: the reservation then stops counting by itself (RESERVATION_TTL_MS), and the look-up's own
 * answer stands. The record as the reservation wrote it is tried first (no read); when another
 * look-up changed it since, it is read again.
 */
async function settleLookUp(
  deps: Deps,
  partnerId: string,
  id: string,
  failed: boolean,
  reserved: Versioned<FailedKeyAttemptsRecord>,
): Promise<void> {
  const policy = deps.settings.failedKeyAttempts;
  const settled = (attempts: FailedKeyAttemptsRecord) =>
    failed
      ? withReservationFailed(attempts, id, deps.clock.now(), policy)
      : withReservationReleased(attempts, id);
  try {
    const next = settled(reserved.value);
    if (!next) return;
    try {
      await deps.repos.failedKeyAttempts.replace(next, reserved.etag);
    } catch (error) {
      if (!(error instanceof StaleWriteError)) throw error;
      await modify(deps.repos.failedKeyAttempts.at(partnerId), settled);
    }
  } catch (error) {
    deps.log.warn(`key look-up ${id} of partner ${partnerId} not settled; its reservation lapses`, error);
  }
}

const FAILURES = new Set(['key_not_found', 'key_checksum_mismatch']);

/** Runs a key look-up under the partner's limit of failed look-ups (those that suggest guessing). */
export async function countingFailedLookUps<T>(
  deps: Deps,
  partnerId: string,
  lookUp: () => Promise<T>,
): Promise<T> {
  const id = randomUUID();
  const reserved = await reserveLookUp(deps, partnerId, id);
  let result: T;
  try {
    result = await lookUp();
  } catch (error) {
    const failed = error instanceof DomainError && FAILURES.has(error.code);
    await settleLookUp(deps, partnerId, id, failed, reserved);
    throw error;
  }
  await settleLookUp(deps, partnerId, id, false, reserved);
  return result;
}
