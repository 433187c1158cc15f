import { addMonths } from './calendar';
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
