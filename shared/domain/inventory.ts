import type { Sku } from './catalog';
import { DomainError } from './errors';
import { isLive, type Redemption } from './redemption';
import { iso } from './time';

/**
 * A product key in the inventory. Its id is the keyed hash of the key; only the last group is kept
 * in clear, to show the key back masked.
 */
export type KeyState = 'available' | 'reserved' | 'redeemed' | 'revoked';

export interface KeyReservation {
  redemptionId: string;
  /** Internal partner id: the partition key of the redemption that holds the key. */
  partnerId: string;
  at: string;
}

export interface ProductKeyRecord {
  id: string;
  batchId: string;
  sku: Sku;
  seats: number;
  termMonths: number;
  lastGroup: string;
  state: KeyState;
  reservation: KeyReservation | null;
  redemption: { redemptionId: string; subscriptionId: string; at: string } | null;
  revocation: { reason: string; at: string } | null;
  createdAt: string;
}

/**
 * An add-key call reserves the key first and records it in the redemption second. A reservation
 * whose redemption does not list the key is either such an add in flight or the trace of one that
 * crashed between the two writes; after this long it is treated as the latter.
 */
export const IN_FLIGHT_RESERVATION_MS = 2 * 60_000;

/**
 * A reservation holds while its redemption is live and lists the key (or the add is in flight).
 * Anything else is a stale reservation that the next taker may overwrite, so a crash or an expired
 * wizard never locks a key for good, whether or not the cleanup timer has run.
 */
export function reservationHolds(key: ProductKeyRecord, holder: Redemption | null, now: Date): boolean {
  if (key.state !== 'reserved' || !key.reservation) return false;
  if (!holder || holder.id !== key.reservation.redemptionId || !isLive(holder, now)) return false;
  if (holder.keys.some((k) => k.keyId === key.id)) return true;
  return now.getTime() - Date.parse(key.reservation.at) < IN_FLIGHT_RESERVATION_MS;
}

export function effectiveKeyState(key: ProductKeyRecord, holder: Redemption | null, now: Date): KeyState {
  if (key.state === 'reserved' && !reservationHolds(key, holder, now)) return 'available';
  return key.state;
}

/**
 * Why `redemptionId` may not take this key, if it may not. `holder` is the redemption named by the
 * key's reservation, when there is one.
 */
export function assertKeyTakeable(
  key: ProductKeyRecord,
  holder: Redemption | null,
  redemptionId: string,
  now: Date,
): void {
  if (key.state === 'redeemed') {
    throw new DomainError('key_already_redeemed', 'This key has already been redeemed.');
  }
  if (key.state === 'revoked') {
    throw new DomainError('key_revoked', 'This key has been revoked and cannot be used.');
  }
  if (key.reservation?.redemptionId !== redemptionId && reservationHolds(key, holder, now)) {
    throw new DomainError('key_reserved', 'This key is held by another open redemption.');
  }
}

export function reservedFor(
  key: ProductKeyRecord,
  redemption: Pick<Redemption, 'id' | 'partnerId'>,
  now: Date,
): ProductKeyRecord {
  return {
    ...key,
    state: 'reserved',
    reservation: { redemptionId: redemption.id, partnerId: redemption.partnerId, at: iso(now) },
  };
}

export function released(key: ProductKeyRecord): ProductKeyRecord {
  return { ...key, state: 'available', reservation: null };
}

export function revoked(key: ProductKeyRecord, reason: string, now: Date): ProductKeyRecord {
  if (key.state === 'redeemed') {
    throw new DomainError('key_already_redeemed', 'A redeemed key cannot be revoked.');
  }
  if (key.state === 'revoked') return key;
  return { ...key, state: 'revoked', reservation: null, revocation: { reason, at: iso(now) } };
}

/**
 * The key becomes the subscription's for good. Already redeemed by this very redemption: nothing
 * to do (a retry). No longer this redemption's (revoked meanwhile): the completion stops.
 */
export function redeemedFor(
  key: ProductKeyRecord,
  redemption: Pick<Redemption, 'id'>,
  subscriptionId: string,
  at: Date,
): ProductKeyRecord | undefined {
  if (key.state === 'redeemed' && key.redemption?.redemptionId === redemption.id) return undefined;
  if (key.state === 'revoked') {
    throw new DomainError(
      'key_revoked',
      `The key •••••-${key.lastGroup} was revoked; remove it and complete again.`,
    );
  }
  if (key.state !== 'reserved' || key.reservation?.redemptionId !== redemption.id) {
    throw new DomainError(
      'key_reserved',
      `The key •••••-${key.lastGroup} is no longer held by this redemption.`,
    );
  }
  return {
    ...key,
    state: 'redeemed',
    reservation: null,
    redemption: { redemptionId: redemption.id, subscriptionId, at: iso(at) },
  };
}

/** Undoes redeemedFor for a completion that could not go on: the key is the redemption's again. */
export function redemptionUndone(
  key: ProductKeyRecord,
  redemption: Pick<Redemption, 'id' | 'partnerId'>,
  now: Date,
): ProductKeyRecord | undefined {
  if (key.state !== 'redeemed' || key.redemption?.redemptionId !== redemption.id) return undefined;
  return reservedFor({ ...key, redemption: null }, redemption, now);
}
