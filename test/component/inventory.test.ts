import { describe, expect, it } from 'vitest';
import { checkKey } from '../../shared/domain/product-key';
import { mistyped, unknownKey } from '../support/keys';
import {
  asOperator,
  buildPartner,
  call,
  expectProblem,
  mintKey,
  mintKeys,
  openRedemption,
  addKey,
} from '../support/api';

/**
 * The operator's inventory over HTTP. A batch of the largest size (10,000 keys in one call, under the
 * store's request-unit budget) is test/component/key-batches.test.ts.
 */
describe('product-key inventory', () => {
  it('when the operator mints keys, then valid distinct keys come back once and look up as available', async () => {
    const response = await call('POST', '/product-key-batches', {
      ...asOperator(),
      body: { sku: 'BUSINESS_PREMIUM', seatsPerKey: 25, termMonths: 12, count: 5 },
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      sku: 'BUSINESS_PREMIUM',
      seatsPerKey: 25,
      termMonths: 12,
      minted: 5,
      imported: 0,
      duplicates: 0,
      invalid: [],
    });
    const keys: string[] = response.body.keys;
    expect(new Set(keys).size).toBe(5);
    for (const key of keys) {
      expect(key).toMatch(/^([BCDFGHJKMPQRTVWXY2346789]{5}-){4}[BCDFGHJKMPQRTVWXY2346789]{5}$/);
      expect(checkKey(key).ok).toBe(true);
    }
    const lookup = await call('POST', '/product-keys/lookup', {
      ...asOperator(),
      body: { key: keys[0]?.toLowerCase() },
    });
    expect(lookup.status).toBe(200);
    expect(lookup.body).toEqual({
      maskedKey: `•••••-•••••-•••••-•••••-${keys[0]?.slice(-5)}`,
      sku: 'BUSINESS_PREMIUM',
      seats: 25,
      termMonths: 12,
      state: 'available',
    });
  });

  it('when keys are imported, then invalid ones are listed by position and known ones counted as duplicates', async () => {
    const [existing] = await mintKeys(1);
    const fresh = unknownKey();
    const response = await call('POST', '/product-key-batches', {
      ...asOperator(),
      body: {
        sku: 'BUSINESS_BASIC',
        seatsPerKey: 10,
        termMonths: 12,
        keys: [fresh, 'not a key', existing, mistyped(fresh), fresh.toLowerCase()],
      },
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      keys: [],
      minted: 0,
      imported: 1,
      duplicates: 2,
      invalid: [
        { index: 1, code: 'invalid_key_format' },
        { index: 3, code: 'key_checksum_mismatch' },
      ],
    });
    const lookup = await call('POST', '/product-keys/lookup', { ...asOperator(), body: { key: fresh } });
    expect(lookup.body).toMatchObject({ state: 'available', seats: 10 });
  });

  it('when a batch request is malformed, then 400 validation_failed names each field', async () => {
    const response = await call('POST', '/product-key-batches', {
      ...asOperator(),
      body: { sku: 'NOPE', seatsPerKey: 0, termMonths: 37, count: 10_001 },
    });
    expectProblem(response, 400, 'validation_failed');
    expect(response.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'count',
      'seatsPerKey',
      'sku',
      'termMonths',
    ]);
    const both = await call('POST', '/product-key-batches', {
      ...asOperator(),
      body: { sku: 'BUSINESS_BASIC', seatsPerKey: 1, termMonths: 1, count: 1, keys: ['x'] },
    });
    expectProblem(both, 400, 'validation_failed');
    const neither = await call('POST', '/product-key-batches', {
      ...asOperator(),
      body: { sku: 'BUSINESS_BASIC', seatsPerKey: 1, termMonths: 1 },
    });
    expectProblem(neither, 400, 'validation_failed');
  });

  it.each([
    ['a wrong format', () => 'ABCDE-12345', 422, 'invalid_key_format'],
    ['a typing mistake', () => mistyped('BCDFG-HJKMP-QRTVW-XY234-6789B'), 422, 'key_checksum_mismatch'],
    ['a key never minted', unknownKey, 422, 'key_not_found'],
  ])('when looking up %s, then %i %s', async (_what, key, status, code) => {
    expectProblem(
      await call('POST', '/product-keys/lookup', { ...asOperator(), body: { key: key() } }),
      status,
      code,
    );
    expectProblem(
      await call('POST', '/product-keys/revoke', { ...asOperator(), body: { key: key(), reason: 'x' } }),
      status,
      code,
    );
  });

  it('when a key is revoked, then it shows revoked, revoking again is harmless, and it cannot be redeemed', async () => {
    const key = await mintKey();
    const revoked = await call('POST', '/product-keys/revoke', {
      ...asOperator(),
      body: { key, reason: 'card reported stolen' },
    });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ state: 'revoked', revocationReason: 'card reported stolen' });
    const again = await call('POST', '/product-keys/revoke', {
      ...asOperator(),
      body: { key, reason: 'twice' },
    });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ state: 'revoked', revocationReason: 'card reported stolen' });
    const partner = await buildPartner();
    expectProblem(await addKey(partner, await openRedemption(partner), key), 422, 'key_revoked');
  });

  it('when a key is held by an open redemption, then lookup shows it reserved by that redemption', async () => {
    const key = await mintKey();
    const partner = await buildPartner();
    const redemptionId = await openRedemption(partner);
    expect((await addKey(partner, redemptionId, key)).status).toBe(201);
    const lookup = await call('POST', '/product-keys/lookup', { ...asOperator(), body: { key } });
    expect(lookup.body).toMatchObject({ state: 'reserved', redemptionId });
  });

  it('when a partner calls the inventory, then 403 forbidden', async () => {
    const partner = await buildPartner();
    expectProblem(
      await call('POST', '/product-key-batches', {
        token: partner.token,
        body: { sku: 'BUSINESS_BASIC', seatsPerKey: 1, termMonths: 1, count: 1 },
      }),
      403,
      'forbidden',
    );
    expectProblem(
      await call('POST', '/product-keys/lookup', { token: partner.token, body: { key: unknownKey() } }),
      403,
      'forbidden',
    );
    expectProblem(
      await call('POST', '/product-keys/revoke', {
        token: partner.token,
        body: { key: unknownKey(), reason: 'x' },
      }),
      403,
      'forbidden',
    );
  });
});
