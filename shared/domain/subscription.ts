import { addMonths, DAY_MS } from './calendar';
import { DomainError } from './errors';
import {
  deletionOf,
  graceEndOf,
  nextNoticeAt,
  nextStageAt,
  noticeThresholds,
  stageByDate,
  stageStarts,
  termsRolledOver,
  withDecision,
  type LifecyclePolicy,
  type NoticeDecision,
  type NoticeOutcome,
  type Stage,
  type TermCalendar,
} from './lifecycle';
import { isAtOrAfter, iso } from './time';

export type { LifecyclePolicy } from './lifecycle';

/**
 * A subscription and its terms. `active` until `termEnd`, then `expired` (full use) until the end of
 * grace, then `disabled` (admins only, renewable) until the end of retention, then `deleted`.
 * `migrated` ends a subscription that moved to direct billing. A subscription billed directly renews
 * itself at the end of each term and never expires here. The calendar of a term is lifecycle.ts.
 */
export type SubscriptionState = 'active' | 'expired' | 'disabled' | 'deleted' | 'migrated';
export type Billing = 'product_key' | 'direct';

/** A subscription billed directly runs (and renews itself for) terms of this many months. */
export const DIRECT_TERM_MONTHS = 12;
/** Switching to direct billing gives up the prepaid rest of the term; beyond this many days it must be confirmed. */
export const FORFEIT_WITHOUT_CONFIRMATION_DAYS = 30;

export interface Term {
  start: string;
  end: string;
  seats: number;
  /** What paid for it: a redemption's keys, or direct billing. */
  source: { redemptionId: string } | { directBilling: true };
}

export interface Subscription {
  id: string;
  tenantId: string;
  sku: string;
  billing: Billing;
  /** Oldest first; the last one ends at `termEnd`. An early renewal adds a term that starts later. */
  terms: Term[];
  /** Users holding one of its licenses; `assignedSeats` is their number. */
  licenseHolders: string[];
  /** Internal id of the Partner of Record. */
  partnerOfRecord: string | null;
  /** The last change of Partner of Record: its id names the notification that tells of it. */
  partnerOfRecordChange?: PartnerOfRecordChange | null;
  /**
   * The stage the lifecycle timer last recorded (or migrated). Reads use the dates (stateAt), so a
   * subscription is expired at its end even before the timer has run.
   */
  state: SubscriptionState;
  /** What the renewal-notices timer did with each threshold of the term ending at `notices.termEnd`. */
  notices?: { termEnd: string; outcomes: Record<string, NoticeOutcome> };
  /** Redemptions whose keys were applied (renewal, seats): applying one twice is a no-op. */
  appliedRedemptions: string[];
  migration: { toSubscriptionId: string; at: string } | null;
  migratedFrom: string | null;
  createdAt: string;
  updatedAt: string;
  /** When a renewal notice is next due: the renewal-notices timer's index (null: none left). */
  nextNoticeAt?: string | null;
  /**
   * When the lifecycle timer next has work: the next stage, a direct subscription's renewal, or an
   * unfinished deletion (null: none). Indexed, so timers touch only what is due.
   */
  nextEventAt: string | null;
  /** Set when the subscription is deleted: the tombstone that keeps answering for it. */
  deletion?: Deletion | null;
}

export interface PartnerOfRecordChange {
  id: string;
  from: string | null;
  to: string | null;
  at: string;
}

/** What is kept of a deleted subscription, and how far its purge has gone. */
export interface Deletion {
  at: string;
  /** Who was Partner of Record and delegated admin then (internal ids): they still see the tombstone. */
  partnerOfRecord: string | null;
  delegatedAdmins: string[];
  /** When every document holding the customer's data was purged; null while the purge goes on. */
  purgedAt: string | null;
}

export interface KeySummary {
  sku: string;
  totalSeats: number;
  termMonths: number;
}

function lastTerm(subscription: Subscription): Term {
  const term = subscription.terms[subscription.terms.length - 1];
  if (!term) throw new Error(`subscription ${subscription.id} has no term`);
  return term;
}

export function termStart(subscription: Subscription): string {
  return lastTerm(subscription).start;
}

export function termEnd(subscription: Subscription): string {
  return lastTerm(subscription).end;
}

export function graceEndsAt(subscription: Subscription, policy: LifecyclePolicy): string {
  return graceEndOf(termEnd(subscription), policy);
}

export function deleteAt(subscription: Subscription, policy: LifecyclePolicy): string {
  return deletionOf(termEnd(subscription), policy);
}

