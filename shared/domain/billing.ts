import { DAY_MS } from './calendar';
import { DomainError } from './errors';
import type { LifecyclePolicy } from './lifecycle';
import { asOf, stateAt, termAt, termEnd, touched, type Subscription } from './subscription';
import { iso } from './time';

/**
 * Billing: the move from keys to direct billing (a new subscription, active at once, that renews
 * itself), and a direct subscription's renewals written down.
 */

/** Switching to direct billing gives up the prepaid rest of the term; beyond this many days it must be confirmed. */
export const FORFEIT_WITHOUT_CONFIRMATION_DAYS = 30;

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

/**
 * When a subscription billed directly next renews itself, and with how many seats: the end of its term
 * in force at `now` (each renewal runs DIRECT_TERM_MONTHS with the seats of the term before). Null for
 * one billed by keys, and for one that moved on or was deleted.
 */
export function nextAutoRenewal(subscription: Subscription, now: Date): { at: string; seats: number } | null {
  if (
    subscription.billing !== 'direct' ||
    subscription.state === 'migrated' ||
    subscription.state === 'deleted'
  )
    return null;
  const term = termAt(asOf(subscription, now), now);
  return { at: term.end, seats: term.seats };
}

/** When a subscription that moved to direct billing ended (its successor started then); null for any other. */
export function migratedAt(subscription: Subscription): string | null {
  if (subscription.state !== 'migrated') return null;
  return subscription.migration?.at ?? subscription.updatedAt;
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
