import type { Language } from '../text/languages';
import type { Sku } from './catalog';
import { DomainError } from './errors';
import { addMinutes, isAtOrAfter, iso } from './time';

/**
 * A redemption is a partner's "Redeem product keys" wizard: add keys, verify, confirm, complete.
 * It lives `ttlMinutes` after its last change; an idle one expires and gives its keys back.
 */
export type RedemptionStatus = 'open' | 'confirmed' | 'completed' | 'expired' | 'abandoned';
export const MAX_KEYS_PER_REDEMPTION = 100;

export interface RedemptionKey {
  keyRef: string;
  /** The key's keyed hash: its id in the inventory. */
  keyId: string;
  lastGroup: string;
  sku: Sku;
  seats: number;
  termMonths: number;
  addedAt: string;
}

/** What `complete` was asked to do, as validated; kept in the plan so any retry (or the timer) can finish it. */
export type CompletionRequest =
  | {
      action: 'create_tenant';
      tenant: {
        organizationName: string;
        countryCode: string;
        /** Its country's language when not given. */
        language?: Language | undefined;
        domainPrefix: string;
        admin: { firstName: string; lastName: string; email: string; phone?: string | undefined };
      };
      partnerOfRecord: boolean;
      delegatedAdministration: boolean;
    }
  | { action: 'renew'; subscriptionId: string }
  | {
      action: 'add_seats';
      subscriptionId: string;
      /** The partner accepts that more than 30 days of the keys' term go unused (subscription-terms.ts). */
      acceptUnusedTerm?: boolean | undefined;
    };

/**
 * The ids of everything `complete` will write, chosen up front and saved first: every step then
 * writes with these ids, so a retry after a crash at any point finishes the job and never doubles it.
 */
export interface CompletionPlan {
  request: CompletionRequest;
  /** Hash of the request: a different request cannot take over a plan under way. */
  fingerprint: string;
  startedAt: string;
  tenantId: string;
  subscriptionId: string;
  adminUserId: string | null;
  /** The new admin's token, sealed, until the welcome email carrying it is in the outbox. */
  sealedAdminToken: string | null;
}

export interface CompletionResult {
  action: CompletionRequest['action'];
  tenantId: string;
  subscriptionId: string;
  adminUserId: string | null;
  completedAt: string;
  /** The request's fingerprint: the same request sent again gets this result back. */
  fingerprint: string;
  /** add_seats: whole days of the keys' term past the end of the seats (absent before 2026-12-06). */
  unusedDays?: number | undefined;
}

/** A plan not finished this long after it started is finished by the cleanup timer. */
export const COMPLETION_RESUME_MINUTES = 5;

export interface Redemption {
  id: string;
  /** Internal id of the partner that owns the wizard (the partition key). */
  partnerId: string;
  status: RedemptionStatus;
  keys: RedemptionKey[];
  attestation: { attestedAt: string; attestedBy: string };
  createdAt: string;
  updatedAt: string;
  expiresAt: string;
  confirmedAt: string | null;
  completedAt: string | null;
  expiredAt: string | null;
  /** When the cleanup timer must look at this redemption; null once nothing is left to do. */
  cleanupAt: string | null;
  /** Set while `complete` is under way; a planned redemption does not expire. */
  completion: CompletionPlan | null;
  result: CompletionResult | null;
}

export interface RedemptionSummary {
  sku: Sku;
  totalSeats: number;
  termMonths: number;
}

export function startRedemption(input: {
  id: string;
  partnerId: string;
  now: Date;
  ttlMinutes: number;
}): Redemption {
  const now = iso(input.now);
  const expiresAt = iso(addMinutes(input.now, input.ttlMinutes));
  return {
    id: input.id,
    partnerId: input.partnerId,
    status: 'open',
    keys: [],
    attestation: { attestedAt: now, attestedBy: input.partnerId },
    createdAt: now,
    updatedAt: now,
    expiresAt,
    confirmedAt: null,
    completedAt: null,
    expiredAt: null,
    cleanupAt: expiresAt,
    completion: null,
    result: null,
  };
}

/**
 * Open or confirmed and not idle for too long: the wizard can still go on. Once a completion is
 * planned the redemption no longer expires: it is finished, or its plan is dropped.
 */
