import { addMonths, DAY_MS } from './calendar';
import { DomainError } from './errors';
import type { LifecyclePolicy } from './lifecycle';
import {
  stateAt,
  termEnd,
  touched,
  type KeySummary,
  type Subscription,
  type SubscriptionState,
  type Term,
} from './subscription';
import { isAtOrAfter, iso } from './time';

/**
 * Terms bought with keys: a renewal adds a term, seats widen the term in force. A redemption's keys
 * apply once (`appliedRedemptions`), so a retried completion changes nothing.
 */

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

/** Up to this many days of the keys' term may run past the seats' end without the partner saying so. */
export const UNUSED_TERM_WITHOUT_CONFIRMATION_DAYS = 30;

/** Where seats bought now go: the term in force, when it ends, and the whole days of the keys' term past it. */
export interface SeatsPlacement {
  /** Index in `terms` of the term the seats widen. */
  index: number;
  /** The end of that term: the added seats end then. */
  seatsEnd: string;
  /** Whole days the keys' term, counted from now, runs past `seatsEnd` (0 when it does not). */
  unusedDays: number;
}

export function seatsPlacement(subscription: Subscription, keys: KeySummary, now: Date): SeatsPlacement {
  const found = subscription.terms.findIndex((t) => isAtOrAfter(now, t.start) && !isAtOrAfter(now, t.end));
  const index = found >= 0 ? found : subscription.terms.length - 1;
  const seatsEnd = (subscription.terms[index] as Term).end;
  const past = addMonths(now, keys.termMonths).getTime() - Date.parse(seatsEnd);
  return { index, seatsEnd, unusedDays: Math.max(0, Math.floor(past / DAY_MS)) };
}

/**
 * More seats until the end of the term in force, for an active subscription: once it has ended the
 * seats would serve only the grace period, so it is renewed instead (and a disabled one too). Seats
 * bought with a key never outlive the key's own term, and never lapse mid-term: the keys' term, counted
 * from now, must reach the end of the term in force (a 1-month key cannot add seats to a 12-month term).
 * Nor is a key spent for nothing unawares: when its term runs more than
 * UNUSED_TERM_WITHOUT_CONFIRMATION_DAYS past the seats' end (a 24-month key with 12 months left), the
 * partner must accept the unused days (`acceptUnusedTerm`); keys run whole months from now, so a
 * few days past the end always pass.
 */
export function withSeatsAdded(
  subscription: Subscription,
  keys: KeySummary,
  redemptionId: string,
  now: Date,
  policy: LifecyclePolicy,
  options: { acceptUnusedTerm: boolean } = { acceptUnusedTerm: false },
): Subscription {
  const state = stateForKeys(subscription, redemptionId, now, policy);
  if (state === null) return subscription;
  if (state !== 'active') {
    throw new DomainError(
      'subscription_not_active',
      state === 'expired'
        ? `This subscription's term ended on ${termEnd(subscription).slice(0, 10)}: seats added now would serve only its grace period. Renew it instead: the keys stay in this redemption, which stays confirmed, and complete it with "action": "renew".`
        : `Seats can be added to an active subscription; this one is ${state}. Renew it instead: the keys stay in this redemption, which stays confirmed, and complete it with "action": "renew".`,
    );
  }
  assertKeysFit(subscription, keys);
  const { index, seatsEnd, unusedDays } = seatsPlacement(subscription, keys, now);
  const keysReach = addMonths(now, keys.termMonths);
  if (keysReach.getTime() < Date.parse(seatsEnd)) {
    throw new DomainError(
      'key_term_too_short',
      `Keys of ${keys.termMonths} month(s) would reach ${iso(keysReach).slice(0, 10)}; seats added now run to the end of the current term, ${seatsEnd.slice(0, 10)}, so the keys must reach ${seatsEnd.slice(0, 10)}.`,
    );
  }
  if (unusedDays > UNUSED_TERM_WITHOUT_CONFIRMATION_DAYS && !options.acceptUnusedTerm) {
    throw new DomainError(
      'key_term_exceeds_remaining',
      `Keys of ${keys.termMonths} month(s) would reach ${iso(keysReach).slice(0, 10)}; seats added now end with the current term, ${seatsEnd.slice(0, 10)}, so ${unusedDays} days of the keys would go unused. Renew with these keys instead, or use keys of a shorter term; to add the seats anyway, send "acceptUnusedTerm": true.`,
      { extensions: { unusedDays, seatsEndOn: seatsEnd } },
    );
  }
  const terms = subscription.terms.map((t, i) =>
    i === index ? { ...t, seats: t.seats + keys.totalSeats } : t,
  );
  return touched(
    { ...subscription, terms, appliedRedemptions: [...subscription.appliedRedemptions, redemptionId] },
    now,
    policy,
  );
}