/**
 * A subscription billed directly, with the terms it has renewed itself for up to `now` (the lifecycle
 * timer writes them down; reads see them before it runs). Any other subscription as it is.
 */
export function asOf(subscription: Subscription, now: Date): Subscription {
  if (subscription.billing !== 'direct' || subscription.state === 'migrated') return subscription;
  const terms = termsRolledOver(subscription.terms, now, DIRECT_TERM_MONTHS, (last, start, end) => ({
    start,
    end,
    seats: last.seats,
    source: { directBilling: true as const },
  }));
  return terms.length === subscription.terms.length ? subscription : { ...subscription, terms };
}

/** What the schedule (lifecycle.ts) reads of a subscription. */
export function calendarOf(subscription: Subscription): TermCalendar {
  const end = termEnd(subscription);
  return {
    start: termStart(subscription),
    end,
    billing: subscription.billing,
    state: subscription.state,
    notices: subscription.notices ?? { termEnd: end, outcomes: {} },
  };
}

/**
 * The state at `now`, from the dates: the lifecycle timer only catches the stored state up. Direct
 * billing renews itself and stays active.
 */
export function stateAt(subscription: Subscription, now: Date, policy: LifecyclePolicy): SubscriptionState {
  if (subscription.state === 'migrated' || subscription.state === 'deleted') return subscription.state;
  if (subscription.billing === 'direct') return 'active';
  return stageByDate(termEnd(subscription), now, policy);
}

/** Seats of the term in force now; after the last term ends, those of the last term. */
export function seatsAt(subscription: Subscription, now: Date): number {
  const current = subscription.terms.find((t) => isAtOrAfter(now, t.start) && !isAtOrAfter(now, t.end));
  return (current ?? lastTerm(subscription)).seats;
}

/**
 * How many licenses can be held now and kept: the fewest seats of the term in force and of every
 * term already bought after it (an early renewal with fewer seats). A license is held until it is
 * freed, so one granted beyond a later term's seats would leave that term over-assigned when it
 * starts.
 */
export function licensableSeats(subscription: Subscription, now: Date): number {
  const later = subscription.terms.filter((t) => !isAtOrAfter(now, t.start)).map((t) => t.seats);
  return Math.min(seatsAt(subscription, now), ...later);
}

/**
 * The subscription with its timers' index brought up to date: when the next renewal notice is due,
 * and when the lifecycle timer next has work (an unfinished purge: at once).
 */
export function scheduled(subscription: Subscription, policy: LifecyclePolicy): Subscription {
  const calendar = calendarOf(subscription);
  const purging = subscription.deletion && !subscription.deletion.purgedAt;
  return {
    ...subscription,
    notices:
      calendar.notices.termEnd === calendar.end ? calendar.notices : { termEnd: calendar.end, outcomes: {} },
    nextNoticeAt: nextNoticeAt(calendar, policy),
    nextEventAt: purging ? (subscription.deletion?.at ?? null) : nextStageAt(calendar, policy),
  };
}

export function newSubscription(input: {
  id: string;
  tenantId: string;
  sku: string;
  billing: Billing;
  start: Date;
  termMonths: number;
  seats: number;
  source: Term['source'];
  licenseHolders: string[];
  partnerOfRecord: string | null;
  migratedFrom?: string | null;
  policy: LifecyclePolicy;
}): Subscription {
  const subscription: Subscription = {
    id: input.id,
    tenantId: input.tenantId,
    sku: input.sku,
    billing: input.billing,
    terms: [
      {
        start: iso(input.start),
        end: iso(addMonths(input.start, input.termMonths)),
        seats: input.seats,
        source: input.source,
      },
    ],
    licenseHolders: input.licenseHolders,
    partnerOfRecord: input.partnerOfRecord,
    partnerOfRecordChange: null,
    state: 'active',
    appliedRedemptions: 'redemptionId' in input.source ? [input.source.redemptionId] : [],
    migration: null,
    migratedFrom: input.migratedFrom ?? null,
    createdAt: iso(input.start),
    updatedAt: iso(input.start),
    nextNoticeAt: null,
    nextEventAt: null,
    deletion: null,
  };
  return scheduled(subscription, input.policy);
}

function assertKeysFit(subscription: Subscription, keys: KeySummary): void {
  if (keys.sku !== subscription.sku) {
    throw new DomainError(
      'key_sku_mismatch',
      `These keys are for ${keys.sku}; the subscription is ${subscription.sku}.`,
    );
  }
}

/**
 * The state a redemption's keys meet, refused where keys do not apply (deleted, billed directly);
 * null when this redemption's keys are applied already (a retried completion changes nothing).
 */