export function isLive(redemption: Redemption, now: Date): boolean {
  return (
    (redemption.status === 'open' || redemption.status === 'confirmed') &&
    (redemption.completion !== null || !isAtOrAfter(now, redemption.expiresAt))
  );
}

/** The status a reader sees: an idle open or confirmed redemption is expired even before the timer runs. */
export function effectiveStatus(redemption: Redemption, now: Date): RedemptionStatus {
  if (redemption.status === 'open' || redemption.status === 'confirmed') {
    return isLive(redemption, now) ? redemption.status : 'expired';
  }
  return redemption.status;
}

export function needsExpiry(redemption: Redemption, now: Date): boolean {
  return effectiveStatus(redemption, now) === 'expired' && redemption.status !== 'expired';
}

export function summarize(keys: readonly RedemptionKey[]): RedemptionSummary | null {
  const first = keys[0];
  if (!first) return null;
  return {
    sku: first.sku,
    termMonths: first.termMonths,
    totalSeats: keys.reduce((sum, key) => sum + key.seats, 0),
  };
}

function assertLive(redemption: Redemption, now: Date): void {
  if (effectiveStatus(redemption, now) === 'expired') {
    throw new DomainError(
      'redemption_expired',
      'This redemption expired; start a new one and add the keys again.',
    );
  }
}

/** Keys can be added or removed: live (else 410) and open (else 409). */
export function assertOpen(redemption: Redemption, now: Date): void {
  assertLive(redemption, now);
  if (redemption.status !== 'open') {
    throw new DomainError(
      'redemption_not_open',
      `Keys can only be changed while the redemption is open; it is ${redemption.status}.`,
    );
  }
}

/** Rules that need only the redemption and the key's own facts (not the key's state). */
export function assertCanAddKey(
  redemption: Redemption,
  key: { keyId: string; sku: string; termMonths: number },
  now: Date,
): void {
  assertOpen(redemption, now);
  if (redemption.keys.some((k) => k.keyId === key.keyId)) {
    throw new DomainError('key_already_added', 'This key is already part of this redemption.');
  }
  if (redemption.keys.length >= MAX_KEYS_PER_REDEMPTION) {
    throw new DomainError(
      'too_many_keys',
      `A redemption holds at most ${MAX_KEYS_PER_REDEMPTION} keys; complete this one and start another.`,
    );
  }
  const summary = summarize(redemption.keys);
  if (summary && (summary.sku !== key.sku || summary.termMonths !== key.termMonths)) {
    throw new DomainError(
      'key_sku_mismatch',
      `All keys of a redemption share one product and term: this one is ${key.sku} for ${key.termMonths} months, the redemption holds ${summary.sku} for ${summary.termMonths} months.`,
    );
  }
}

function touched(redemption: Redemption, now: Date, ttlMinutes: number): Redemption {
  const expiresAt = iso(addMinutes(now, ttlMinutes));
  return { ...redemption, updatedAt: iso(now), expiresAt, cleanupAt: expiresAt };
}

export function withKeyAdded(
  redemption: Redemption,
  key: RedemptionKey,
  now: Date,
  ttlMinutes: number,
): Redemption {
  assertCanAddKey(redemption, key, now);
  return touched({ ...redemption, keys: [...redemption.keys, key] }, now, ttlMinutes);
}

export function findKey(redemption: Redemption, keyRef: string): RedemptionKey | undefined {
  return redemption.keys.find((k) => k.keyRef === keyRef);
}

export function withKeyRemoved(
  redemption: Redemption,
  keyRef: string,
  now: Date,
  ttlMinutes: number,
): Redemption {
  assertOpen(redemption, now);
  return touched(
    { ...redemption, keys: redemption.keys.filter((k) => k.keyRef !== keyRef) },
    now,
    ttlMinutes,
  );
}

/** "Key addition completed": the keys are frozen; confirming twice is harmless. */
export function confirmed(redemption: Redemption, now: Date, ttlMinutes: number): Redemption {
  assertLive(redemption, now);
  if (redemption.status === 'completed') {
    throw new DomainError('redemption_completed', 'This redemption is already completed.');
  }
  assertNotAbandoned(redemption);
  if (redemption.keys.length === 0) {
    throw new DomainError('redemption_empty', 'Add at least one key before confirming.');
  }
  const confirmedAt = redemption.confirmedAt ?? iso(now);
  return touched({ ...redemption, status: 'confirmed', confirmedAt }, now, ttlMinutes);
}

