import { addDays, addMonths } from './calendar';
import { DomainError } from './errors';
import { isAtOrAfter, iso } from './time';

/**
 * A subscription and its terms. `active` until `termEnd`, then `expired` (full use) until the end of
 * grace, then `disabled` (admins only, renewable) until the end of retention, then `deleted`.
 * `migrated` ends a subscription that moved to direct billing.
 */
export type SubscriptionState = 'active' | 'expired' | 'disabled' | 'deleted' | 'migrated';
export type Billing = 'product_key' | 'direct';

export interface LifecyclePolicy {
  graceDays: number;
  retentionDays: number;
  noticeDays: number[];
}

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
  /** Written only for states that dates alone do not decide (migrated, deleted); see stateAt. */
  state: SubscriptionState;
  /** Redemptions whose keys were applied (renewal, seats): applying one twice is a no-op. */
  appliedRedemptions: string[];
  migration: { toSubscriptionId: string; at: string } | null;
  migratedFrom: string | null;
  createdAt: string;
  updatedAt: string;
  /** When something next happens to it (notices, expiry, grace end, deletion): the timers' index. */
  nextEventAt: string | null;
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
  return iso(addDays(new Date(termEnd(subscription)), policy.graceDays));
}

export function deleteAt(subscription: Subscription, policy: LifecyclePolicy): string {
  return iso(addDays(new Date(termEnd(subscription)), policy.retentionDays));
}

/** The state at `now`, from the dates (the lifecycle timer only catches the stored state up). */
export function stateAt(subscription: Subscription, now: Date, policy: LifecyclePolicy): SubscriptionState {
  if (subscription.state === 'migrated' || subscription.state === 'deleted') return subscription.state;
  if (!isAtOrAfter(now, termEnd(subscription))) return 'active';
  if (!isAtOrAfter(now, graceEndsAt(subscription, policy))) return 'expired';
  if (!isAtOrAfter(now, deleteAt(subscription, policy))) return 'disabled';
  return 'deleted';
}

/** Seats of the term in force now; after the last term ends, those of the last term. */
export function seatsAt(subscription: Subscription, now: Date): number {
  const current = subscription.terms.find((t) => isAtOrAfter(now, t.start) && !isAtOrAfter(now, t.end));
  return (current ?? lastTerm(subscription)).seats;
}

/** The dated events of the current term, in order. */
export function lifecycleDates(subscription: Subscription, policy: LifecyclePolicy) {
  const end = new Date(termEnd(subscription));
  return {
    notices: policy.noticeDays.map((days) => ({ days, at: iso(addDays(end, -days)) })),
    expiry: iso(end),
    graceEnd: graceEndsAt(subscription, policy),
    deletion: deleteAt(subscription, policy),
  };
}

export function nextEventAfter(
  subscription: Subscription,
  now: Date,
  policy: LifecyclePolicy,
): string | null {
  if (subscription.state === 'migrated' || subscription.state === 'deleted') return null;
  const dates = lifecycleDates(subscription, policy);
  const upcoming = [...dates.notices.map((n) => n.at), dates.expiry, dates.graceEnd, dates.deletion]
    .filter((at) => !isAtOrAfter(now, at))
    .sort();
  return upcoming[0] ?? dates.deletion;
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
    state: 'active',
    appliedRedemptions: 'redemptionId' in input.source ? [input.source.redemptionId] : [],
    migration: null,
    migratedFrom: input.migratedFrom ?? null,
    createdAt: iso(input.start),
    updatedAt: iso(input.start),
    nextEventAt: null,
  };
  return { ...subscription, nextEventAt: nextEventAfter(subscription, input.start, input.policy) };
}

function assertKeysFit(subscription: Subscription, keys: KeySummary): void {
  if (keys.sku !== subscription.sku) {
    throw new DomainError(
      'key_sku_mismatch',
      `These keys are for ${keys.sku}; the subscription is ${subscription.sku}.`,
    );
  }
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
  const next = { ...subscription, updatedAt: iso(now) };
  return { ...next, nextEventAt: nextEventAfter(next, now, policy) };
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
  if (subscription.appliedRedemptions.includes(redemptionId)) return subscription;
  const state = stateAt(subscription, now, policy);
  assertKeyBilled(subscription, state);
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

/** More seats until the current term's end, for an active or expired subscription. */
export function withSeatsAdded(
  subscription: Subscription,
  keys: KeySummary,
  redemptionId: string,
  now: Date,
  policy: LifecyclePolicy,
): Subscription {
  if (subscription.appliedRedemptions.includes(redemptionId)) return subscription;
  const state = stateAt(subscription, now, policy);
  assertKeyBilled(subscription, state);
  if (state !== 'active' && state !== 'expired') {
    throw new DomainError(
      'subscription_not_active',
      `Seats can be added to an active or expired subscription; this one is ${state}.`,
    );
  }
  assertKeysFit(subscription, keys);
  const index = subscription.terms.findIndex((t) => isAtOrAfter(now, t.start) && !isAtOrAfter(now, t.end));
  const target = index >= 0 ? index : subscription.terms.length - 1;
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
  if (subscription.licenseHolders.length >= seatsAt(subscription, now)) {
    throw new DomainError(
      'no_licenses_available',
      `All ${seatsAt(subscription, now)} licenses are assigned; add seats or free a license.`,
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

export function withPartnerOfRecord(
  subscription: Subscription,
  partnerId: string | null,
  now: Date,
): Subscription | undefined {
  if (subscription.partnerOfRecord === partnerId) return undefined;
  return { ...subscription, partnerOfRecord: partnerId, updatedAt: iso(now) };
}

/** Direct billing can replace a subscription in any state but deleted (it reactivates a disabled one). */
export function assertCanSwitchToDirect(
  subscription: Subscription,
  now: Date,
  policy: LifecyclePolicy,
): void {
  const state = stateAt(subscription, now, policy);
  if (state === 'deleted')
    throw new DomainError('subscription_deleted', 'This subscription has been deleted.');
  if (subscription.billing === 'direct') {
    throw new DomainError('subscription_migrated', 'This subscription is already billed directly.');
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

/** What happened to each renewal notice of the current term, by days before expiry. */
export type NoticeOutcomes = ReadonlyMap<number, 'sent' | 'skipped'>;

/** Every dated event of the current term: the renewal notices, expiry, end of grace, deletion. */
export function timeline(
  subscription: Subscription,
  notices: NoticeOutcomes,
  now: Date,
  policy: LifecyclePolicy,
): TimelineEvent[] {
  if (subscription.state === 'migrated') return [];
  const dates = lifecycleDates(subscription, policy);
  const passed = (at: string): TimelineStatus => (isAtOrAfter(now, at) ? 'done' : 'scheduled');
  return [
    ...dates.notices.map(({ days, at }) => ({
      event: 'renewal_notice' as const,
      at,
      status: notices.get(days) ?? ('scheduled' as const),
      daysBeforeExpiry: days,
    })),
    { event: 'expiry', at: dates.expiry, status: passed(dates.expiry) },
    { event: 'grace_end', at: dates.graceEnd, status: passed(dates.graceEnd) },
    { event: 'deletion', at: dates.deletion, status: passed(dates.deletion) },
  ];
}

/** Moves to direct billing: the old subscription ends, its licenses and Partner of Record go to the new one. */
export function migratedTo(subscription: Subscription, now: Date): Subscription | undefined {
  if (subscription.state === 'migrated') return undefined;
  return {
    ...subscription,
    state: 'migrated',
    licenseHolders: [],
    partnerOfRecord: null,
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
