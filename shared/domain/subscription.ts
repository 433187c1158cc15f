import type { Sku } from './catalog';
import { addMonths } from './calendar';
import {
  deletionOf,
  graceEndOf,
  nextNoticeAt,
  nextStageAt,
  stageByDate,
  termsRolledOver,
  type LifecyclePolicy,
  type NoticeOutcome,
  type TermCalendar,
} from './lifecycle';
import { isAtOrAfter, iso } from './time';

export type { LifecyclePolicy } from './lifecycle';

/**
 * A subscription and its terms. `active` until `termEnd`, then `expired` (full use) until the end of
 * grace, then `disabled` (admins only, renewable) until the end of retention, then `deleted`.
 * `migrated` ends a subscription that moved to direct billing. A subscription billed directly renews
 * itself at the end of each term and never expires here. The calendar of a term is lifecycle.ts;
 * what changes a subscription lives beside this file: subscription-terms.ts (keys), licenses.ts,
 * billing.ts and subscription-stages.ts (the timers' steps).
 */
export type SubscriptionState = 'active' | 'expired' | 'disabled' | 'deleted' | 'migrated';
export type Billing = 'product_key' | 'direct';

/** A subscription billed directly runs (and renews itself for) terms of this many months. */
export const DIRECT_TERM_MONTHS = 12;

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
  sku: Sku;
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
  sku: Sku;
  totalSeats: number;
  termMonths: number;
}

function lastTerm(subscription: Subscription): Term {
  const term = subscription.terms[subscription.terms.length - 1];
  if (!term) throw new Error(`subscription ${subscription.id} has no term`);
  return term;
}

/**
 * The start of the last term bought: the term the schedule (calendarOf) follows. What a reader is shown
 * as the subscription's `termStart` is the term in force (termAt).
 */
export function termStart(subscription: Subscription): string {
  return lastTerm(subscription).start;
}

/** The end of paid coverage (the last term's end): expiry, grace and deletion follow it. */
export function termEnd(subscription: Subscription): string {
  return lastTerm(subscription).end;
}

/** The term in force at `now`; after the last term has ended, the last one. */
export function termAt(subscription: Subscription, now: Date): Term {
  const current = subscription.terms.find((t) => isAtOrAfter(now, t.start) && !isAtOrAfter(now, t.end));
  return current ?? lastTerm(subscription);
}

/** Terms bought to start after `now` (an early renewal), oldest first. */
export function upcomingTerms(subscription: Subscription, now: Date): Term[] {
  return subscription.terms.filter((t) => !isAtOrAfter(now, t.start));
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
  return termAt(subscription, now).seats;
}

/** Why a user cannot sign in now, as the users view says it. */
export const SIGN_IN_BLOCKED_REASONS = ['subscription_disabled', 'subscription_deleted'] as const;
export type SignInBlockedReason = (typeof SIGN_IN_BLOCKED_REASONS)[number];

/**
 * Who can sign in while the tenant's subscription is in `state`: everyone, except while it is
 * `disabled`, when only Global Administrators can (so they can renew it), and once it is `deleted`,
 * when nobody can (its users are deleted).
 */
export function signInBlockedReason(
  state: SubscriptionState,
  globalAdministrator: boolean,
): SignInBlockedReason | null {
  if (state === 'deleted') return 'subscription_deleted';
  if (state === 'disabled' && !globalAdministrator) return 'subscription_disabled';
  return null;
}

/**
 * How many licenses can be held now and kept: the fewest seats of the term in force and of every
 * term already bought after it (an early renewal with fewer seats). A license is held until it is
 * freed, so one granted beyond a later term's seats would leave that term over-assigned when it
 * starts.
 */
export function licensableSeats(subscription: Subscription, now: Date): number {
  const later = upcomingTerms(subscription, now).map((t) => t.seats);
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
  sku: Sku;
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

/** Changed at `now`: its timers' index follows. */
export function touched(subscription: Subscription, now: Date, policy: LifecyclePolicy): Subscription {
  return scheduled({ ...subscription, updatedAt: iso(now) }, policy);
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
