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

/**
 * What a client sees of the wizard's limits over HTTP: 429 with Retry-After while failed look-ups are
 * over the limit, look-ups racing, and 410 before anything else once a wizard has expired. The clock
 * must move, so these tests run on a host (and database) of their own. Idle expiry, the cleanup timer
 * and which look-ups count are test/usecase/redemptions.test.ts.
 */
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
