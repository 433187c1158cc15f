/**
 * Guessing keys is throttled per partner: more than `limit` failed look-ups (unknown key or wrong
 * check symbol) within `windowMs` and further look-ups are refused until the oldest failure leaves
 * the window.
 *
 * Under concurrency a check before the look-up and a count after it let a burst through (64 look-ups
 * at once all passed the check). So each look-up first reserves an attempt: a reservation counts
 * like a failure until the look-up ends, when it becomes a failure (the key was unknown) or is
 * released (found). A reservation whose request never ended (a crash) stops counting after
 * RESERVATION_TTL_MS, longer than any request may run.
 */
export interface FailedAttemptPolicy {
  limit: number;
  windowMs: number;
}

export interface LookUpReservation {
  id: string;
  at: string;
}

/** What is kept per partner. */
export interface LookUpAttempts {
  failures: string[];
  reservations?: LookUpReservation[];
}

/** Longer than an HTTP request can run in Azure (230 s). */
export const RESERVATION_TTL_MS = 5 * 60_000;

export function failuresInWindow(
  failures: readonly string[],
  now: Date,
  policy: FailedAttemptPolicy,
): string[] {
  const from = now.getTime() - policy.windowMs;
  return failures.filter((at) => Date.parse(at) > from).sort();
}

function liveReservations(reservations: readonly LookUpReservation[], now: Date): LookUpReservation[] {
  const from = now.getTime() - RESERVATION_TTL_MS;
  return reservations.filter((r) => Date.parse(r.at) > from);
}

/**
 * Seconds until another look-up is allowed, or null when one is allowed now. Look-ups in flight
 * count as failures until they end; if they alone stand in the way, the wait is a second.
 */
export function retryAfterSeconds(
  failures: readonly string[],
  now: Date,
  policy: FailedAttemptPolicy,
  reservations: readonly LookUpReservation[] = [],
): number | null {
  const recent = failuresInWindow(failures, now, policy);
  const inFlight = liveReservations(reservations, now).length;
  if (recent.length + inFlight < policy.limit) return null;
  if (recent.length < policy.limit) return 1;
  // The look-up becomes possible again when enough of the oldest failures have left the window.
  const freeingFailure = recent[recent.length - policy.limit];
  const freeAt = Date.parse(freeingFailure ?? now.toISOString()) + policy.windowMs;
  return Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000));
}

/** Keeps only what the policy can still need, so the record stays small. */
export function withFailure(failures: readonly string[], now: Date, policy: FailedAttemptPolicy): string[] {
  return [...failuresInWindow(failures, now, policy), now.toISOString()].slice(-(policy.limit + 1));
}

/** The attempts with one more look-up reserved; the caller has checked that one is allowed. */
export function withReservation<T extends LookUpAttempts>(attempts: T, id: string, now: Date): T {
  const live = liveReservations(attempts.reservations ?? [], now);
  return { ...attempts, reservations: [...live, { id, at: now.toISOString() }] };
}

/** The look-up found its key: its reservation no longer counts. */
export function withReservationReleased<T extends LookUpAttempts>(attempts: T, id: string): T {
  return { ...attempts, reservations: (attempts.reservations ?? []).filter((r) => r.id !== id) };
}

/** The look-up failed: its reservation becomes a failure. */
export function withReservationFailed<T extends LookUpAttempts>(
  attempts: T,
  id: string,
  now: Date,
  policy: FailedAttemptPolicy,
): T {
  return { ...withReservationReleased(attempts, id), failures: withFailure(attempts.failures, now, policy) };
}