function stateForKeys(
  subscription: Subscription,
  redemptionId: string,
  now: Date,
  policy: LifecyclePolicy,
): SubscriptionState | null {
  if (subscription.appliedRedemptions.includes(redemptionId)) return null;
  const state = stateAt(subscription, now, policy);
  assertKeyBilled(subscription, state);
  return state;
}

function assertKeyBilled(subscription: Subscription, state: SubscriptionState): void {
  if (state === 'deleted')
    throw new DomainError('subscription_deleted', 'This subscription has been deleted.');
  if (state === 'migrated' || subscription.migration) {
    throw new DomainError(
      'subscription_migrated',
      'This subscription moved to direct billing; keys no longer apply to it.',
    );
  }
  if (subscription.billing === 'direct') {
    throw new DomainError(
      'subscription_migrated',
      'This subscription is billed directly; keys do not apply to it.',
    );
  }
}

function touched(subscription: Subscription, now: Date, policy: LifecyclePolicy): Subscription {
  return scheduled({ ...subscription, updatedAt: iso(now) }, policy);
}

/**
 * Renewal by keys: an active or expired subscription extends from its current end; a disabled one
 * starts a new term now. Seats for the new term are the keys' seats and must cover the licenses.
 */
export function renewed(
  subscription: Subscription,
  keys: KeySummary,
  redemptionId: string,
  now: Date,
  policy: LifecyclePolicy,
): Subscription {
  const state = stateForKeys(subscription, redemptionId, now, policy);
  if (state === null) return subscription;
  assertKeysFit(subscription, keys);
  if (keys.totalSeats < subscription.licenseHolders.length) {
    throw new DomainError(
      'insufficient_seats',
      `The keys give ${keys.totalSeats} seats but ${subscription.licenseHolders.length} licenses are assigned; add keys or remove licenses first.`,
    );
  }
  const start = state === 'disabled' ? now : new Date(termEnd(subscription));
  const term: Term = {
    start: iso(start),
    end: iso(addMonths(start, keys.termMonths)),
    seats: keys.totalSeats,
    source: { redemptionId },
  };
  return touched(
    {
      ...subscription,
      state: 'active',
      terms: [...subscription.terms, term],
      appliedRedemptions: [...subscription.appliedRedemptions, redemptionId],
    },
    now,
    policy,
  );
}

/**
 * More seats until the current term's end, for an active or expired subscription. Seats bought with a
 * key never outlive the key's own term, and never lapse mid-term: the keys' term, counted from now,
 * must reach the end of the term in force (a 1-month key cannot add seats to a 12-month term).
 */
export function withSeatsAdded(
  subscription: Subscription,
  keys: KeySummary,
  redemptionId: string,
  now: Date,
  policy: LifecyclePolicy,
): Subscription {
  const state = stateForKeys(subscription, redemptionId, now, policy);
  if (state === null) return subscription;
  if (state !== 'active' && state !== 'expired') {
    throw new DomainError(
      'subscription_not_active',
      `Seats can be added to an active or expired subscription; this one is ${state}.`,
    );
  }
  assertKeysFit(subscription, keys);
  const index = subscription.terms.findIndex((t) => isAtOrAfter(now, t.start) && !isAtOrAfter(now, t.end));
  const target = index >= 0 ? index : subscription.terms.length - 1;
  const targetEnd = (subscription.terms[target] as Term).end;
  const keysReach = addMonths(now, keys.termMonths);
  if (keysReach.getTime() < Date.parse(targetEnd)) {
    throw new DomainError(
      'key_term_too_short',
      `Keys of ${keys.termMonths} month(s) would reach ${iso(keysReach).slice(0, 10)}; seats added now run to the end of the current term, ${targetEnd.slice(0, 10)}, so the keys must reach ${targetEnd.slice(0, 10)}.`,
    );
  }
  const terms = subscription.terms.map((t, i) =>
    i === target ? { ...t, seats: t.seats + keys.totalSeats } : t,
  );
  return touched(
    { ...subscription, terms, appliedRedemptions: [...subscription.appliedRedemptions, redemptionId] },
    now,
    policy,
  );
}

