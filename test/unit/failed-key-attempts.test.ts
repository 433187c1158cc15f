import { describe, expect, it } from 'vitest';
import {
  RESERVATION_TTL_MS,
  retryAfterSeconds,
  withFailure,
  withReservation,
  withReservationFailed,
  withReservationReleased,
  type LookUpAttempts,
} from '../../shared/domain/failed-key-attempts';

const policy = { limit: 20, windowMs: 10 * 60_000 };
const T0 = new Date('2026-11-25T10:00:00.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

function failuresEvery(seconds: number, count: number): string[] {
  let failures: string[] = [];
  for (let i = 0; i < count; i += 1) failures = withFailure(failures, at(i * seconds), policy);
  return failures;
}

describe('failed key look-ups', () => {
  it('when there are 19 recent failures, then a look-up is allowed', () => {
    expect(retryAfterSeconds(failuresEvery(1, 19), at(20), policy)).toBeNull();
  });

  it('when there are 20 recent failures, then the next look-up waits until the oldest leaves the window', () => {
    const failures = failuresEvery(1, 20);
    expect(retryAfterSeconds(failures, at(20), policy)).toBe(600 - 20);
    expect(retryAfterSeconds(failures, at(600), policy)).toBeNull();
  });

  it('when failures are spread wider than the window, then the old ones no longer count', () => {
    // One a minute for 19 minutes: never more than 10 inside any 10-minute window.
    expect(retryAfterSeconds(failuresEvery(60, 20), at(19 * 60 + 1), policy)).toBeNull();
    // A burst of 20 in 20 seconds blocks, until the window has moved past the burst's start.
    expect(retryAfterSeconds(failuresEvery(1, 20), at(599), policy)).toBe(1);
    expect(retryAfterSeconds(failuresEvery(1, 20), at(619), policy)).toBeNull();
  });

  it('when failures keep coming, then the record keeps only what the policy needs', () => {
    expect(failuresEvery(1, 100)).toHaveLength(policy.limit + 1);
  });

  it('when look-ups are in flight, then each counts like a failure until it ends, and a found key frees its place', () => {
    let attempts: LookUpAttempts = { failures: failuresEvery(1, 18) };
    attempts = withReservation(attempts, 'a', at(20));
    expect(retryAfterSeconds(attempts.failures, at(20), policy, attempts.reservations)).toBeNull();
    attempts = withReservation(attempts, 'b', at(20));
    // 18 failures and 2 look-ups in flight: a third must wait for one of them, a second at most.
    expect(retryAfterSeconds(attempts.failures, at(20), policy, attempts.reservations)).toBe(1);
    attempts = withReservationReleased(attempts, 'a');
    expect(retryAfterSeconds(attempts.failures, at(20), policy, attempts.reservations)).toBeNull();
    attempts = withReservationFailed(attempts, 'b', at(21), policy);
    expect(attempts.reservations).toEqual([]);
    expect(attempts.failures).toHaveLength(19);
  });

  it('when a look-up never ended (a crash), then its reservation stops counting after the TTL', () => {
    const start: LookUpAttempts = { failures: failuresEvery(1, 19) };
    const attempts = withReservation(start, 'lost', at(20));
    expect(retryAfterSeconds(attempts.failures, at(21), policy, attempts.reservations)).toBe(1);
    const later = new Date(at(20).getTime() + RESERVATION_TTL_MS + 1);
    expect(retryAfterSeconds(attempts.failures, later, policy, attempts.reservations)).toBeNull();
    expect(withReservation(attempts, 'next', later).reservations?.map((r) => r.id)).toEqual(['next']);
  });
});
