import { DomainError } from './errors';
import type { LifecyclePolicy } from './lifecycle';
import { licensableSeats, seatsAt, stateAt, type Subscription } from './subscription';
import { iso } from './time';

/** Licenses: a user holds at most one of a subscription's seats; admins get one when created. */

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
