import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { dumpDatabase } from '../../dev/cosmos-server';
import { formatKey, normalizeKey } from '../../shared/domain/product-key';
import { unknownKey } from '../support/keys';
import { adminToken, buildTenant, mailFor } from '../support/tenants';
import {
  addKey,
  asOperator,
  buildPartner,
  call,
  mintKeys,
  openRedemption,
  operatorToken,
} from '../support/api';
import { sharedStore } from '../support/store';

describe('secrets at rest', () => {
  it('when a full scenario has run, then no document of any container holds a product key or token in clear', async () => {
    const secrets: string[] = [operatorToken()];
    const partner = await buildPartner();
    secrets.push(partner.token);
    const rotated = await call('POST', `/partners/${partner.id}/tokens`, {
      ...asOperator(),
      headers: { 'idempotency-key': randomUUID() },
    });
    secrets.push(rotated.body.token);
    const token = rotated.body.token as string;

    const minted = await call('POST', '/product-key-batches', {
      ...asOperator(),
      headers: { 'idempotency-key': randomUUID() },
      body: { sku: 'BUSINESS_BASIC', seatsPerKey: 3, termMonths: 12, count: 3 },
    });
    const keys: string[] = [...minted.body.keys, ...(await mintKeys(2))];
    const importable = formatKey(unknownKey());
    await call('POST', '/product-key-batches', {
      ...asOperator(),
      body: { sku: 'BUSINESS_BASIC', seatsPerKey: 1, termMonths: 12, keys: [importable] },
    });
    keys.push(importable);

    const me = { ...partner, token };
    const redemptionId = await openRedemption(me);
    for (const key of keys.slice(0, 3)) {
      const added = await call('POST', `/redemptions/${redemptionId}/keys`, {
        token,
        body: { key },
        headers: { 'idempotency-key': randomUUID() },
      });
      expect(added.status).toBe(201);
    }
    await addKey(me, redemptionId, 'BBBBB-BBBBB-BBBBB-BBBBB-BBBBB');
    await call('POST', '/product-keys/lookup', { ...asOperator(), body: { key: keys[3] } });
    await call('POST', '/product-keys/revoke', { ...asOperator(), body: { key: keys[4], reason: 'test' } });

    // A tenant: the admin's kca_ token (in the welcome email) and an offer's kco_ link token.
    const made = await buildTenant();
    secrets.push(await adminToken(made));
    const offered = await call('POST', `/tenants/${made.tenantId}/delegation-offers`, {
      token: made.partner.token,
      body: { message: 'Hi' },
    });
    const mail = await mailFor(`delegation_offer:${offered.body.id}`);
    secrets.push(/kco_[A-Za-z0-9_-]{43}/.exec(mail.plainText)?.[0] as string);
    expect(secrets.every((secret) => typeof secret === 'string' && secret.length > 20)).toBe(true);

    const { cosmos, databaseId } = sharedStore();
    const dump = await dumpDatabase(cosmos, databaseId);
    cosmos.dispose();
    const text = JSON.stringify(dump);
    expect(Object.keys(dump).length).toBeGreaterThanOrEqual(7);
    // The scenario did reach the store: its partner and an idempotency record are there.
    expect(text).toContain(partner.id);
    expect(dump['idempotency']?.length).toBeGreaterThan(0);
    for (const secret of secrets) expect(text.includes(secret), 'a token in clear').toBe(false);
    for (const key of keys) {
      const normalized = normalizeKey(key);
      expect(text.includes(key), `key ${key.slice(-5)} in clear`).toBe(false);
      expect(text.includes(normalized), `key ${key.slice(-5)} in clear`).toBe(false);
      // Not even the first four groups: only the last, for masking, is kept.
      expect(text.includes(normalized.slice(0, 20)), 'the hidden groups of a key').toBe(false);
    }
  });
});