/** Takes one license for `userId`; a holder asking again changes nothing. */
export function withLicense(
  subscription: Subscription,
  userId: string,
  now: Date,
  policy: LifecyclePolicy,
): Subscription | undefined {
  if (subscription.licenseHolders.includes(userId)) return undefined;
  const state = stateAt(subscription, now, policy);
  if (state === 'disabled')
    throw new DomainError(
      'subscription_disabled',
      'The subscription is disabled: only admins can sign in until it is renewed.',
    );
  if (state === 'deleted')
    throw new DomainError('subscription_deleted', 'This subscription has been deleted.');
  if (subscription.migration || state === 'migrated') {
    throw new DomainError(
      'request_in_progress',
      'The subscription is moving to direct billing; try again in a moment.',
      { retryAfterSeconds: 1 },
    );
  }
  const seats = licensableSeats(subscription, now);
  if (subscription.licenseHolders.length >= seats) {
    throw new DomainError(
      'no_licenses_available',
      seats < seatsAt(subscription, now)
        ? `All ${seats} licenses the renewal keeps are assigned (it has fewer seats than the term in force); free a license.`
        : `All ${seats} licenses are assigned; add seats or free a license.`,
    );
  }
  return { ...subscription, licenseHolders: [...subscription.licenseHolders, userId], updatedAt: iso(now) };
}

export function withoutLicense(
  subscription: Subscription,
  userId: string,
  now: Date,
): Subscription | undefined {
  if (!subscription.licenseHolders.includes(userId)) return undefined;
  return {
    ...subscription,
    licenseHolders: subscription.licenseHolders.filter((id) => id !== userId),
    updatedAt: iso(now),
  };
}

/** A change of Partner of Record, remembered with `changeId` (A → B → A is two changes, two notices). */
export function withPartnerOfRecord(
  subscription: Subscription,
  partnerId: string | null,
  changeId: string,
  now: Date,
): Subscription | undefined {
  if (subscription.partnerOfRecord === partnerId) return undefined;
  return {
    ...subscription,
    partnerOfRecord: partnerId,
    partnerOfRecordChange: { id: changeId, from: subscription.partnerOfRecord, to: partnerId, at: iso(now) },
    updatedAt: iso(now),
  };
}

/** Whole days of prepaid term (every term bought, an early renewal's included) left at `now`. */
export function prepaidDaysLeft(subscription: Subscription, now: Date): number {
  return Math.max(0, Math.ceil((Date.parse(termEnd(subscription)) - now.getTime()) / DAY_MS));
}

/**
 * Direct billing can replace a subscription in any state but deleted (it reactivates a disabled one).
 * It gives up what is left of the prepaid term: more than FORFEIT_WITHOUT_CONFIRMATION_DAYS must be
 * given up on purpose, which is why customers are told to switch shortly before the end.
 */
export function assertCanSwitchToDirect(
  subscription: Subscription,
  now: Date,
  policy: LifecyclePolicy,
  forfeitConfirmed: boolean,
): void {
  const state = stateAt(subscription, now, policy);
  if (state === 'deleted')
    throw new DomainError('subscription_deleted', 'This subscription has been deleted.');
  if (subscription.billing === 'direct') {
    throw new DomainError('subscription_migrated', 'This subscription is already billed directly.');
  }
  const days = prepaidDaysLeft(subscription, now);
  if (days > FORFEIT_WITHOUT_CONFIRMATION_DAYS && !forfeitConfirmed) {
    const end = termEnd(subscription);
    const freeFrom = iso(new Date(Date.parse(end) - FORFEIT_WITHOUT_CONFIRMATION_DAYS * DAY_MS));
    throw new DomainError(
      'prepaid_term_remaining',
      `Switching now gives up ${days} prepaid days (the term runs until ${end.slice(0, 10)}). From ${freeFrom.slice(0, 10)} the switch gives up ${FORFEIT_WITHOUT_CONFIRMATION_DAYS} days or fewer and needs no confirmation, and at ${end.slice(0, 10)} it loses nothing; to switch now anyway, send "forfeitPrepaidDays": true.`,
      { extensions: { prepaidDays: days, switchFreelyFrom: freeFrom } },
    );
  }
}

export type TimelineStatus = 'scheduled' | 'sent' | 'skipped' | 'done';

export interface TimelineEvent {
  event: 'renewal_notice' | 'expiry' | 'grace_end' | 'deletion';
  at: string;
  status: TimelineStatus;
  /** Renewal notices only. */
  daysBeforeExpiry?: number;
}

/**
 * Every dated event of the current term, from the same schedule the timers follow: the renewal
 * notices (sent, skipped or scheduled), expiry, end of grace and deletion (done once their date has
 * passed). A subscription billed directly has none (it renews itself); a migrated one neither.
 */
