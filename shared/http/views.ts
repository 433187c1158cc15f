import type { KeyStatus } from '../app/product-keys';
import { offerStatus, type DelegationOffer } from '../domain/delegation';
import type { SubscriptionDetails, TenantDetails } from '../app/subscriptions';
import type { Notification } from '../domain/notification';
import {
  asOf,
  deleteAt,
  graceEndsAt,
  seatsAt,
  stateAt,
  termEnd,
  termStart,
  timeline,
  type LifecyclePolicy,
} from '../domain/subscription';
import type { User } from '../domain/user';
import type { Partner } from '../domain/partner';
import { maskKey } from '../domain/product-key';
import { effectiveStatus, summarize, type Redemption, type RedemptionKey } from '../domain/redemption';

/** Response shapes (schemas.ts) from domain records: what is internal or secret never leaves. */
export function partnerView(partner: Partner) {
  return {
    id: partner.id,
    name: partner.name,
    partnerId: partner.partnerId,
    email: partner.email,
    cloudEssentials: partner.cloudEssentials,
    createdAt: partner.createdAt,
    updatedAt: partner.updatedAt,
  };
}

export function redemptionKeyView(key: RedemptionKey) {
  return {
    keyRef: key.keyRef,
    maskedKey: maskKey(key.lastGroup),
    sku: key.sku,
    seats: key.seats,
    termMonths: key.termMonths,
  };
}

export function redemptionView(redemption: Redemption, now: Date) {
  return {
    id: redemption.id,
    status: effectiveStatus(redemption, now),
    keys: redemption.keys.map(redemptionKeyView),
    summary: summarize(redemption.keys),
    expiresAt: redemption.expiresAt,
    createdAt: redemption.createdAt,
    updatedAt: redemption.updatedAt,
    confirmedAt: redemption.confirmedAt,
  };
}

export function keyStatusView({ key, state }: KeyStatus) {
  return {
    maskedKey: maskKey(key.lastGroup),
    sku: key.sku,
    seats: key.seats,
    termMonths: key.termMonths,
    state,
    ...(state === 'reserved' && key.reservation ? { redemptionId: key.reservation.redemptionId } : {}),
    ...(key.redemption
      ? { redemptionId: key.redemption.redemptionId, subscriptionId: key.redemption.subscriptionId }
      : {}),
    ...(key.revocation ? { revokedAt: key.revocation.at, revocationReason: key.revocation.reason } : {}),
  };
}

export function subscriptionView(
  { subscription: stored, partnerOfRecord }: SubscriptionDetails,
  now: Date,
  policy: LifecyclePolicy,
) {
  // A subscription billed directly, with the terms it renewed itself for before the timer wrote them.
  const subscription = asOf(stored, now);
  return {
    id: subscription.id,
    tenantId: subscription.tenantId,
    sku: subscription.sku,
    seats: seatsAt(subscription, now),
    assignedSeats: subscription.licenseHolders.length,
    billing: subscription.billing,
    state: stateAt(subscription, now, policy),
    termStart: termStart(subscription),
    termEnd: termEnd(subscription),
    graceEndsAt: graceEndsAt(subscription, policy),
    deleteAt: deleteAt(subscription, policy),
    partnerOfRecord: partnerOfRecord
      ? { partnerId: partnerOfRecord.partnerId, name: partnerOfRecord.name }
      : null,
    timeline: timeline(subscription, now, policy),
    terms: subscription.terms.map((t) => ({ termStart: t.start, termEnd: t.end, seats: t.seats })),
    migratedTo: subscription.state === 'migrated' ? (subscription.migration?.toSubscriptionId ?? null) : null,
    migratedFrom: subscription.migratedFrom,
  };
}

export function tenantView(details: TenantDetails, now: Date, policy: LifecyclePolicy) {
  const tenant = details.tenant;
  return {
    id: tenant.id,
    organizationName: tenant.organizationName,
    countryCode: tenant.countryCode,
    domain: tenant.domain,
    createdAt: tenant.createdAt,
    subscriptions: details.subscriptions.map((s) => subscriptionView(s, now, policy)),
    delegatedAdmins: details.delegatedAdmins.map(delegatedAdminView),
  };
}

export function userView(user: User, licensed: boolean) {
  return {
    id: user.id,
    userName: user.userName,
    displayName: user.displayName,
    email: user.contactEmail,
    roles: user.roles,
    licensed,
    createdAt: user.createdAt,
  };
}

export function notificationView(notification: Notification) {
  return {
    id: notification.id,
    type: notification.type,
    ...(notification.subscriptionId ? { subscriptionId: notification.subscriptionId } : {}),
    ...(notification.daysBeforeExpiry !== null ? { daysBeforeExpiry: notification.daysBeforeExpiry } : {}),
    recipients: notification.recipients,
    status: notification.status,
    attempts: notification.attempts,
    createdAt: notification.createdAt,
    ...(notification.sentAt ? { sentAt: notification.sentAt } : {}),
  };
}

export function offerView(offer: DelegationOffer, partner: Partner, now: Date) {
  return {
    id: offer.id,
    tenantId: offer.tenantId,
    partnerId: partner.partnerId,
    message: offer.message,
    status: offerStatus(offer, now),
    expiresAt: offer.expiresAt,
    createdAt: offer.createdAt,
    respondedAt: offer.respondedAt,
  };
}

export function delegatedAdminView({ partner, since }: { partner: Partner; since: string }) {
  return { partnerId: partner.partnerId, name: partner.name, since };
}
