import { describe, expect, it } from 'vitest';
import { lookupKey } from '../../shared/app/product-keys';
import { cleanUpRedemptions } from '../../shared/app/redemption-cleanup';
import { addKey, confirmRedemption, getRedemption, listRedemptions } from '../../shared/app/redemptions';
import { effectiveStatus } from '../../shared/domain/redemption';
import { operator, rejectedCode, useCaseDeps, type SeededPartner } from '../support/usecase';

/**
 * The redemption wizard's idle expiry (REDEMPTION_TTL_MINUTES, 60 by default) and the keys it gives
 * back, read and swept by the use cases on a clock the tests move; and which failed look-ups count
 * toward the limit. What a client sees over HTTP (410 first, 429 with Retry-After, look-ups racing)
 * is test/component/redemption-expiry.test.ts.
 */
const world = useCaseDeps();
const HOUR = 60 * 60_000;

async function keyState(key: string): Promise<string> {
  return (await lookupKey(world.deps, operator, key)).state;
}

/** The stored record of a key, not its state as read at an instant. */
async function storedKey(key: string) {
  const id = world.deps.hasher.hash('product-key', key.replaceAll('-', ''));
  return (await world.deps.repos.productKeys.get(id))?.value;
}

async function storedRedemption(partner: SeededPartner, id: string) {
  return (await world.deps.repos.redemptions.get(partner.partner.id, id))?.value;
}

async function statusOf(partner: SeededPartner, id: string): Promise<string> {
  const { redemption, at } = await getRedemption(world.deps, partner.principal, id);
  return effectiveStatus(redemption, at);
}

describe('idle redemptions', () => {
  it('when a redemption sits idle past its TTL, then reading it expires it and releases its keys', async () => {
    const partner = await world.partner();
    const [k1, k2] = (await world.mintKeys(2)) as [string, string];
    const id = await world.openRedemption(partner, [k1, k2]);
    expect(await keyState(k1)).toBe('reserved');

    world.clock.advance(HOUR + 1_000);
    expect(await statusOf(partner, id)).toBe('expired');
    expect(await storedRedemption(partner, id)).toMatchObject({ status: 'expired', cleanupAt: null });
    for (const key of [k1, k2])
      expect(await storedKey(key)).toMatchObject({ state: 'available', reservation: null });
    expect(await rejectedCode(addKey(world.deps, partner.principal, id, k1))).toBe('redemption_expired');
    expect(await rejectedCode(confirmRedemption(world.deps, partner.principal, id))).toBe(
      'redemption_expired',
    );
    const expired = await listRedemptions(world.deps, partner.principal, { limit: 50, status: 'expired' });
    expect(expired.items.map((r) => r.redemption.id)).toContain(id);
  });

  it('when each change comes within the TTL, then the redemption stays open', async () => {
    const partner = await world.partner();
    const keys = await world.mintKeys(3);
    const id = await world.openRedemption(partner);
    for (const key of keys) {
      world.clock.advance(HOUR - 60_000);
      await addKey(world.deps, partner.principal, id, key);
    }
    expect(await statusOf(partner, id)).toBe('open');
    expect(await Promise.all(keys.map(keyState))).toEqual(['reserved', 'reserved', 'reserved']);
  });

  it('when a confirmed redemption sits idle, then it expires too', async () => {
    const partner = await world.partner();
    const key = await world.mintKey();
    const id = await world.confirmedRedemption(partner, [key]);
    world.clock.advance(HOUR + 1_000);
    expect(await statusOf(partner, id)).toBe('expired');
    expect(await keyState(key)).toBe('available');
  });

  it('when nobody reads an idle redemption, then the redemption-cleanup timer expires it and frees its keys', async () => {
    const partner = await world.partner();
    const keys = await world.mintKeys(3);
    const idle = await world.openRedemption(partner, keys.slice(0, 2));
    world.clock.advance(HOUR + 1_000);
    const fresh = await world.openRedemption(partner, keys.slice(2));

    const counts = await cleanUpRedemptions(world.deps);

    expect(counts).toMatchObject({ resumed: 0, refused: 0, failed: 0 });
    expect(counts.expired).toBeGreaterThanOrEqual(1);
    expect(await storedRedemption(partner, idle)).toMatchObject({ status: 'expired', cleanupAt: null });
    expect(await storedRedemption(partner, fresh)).toMatchObject({ status: 'open' });
    expect(await Promise.all(keys.map(async (key) => (await storedKey(key))?.state))).toEqual([
      'available',
      'available',
      'reserved',
    ]);
    // Nothing is left for a second run to do.
    const due = await world.deps.repos.redemptions.listDueForCleanup(world.clock.now(), {
      limit: 100,
      continuationToken: null,
    });
    expect(due.items.map((r) => r.value.id)).not.toContain(idle);
  });

  it('when an expired redemption still marks a key reserved, then another partner can take it before any cleanup', async () => {
    const [a, b] = [await world.partner(), await world.partner()];
    const key = await world.mintKey();
    await world.openRedemption(a, [key]);
    world.clock.advance(HOUR + 1_000);
    expect((await storedKey(key))?.state).toBe('reserved');
    expect(await keyState(key)).toBe('available');
    const taken = await world.openRedemption(b);
    await addKey(world.deps, b.principal, taken, key);
    expect(await keyState(key)).toBe('reserved');
    expect((await storedKey(key))?.reservation?.redemptionId).toBe(taken);
  });
});

describe('failed key look-ups', () => {
  it('when invalid formats are sent, then they do not count toward the limit', async () => {
    const partner = await world.partner();
    const id = await world.openRedemption(partner);
    for (let i = 0; i < 25; i += 1)
      expect(await rejectedCode(addKey(world.deps, partner.principal, id, 'NOT-A-KEY'))).toBe(
        'invalid_key_format',
      );
    expect((await world.deps.repos.failedKeyAttempts.get(partner.partner.id))?.value.failures ?? []).toEqual(
      [],
    );
    expect(
      await rejectedCode(addKey(world.deps, partner.principal, id, 'BBBBB-BBBBB-BBBBB-BBBBB-BBBBB')),
    ).toBe('key_not_found');
    expect((await world.deps.repos.failedKeyAttempts.get(partner.partner.id))?.value.failures).toHaveLength(
      1,
    );
  });
});