export function timeline(subscription: Subscription, now: Date, policy: LifecyclePolicy): TimelineEvent[] {
  if (subscription.state === 'migrated' || subscription.billing === 'direct') return [];
  const calendar = calendarOf(subscription);
  const starts = stageStarts(calendar.end, policy);
  const passed = (at: string): TimelineStatus =>
    isAtOrAfter(now, at) || subscription.state === 'deleted' ? 'done' : 'scheduled';
  return [
    ...noticeThresholds(calendar, policy).map(({ days, at, status }) => ({
      event: 'renewal_notice' as const,
      at,
      status,
      daysBeforeExpiry: days,
    })),
    { event: 'expiry', at: starts.expired, status: passed(starts.expired) },
    { event: 'grace_end', at: starts.disabled, status: passed(starts.disabled) },
    { event: 'deletion', at: starts.deleted, status: passed(starts.deleted) },
  ];
}

/**
 * The renewal-notices timer's decision, written down; the index moves on to the next threshold.
 * `alreadySent`: thresholds of `decision.skip` whose notice was queued after all (by a run that
 * crashed before writing its decision): recorded as sent, as they were.
 */
export function withNoticesDecided(
  subscription: Subscription,
  decision: NoticeDecision,
  now: Date,
  policy: LifecyclePolicy,
  alreadySent: number[] = [],
): Subscription {
  const calendar = calendarOf(subscription);
  const skip = decision.skip.filter((days) => !alreadySent.includes(days));
  const decided = withDecision(calendar, { send: decision.send, skip });
  const outcomes: Record<string, NoticeOutcome> = { ...decided.outcomes };
  for (const days of alreadySent) outcomes[String(days)] = 'sent';
  return touched({ ...subscription, notices: { termEnd: decided.termEnd, outcomes } }, now, policy);
}

/**
 * The lifecycle timer's step into `stage`. Passing the end also closes the renewal notices of the term
 * (any still scheduled are skipped: the expiry notification speaks for them).
 */
export function withStagePassed(
  subscription: Subscription,
  stage: Exclude<Stage, 'active' | 'deleted'>,
  now: Date,
  policy: LifecyclePolicy,
): Subscription {
  const calendar = calendarOf(subscription);
  const leftOver = noticeThresholds(calendar, policy)
    .filter((n) => n.status === 'scheduled')
    .map((n) => n.days);
  const notices = withDecision(calendar, { send: null, skip: leftOver });
  return touched({ ...subscription, state: stage, notices }, now, policy);
}

/**
 * Deletion: the licenses are released and what is kept is a tombstone that still answers for the
 * subscription (ids, dates, who was Partner of Record and delegated admin). The purge of the
 * customer's data follows in resumable steps until `purgedAt` is set.
 */
export function deleted(
  subscription: Subscription,
  delegatedAdmins: string[],
  now: Date,
  policy: LifecyclePolicy,
): Subscription {
  if (subscription.state === 'deleted') return subscription;
  const calendar = calendarOf(subscription);
  const leftOver = noticeThresholds(calendar, policy)
    .filter((n) => n.status === 'scheduled')
    .map((n) => n.days);
  return touched(
    {
      ...subscription,
      state: 'deleted',
      licenseHolders: [],
      notices: withDecision(calendar, { send: null, skip: leftOver }),
      deletion: {
        at: iso(now),
        partnerOfRecord: subscription.partnerOfRecord,
        delegatedAdmins,
        purgedAt: null,
      },
    },
    now,
    policy,
  );
}

export function purged(
  subscription: Subscription,
  now: Date,
  policy: LifecyclePolicy,
): Subscription | undefined {
  if (!subscription.deletion || subscription.deletion.purgedAt) return undefined;
  return touched(
    { ...subscription, deletion: { ...subscription.deletion, purgedAt: iso(now) } },
    now,
    policy,
  );
}

/** A directly billed subscription's renewals written down (the lifecycle timer, at each term's end). */
export function rolledOver(
  subscription: Subscription,
  now: Date,
  policy: LifecyclePolicy,
): Subscription | undefined {
  const current = asOf(subscription, now);
  return current === subscription ? undefined : touched(current, now, policy);
}

/** Moves to direct billing: the old subscription ends, its licenses and Partner of Record go to the new one. */
export function migratedTo(subscription: Subscription, now: Date): Subscription | undefined {
  if (subscription.state === 'migrated') return undefined;
  return {
    ...subscription,
    state: 'migrated',
    licenseHolders: [],
    partnerOfRecord: null,
    nextNoticeAt: null,
    nextEventAt: null,
    updatedAt: iso(now),
  };
}

export function withMigrationPlanned(
  subscription: Subscription,
  toSubscriptionId: string,
  now: Date,
): Subscription | undefined {
  if (subscription.migration) return undefined;
  return { ...subscription, migration: { toSubscriptionId, at: iso(now) }, updatedAt: iso(now) };
}
