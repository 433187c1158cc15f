import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addKey,
  asOperator,
  buildPartner,
  call,
  expectProblem,
  mintKeys,
  openRedemption,
} from '../support/api';
import { unknownKey } from '../support/keys';
import { startOwnHost, type OwnHost } from '../support/own-host';

/** Idle expiry needs the clock to move, so these tests run on a host (and database) of their own. */
let own: OwnHost;
let base: string;
const HOUR = 60 * 60_000;

beforeAll(async () => {
  own = await startOwnHost();
  base = own.apiBaseUrl;
});
afterAll(async () => own?.stop());

async function keyState(key: string) {
  return (await call('POST', '/product-keys/lookup', { ...asOperator(base), body: { key } })).body;
}

async function storedRedemption(id: string, partnerId: string) {
  return (await own.runtime.deps.repos.redemptions.get(partnerId, id))?.value;
}

describe('idle redemptions', () => {
  it('when a redemption sits idle past its TTL, then reading it expires it and releases its keys', async () => {
    const partner = await buildPartner({}, base);
    const [k1, k2] = (await mintKeys(2, {}, base)) as [string, string];
    const id = await openRedemption(partner, base);
    await addKey(partner, id, k1, base);
    await addKey(partner, id, k2, base);
    expect((await keyState(k1)).state).toBe('reserved');

    own.clock.advance(HOUR + 1_000);
    const read = await call('GET', `/redemptions/${id}`, { token: partner.token, baseUrl: base });
    expect(read.status).toBe(200);
    expect(read.body.status).toBe('expired');
    const stored = await storedRedemption(id, partner.id);
    expect(stored).toMatchObject({ status: 'expired', cleanupAt: null });
    for (const key of [k1, k2]) {
      const doc = await own.runtime.deps.repos.productKeys.get(
        own.runtime.deps.hasher.hash('product-key', key.replaceAll('-', '')),
      );
      expect(doc?.value).toMatchObject({ state: 'available', reservation: null });
    }
    expectProblem(await addKey(partner, id, k1, base), 410, 'redemption_expired');
    expectProblem(
      await call('POST', `/redemptions/${id}/confirm`, { token: partner.token, baseUrl: base }),
      410,
      'redemption_expired',
    );
    expect(
      (
        await call('GET', '/redemptions?status=expired', { token: partner.token, baseUrl: base })
      ).body.items.map((r: { id: string }) => r.id),
    ).toContain(id);
  });

  it('when each change comes within the TTL, then the redemption stays open', async () => {
    const partner = await buildPartner({}, base);
    const keys = await mintKeys(3, {}, base);
    const id = await openRedemption(partner, base);
    for (const key of keys) {
      own.clock.advance(HOUR - 60_000);
      expect((await addKey(partner, id, key, base)).status).toBe(201);
    }
    expect(
      (await call('GET', `/redemptions/${id}`, { token: partner.token, baseUrl: base })).body.status,
    ).toBe('open');
  });

  it('when a confirmed redemption sits idle, then it expires too', async () => {
    const partner = await buildPartner({}, base);
    const [key] = (await mintKeys(1, {}, base)) as [string];
    const id = await openRedemption(partner, base);
    await addKey(partner, id, key, base);
    await call('POST', `/redemptions/${id}/confirm`, { token: partner.token, baseUrl: base });
    own.clock.advance(HOUR + 1_000);
    expect(
      (await call('GET', `/redemptions/${id}`, { token: partner.token, baseUrl: base })).body.status,
    ).toBe('expired');
    expect((await keyState(key)).state).toBe('available');
  });

  it('when nobody reads an idle redemption, then the redemption-cleanup timer expires it and frees its keys', async () => {
    const partner = await buildPartner({}, base);
    const keys = await mintKeys(3, {}, base);
    const idle = await openRedemption(partner, base);
    for (const key of keys.slice(0, 2)) await addKey(partner, idle, key, base);
    own.clock.advance(HOUR + 1_000);
    const fresh = await openRedemption(partner, base);
    await addKey(partner, fresh, keys[2] as string, base);

    await own.host.invoke('redemption-cleanup');

    expect(await storedRedemption(idle, partner.id)).toMatchObject({ status: 'expired', cleanupAt: null });
    expect(await storedRedemption(fresh, partner.id)).toMatchObject({ status: 'open' });
    const states = await Promise.all(keys.map(async (key) => (await keyState(key)).state));
    expect(states).toEqual(['available', 'available', 'reserved']);
    // Nothing is left for a second run to do.
    const due = await own.runtime.deps.repos.redemptions.listDueForCleanup(own.clock.now(), {
      limit: 100,
      continuationToken: null,
    });
    expect(due.items.map((r) => r.value.id)).not.toContain(idle);
  });

  it('when an expired redemption still marks a key reserved, then another partner can take it before any cleanup', async () => {
    const [a, b] = [await buildPartner({}, base), await buildPartner({}, base)];
    const [key] = (await mintKeys(1, {}, base)) as [string];
    await addKey(a, await openRedemption(a, base), key, base);
    own.clock.advance(HOUR + 1_000);
    expect((await keyState(key)).state).toBe('available');
    const taken = await addKey(b, await openRedemption(b, base), key, base);
    expect(taken.status).toBe(201);
    expect((await keyState(key)).state).toBe('reserved');
  });
});

