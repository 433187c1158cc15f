import { describe, expect, it } from 'vitest';
import { codeOf } from '../support/domain-errors';
import {
  MAX_KEYS_PER_REDEMPTION,
  assertCanAddKey,
  confirmed,
  effectiveStatus,
  expired,
  keysReleased,
  startRedemption,
  summarize,
  withKeyAdded,
  withKeyRemoved,
  type Redemption,
  type RedemptionKey,
} from '../../shared/domain/redemption';

const T0 = new Date('2026-11-25T10:00:00.000Z');
const TTL = 60;
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

function buildRedemption(overrides: Partial<Redemption> = {}): Redemption {
  return { ...startRedemption({ id: 'r1', partnerId: 'p1', now: T0, ttlMinutes: TTL }), ...overrides };
}

function buildKey(overrides: Partial<RedemptionKey> = {}): RedemptionKey {
  return {
    keyRef: `ref-${Math.random()}`,
    keyId: `key-${Math.random()}`,
    lastGroup: 'BCDFG',
    sku: 'BUSINESS_BASIC',
    seats: 5,
    termMonths: 12,
    addedAt: T0.toISOString(),
    ...overrides,
  };
}

describe('redemption rules', () => {
  it('when started, then it is open, empty and lives TTL minutes', () => {
    const r = buildRedemption();
    expect(r).toMatchObject({
      status: 'open',
      keys: [],
      expiresAt: minutes(TTL).toISOString(),
      cleanupAt: minutes(TTL).toISOString(),
    });
  });

  it.each([
    ['open', 59, 'open'],
    ['open', 60, 'expired'],
    ['confirmed', 61, 'expired'],
    ['completed', 600, 'completed'],
    ['expired', 1, 'expired'],
  ] as const)('when %s and %i minutes have passed, then it reads as %s', (status, after, expected) => {
    expect(effectiveStatus(buildRedemption({ status }), minutes(after))).toBe(expected);
  });

  it('when a key is added, then the idle timer restarts from that change', () => {
    const r = withKeyAdded(buildRedemption(), buildKey(), minutes(30), TTL);
    expect(r.expiresAt).toBe(minutes(90).toISOString());
    expect(r.keys).toHaveLength(1);
  });

  it.each([
    ['a key of another product', { sku: 'BUSINESS_PREMIUM' }, 'key_sku_mismatch'],
    ['a key of another term', { termMonths: 24 }, 'key_sku_mismatch'],
    ['a key of the same product and term', {}, undefined],
  ])('when the redemption holds a key and %s is added, then %s', (_what, keyOverrides, code) => {
    const r = withKeyAdded(buildRedemption(), buildKey(), T0, TTL);
    expect(
      codeOf(() =>
        assertCanAddKey(r, { keyId: 'new', sku: 'BUSINESS_BASIC', termMonths: 12, ...keyOverrides }, T0),
      ),
    ).toBe(code);
  });

  it('when the same key is added twice, then key_already_added', () => {
    const key = buildKey();
    const r = withKeyAdded(buildRedemption(), key, T0, TTL);
    expect(codeOf(() => withKeyAdded(r, { ...key, keyRef: 'other' }, T0, TTL))).toBe('key_already_added');
  });

  it(`when ${MAX_KEYS_PER_REDEMPTION} keys are held, then one more is too_many_keys`, () => {
    let r = buildRedemption();
    for (let i = 0; i < MAX_KEYS_PER_REDEMPTION; i += 1) r = withKeyAdded(r, buildKey(), T0, TTL);
    expect(codeOf(() => withKeyAdded(r, buildKey(), T0, TTL))).toBe('too_many_keys');
  });

  it.each([
    ['confirmed', 'redemption_not_open'],
    ['completed', 'redemption_not_open'],
    ['expired', 'redemption_expired'],
  ] as const)('when the redemption is %s, then adding or removing a key is %s', (status, code) => {
    const r = buildRedemption({ status, keys: [buildKey({ keyRef: 'k' })] });
    expect(codeOf(() => withKeyAdded(r, buildKey(), T0, TTL))).toBe(code);
    expect(codeOf(() => withKeyRemoved(r, 'k', T0, TTL))).toBe(code);
  });

  it('when an idle open redemption is changed after its expiry, then redemption_expired', () => {
    expect(codeOf(() => withKeyAdded(buildRedemption(), buildKey(), minutes(61), TTL))).toBe(
      'redemption_expired',
    );
  });

  it('when confirmed, then keys are frozen and confirming again keeps the first confirmation time', () => {
    const r = confirmed(withKeyAdded(buildRedemption(), buildKey(), T0, TTL), minutes(1), TTL);
    expect(r).toMatchObject({ status: 'confirmed', confirmedAt: minutes(1).toISOString() });
    expect(confirmed(r, minutes(2), TTL).confirmedAt).toBe(minutes(1).toISOString());
    expect(codeOf(() => confirmed(buildRedemption(), T0, TTL))).toBe('redemption_empty');
    expect(
      codeOf(() => confirmed(buildRedemption({ status: 'completed', keys: [buildKey()] }), T0, TTL)),
    ).toBe('redemption_completed');
  });

  it('when keys are summed, then the summary carries product, term and total seats', () => {
    expect(summarize([])).toBeNull();
    expect(summarize([buildKey({ seats: 5 }), buildKey({ seats: 20 })])).toEqual({
      sku: 'BUSINESS_BASIC',
      termMonths: 12,
      totalSeats: 25,
    });
  });

  it('when expired and then released, then the cleanup has nothing left to do', () => {
    const r = expired(buildRedemption(), minutes(61));
    expect(r).toMatchObject({ status: 'expired', cleanupAt: minutes(61).toISOString() });
    expect(keysReleased(r).cleanupAt).toBeNull();
  });
});
