import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/domain/errors';
import {
  IN_FLIGHT_RESERVATION_MS,
  assertKeyTakeable,
  effectiveKeyState,
  reservationHolds,
  reservedFor,
  revoked,
  type ProductKeyRecord,
} from '../../shared/domain/inventory';
import { startRedemption, type Redemption } from '../../shared/domain/redemption';

const T0 = new Date('2026-11-25T10:00:00.000Z');
const later = (ms: number) => new Date(T0.getTime() + ms);

function buildKey(overrides: Partial<ProductKeyRecord> = {}): ProductKeyRecord {
  return {
    id: 'key-1',
    batchId: 'b',
    sku: 'BUSINESS_BASIC' as const,
    seats: 5,
    termMonths: 12,
    lastGroup: 'BCDFG',
    state: 'available',
    reservation: null,
    redemption: null,
    revocation: null,
    createdAt: T0.toISOString(),
    ...overrides,
  };
}

function holder(overrides: Partial<Redemption> = {}): Redemption {
  return { ...startRedemption({ id: 'holder', partnerId: 'p', now: T0, ttlMinutes: 60 }), ...overrides };
}

const listing = (keyId: string) => [
  {
    keyRef: 'r',
    keyId,
    lastGroup: 'BCDFG',
    sku: 'BUSINESS_BASIC' as const,
    seats: 5,
    termMonths: 12,
    addedAt: T0.toISOString(),
  },
];

describe('key reservations', () => {
  const reserved = reservedFor(buildKey(), { id: 'holder', partnerId: 'p' }, T0);

  it.each([
    ['its live redemption lists it', holder({ keys: listing('key-1') }), later(1000), true],
    ['the add is still in flight', holder(), later(IN_FLIGHT_RESERVATION_MS - 1), true],
    ['an add crashed before listing it', holder(), later(IN_FLIGHT_RESERVATION_MS), false],
    ['its redemption expired', holder({ keys: listing('key-1') }), later(61 * 60_000), false],
    ['its redemption is gone', null, later(1000), false],
    ['its redemption completed', holder({ status: 'completed', keys: listing('key-1') }), later(1000), false],
  ])('when %s, then the reservation holds: %s', (_what, redemption, now, holds) => {
    expect(reservationHolds(reserved, redemption, now)).toBe(holds);
    expect(effectiveKeyState(reserved, redemption, now)).toBe(holds ? 'reserved' : 'available');
  });

  it('when another redemption holds the key, then taking it is key_reserved; the holder itself may', () => {
    const live = holder({ keys: listing('key-1') });
    expect(() => assertKeyTakeable(reserved, live, 'someone-else', T0)).toThrow(DomainError);
    expect(() => assertKeyTakeable(reserved, live, 'holder', T0)).not.toThrow();
  });

  it.each([
    ['redeemed', 'key_already_redeemed'],
    ['revoked', 'key_revoked'],
  ] as const)('when the key is %s, then taking it is %s', (state, code) => {
    expect(() => assertKeyTakeable(buildKey({ state }), null, 'r', T0)).toThrow(
      expect.objectContaining({ name: 'DomainError', code }),
    );
  });

  it('when revoking, then a redeemed key is refused and a revoked one stays as it was', () => {
    expect(() => revoked(buildKey({ state: 'redeemed' }), 'lost', T0)).toThrow(/redeemed/);
    const once = revoked(reserved, 'stolen', T0);
    expect(once).toMatchObject({ state: 'revoked', reservation: null, revocation: { reason: 'stolen' } });
    expect(revoked(once, 'again', later(1))).toBe(once);
  });
});