describe('failed key look-ups', () => {
  it('when a partner fails 20 look-ups in 10 minutes, then the next is 429 with Retry-After until the window moves', async () => {
    const [guesser, bystander] = [await buildPartner({}, base), await buildPartner({}, base)];
    const id = await openRedemption(guesser, base);
    const [real] = (await mintKeys(1, {}, base)) as [string];
    for (let i = 0; i < 10; i += 1)
      expectProblem(
        await addKey(guesser, id, 'BBBBB-BBBBB-BBBBB-BBBBB-BBBBC', base),
        422,
        'key_checksum_mismatch',
      );
    for (let i = 0; i < 10; i += 1)
      expectProblem(await addKey(guesser, id, 'BBBBB-BBBBB-BBBBB-BBBBB-BBBBB', base), 422, 'key_not_found');
    // Format errors are not guesses: they do not count, but are refused like everything else once blocked.
    const blocked = await addKey(guesser, id, real, base);
    expectProblem(blocked, 429, 'too_many_failed_key_attempts');
    const retryAfter = Number(blocked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(590);
    expect(retryAfter).toBeLessThanOrEqual(600);
    expect((await addKey(bystander, await openRedemption(bystander, base), real, base)).status).toBe(201);

    own.clock.advance((retryAfter - 5) * 1000);
    expectProblem(
      await addKey(guesser, id, 'BBBBB-BBBBB-BBBBB-BBBBB-BBBBB', base),
      429,
      'too_many_failed_key_attempts',
    );
    own.clock.advance(6 * 1000);
    expectProblem(await addKey(guesser, id, 'BBBBB-BBBBB-BBBBB-BBBBB-BBBBB', base), 422, 'key_not_found');
  });

  it('when invalid formats are sent, then they do not count toward the limit', async () => {
    const partner = await buildPartner({}, base);
    const id = await openRedemption(partner, base);
    for (let i = 0; i < 25; i += 1)
      expectProblem(await addKey(partner, id, 'NOT-A-KEY', base), 422, 'invalid_key_format');
    expectProblem(await addKey(partner, id, 'BBBBB-BBBBB-BBBBB-BBBBB-BBBBB', base), 422, 'key_not_found');
  });

  it('when 64 look-ups of unknown keys land at once, then at most 20 are looked up, the rest are 429, and every failure is counted', async () => {
    const partner = await buildPartner({}, base);
    const id = await openRedemption(partner, base);
    const responses = await Promise.all(
      Array.from({ length: 64 }, () => addKey(partner, id, unknownKey(), base)),
    );
    const codes = responses.map((r) => r.body?.code as string);
    const lookedUp = codes.filter((code) => code === 'key_not_found').length;
    expect(lookedUp).toBeLessThanOrEqual(20);
    expect(lookedUp).toBeGreaterThan(0);
    // A writer that lost the race for the record twelve times is told the store is busy: also no look-up.
    expect(
      codes.filter((c) => !['key_not_found', 'too_many_failed_key_attempts', 'store_busy'].includes(c)),
    ).toEqual([]);
    const record = await own.runtime.deps.repos.failedKeyAttempts.get(partner.id);
    expect(record?.value.failures.length).toBe(lookedUp);
    expect(record?.value.reservations ?? []).toEqual([]);
    expectProblem(
      await addKey(partner, id, 'BBBBB-BBBBB-BBBBB-BBBBB-BBBBB', base),
      429,
      'too_many_failed_key_attempts',
    );
  });

  it('when anything is asked of an expired wizard, then it says expired (410) first, whatever the key or keyRef, and nothing is looked up, reserved or counted', async () => {
    const partner = await buildPartner({}, base);
    const [kept, fresh] = (await mintKeys(2, {}, base)) as [string, string];
    const id = await openRedemption(partner, base);
    const added = await addKey(partner, id, kept, base);
    own.clock.advance(HOUR + 1_000);
    const attemptsBefore =
      (await own.runtime.deps.repos.failedKeyAttempts.get(partner.id))?.value.failures.length ?? 0;
    const unknown = 'BBBBB-BBBBB-BBBBB-BBBBB-BBBBB';
    for (const key of [fresh, unknown, 'BBBBB-BBBBB-BBBBB-BBBBB-BBBBC', 'not a key']) {
      expectProblem(await addKey(partner, id, key, base), 410, 'redemption_expired');
    }
    expect((await keyState(fresh)).state).toBe('available');
    const freshDoc = await own.runtime.deps.repos.productKeys.get(
      own.runtime.deps.hasher.hash('product-key', fresh.replaceAll('-', '')),
    );
    expect(freshDoc?.value.reservation).toBeNull();
    expect((await own.runtime.deps.repos.failedKeyAttempts.get(partner.id))?.value.failures.length ?? 0).toBe(
      attemptsBefore,
    );
    for (const keyRef of [added.body.keyRef, '0123456789abcdef', 'not-a-key-ref']) {
      expectProblem(
        await call('DELETE', `/redemptions/${id}/keys/${keyRef}`, { token: partner.token, baseUrl: base }),
        410,
        'redemption_expired',
      );
    }
  });
});