/** Expired or abandoned: the wizard is over without a completion, and its keys go back. */
export function isGivenUp(redemption: Redemption): boolean {
  return redemption.status === 'expired' || redemption.status === 'abandoned';
}

/** Seconds a partner waits before asking again to abandon a redemption whose completion is planned. */
export const ABANDON_RETRY_AFTER_SECONDS = { running: 1, awaitingCleanup: 60 } as const;

/**
 * The partner's "Cancel": the wizard ends now and its keys are owed back (the cleanup timer finishes
 * their release if the request does not). Abandoning an abandoned or expired redemption changes
 * nothing (undefined). A completed one cannot be; nor one whose completion is planned, under way or
 * awaiting the cleanup timer, whose keys the completion may be using.
 */
export function abandoned(redemption: Redemption, now: Date): Redemption | undefined {
  if (redemption.status === 'completed') {
    throw new DomainError('redemption_completed', 'This redemption is already completed.');
  }
  if (redemption.completion) {
    const running = !isAtOrAfter(
      now,
      iso(addMinutes(new Date(redemption.completion.startedAt), COMPLETION_RESUME_MINUTES)),
    );
    throw new DomainError(
      'request_in_progress',
      running
        ? 'This redemption is being completed; it can no longer be abandoned unless the completion is refused.'
        : 'The completion of this redemption is finished by the cleanup timer; it can no longer be abandoned unless the completion is refused.',
      {
        retryAfterSeconds: running
          ? ABANDON_RETRY_AFTER_SECONDS.running
          : ABANDON_RETRY_AFTER_SECONDS.awaitingCleanup,
      },
    );
  }
  if (isGivenUp(redemption) || needsExpiry(redemption, now)) return undefined;
  return { ...redemption, status: 'abandoned', updatedAt: iso(now), cleanupAt: iso(now) };
}

function assertNotAbandoned(redemption: Redemption): void {
  if (redemption.status === 'abandoned') {
    throw new DomainError(
      'redemption_not_open',
      'This redemption was abandoned; start a new one and add the keys again.',
    );
  }
}

/** Marks an idle redemption expired; the cleanup still owes the release of its keys. */
export function expired(redemption: Redemption, now: Date): Redemption {
  return { ...redemption, status: 'expired', expiredAt: iso(now), updatedAt: iso(now), cleanupAt: iso(now) };
}

export function keysReleased(redemption: Redemption): Redemption {
  return { ...redemption, cleanupAt: null };
}

/** A redemption that is completed, abandoned or expired can take nothing more (409, 409, 410). */
export function assertNotClosed(redemption: Redemption, now: Date): void {
  if (redemption.status === 'completed') {
    throw new DomainError('redemption_completed', 'This redemption is already completed.');
  }
  assertNotAbandoned(redemption);
  assertLive(redemption, now);
}

/** Why `complete` cannot start on this redemption, if it cannot. */
export function assertCompletable(redemption: Redemption, now: Date): void {
  assertNotClosed(redemption, now);
  if (redemption.status !== 'confirmed') {
    throw new DomainError(
      'redemption_not_confirmed',
      'Confirm the keys ("key addition completed") before completing.',
    );
  }
}

export function withCompletionPlanned(redemption: Redemption, plan: CompletionPlan, now: Date): Redemption {
  assertCompletable(redemption, now);
  return {
    ...redemption,
    completion: plan,
    updatedAt: iso(now),
    cleanupAt: iso(addMinutes(now, COMPLETION_RESUME_MINUTES)),
  };
}

/** Drops a plan that cannot go on (domain taken, a key revoked meanwhile): the wizard is confirmed again. */
export function withoutCompletionPlan(redemption: Redemption, now: Date, ttlMinutes: number): Redemption {
  return touched({ ...redemption, completion: null }, now, ttlMinutes);
}

export function completed(redemption: Redemption, result: CompletionResult, now: Date): Redemption {
  return {
    ...redemption,
    status: 'completed',
    completedAt: result.completedAt,
    result,
    completion: null,
    updatedAt: iso(now),
    cleanupAt: null,
  };
}
