import type { KeyStatus } from '../app/product-keys';
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
