/**
 * Guessing keys is throttled per partner: more than `limit` failed look-ups (unknown key or wrong
 * check symbol) within `windowMs` and further look-ups are refused until the oldest failure leaves
 * the window.
 */
export interface FailedAttemptPolicy {
  limit: number;
  windowMs: number;
}

export function failuresInWindow(
  failures: readonly string[],
  now: Date,
  policy: FailedAttemptPolicy,
): string[] {
  const from = now.getTime() - policy.windowMs;
  return failures.filter((at) => Date.parse(at) > from).sort();
}

/** Seconds until another look-up is allowed, or null when one is allowed now. */
export function retryAfterSeconds(
  failures: readonly string[],
  now: Date,
  policy: FailedAttemptPolicy,
): number | null {
  const recent = failuresInWindow(failures, now, policy);
  if (recent.length < policy.limit) return null;
  // The look-up becomes possible again when enough of the oldest failures have left the window.
  const freeingFailure = recent[recent.length - policy.limit];
  const freeAt = Date.parse(freeingFailure ?? now.toISOString()) + policy.windowMs;
  return Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000));
}

/** Keeps only what the policy can still need, so the record stays small. */
export function withFailure(failures: readonly string[], now: Date, policy: FailedAttemptPolicy): string[] {
  return [...failuresInWindow(failures, now, policy), now.toISOString()].slice(-(policy.limit + 1));
}
