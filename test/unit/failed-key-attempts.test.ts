import { describe, expect, it } from 'vitest';
import { retryAfterSeconds, withFailure } from '../../shared/domain/failed-key-attempts';

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
});
