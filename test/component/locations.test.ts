import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { randomSymbolIndex } from '../../shared/crypto/secrets';
import { formatKey, generateKey } from '../../shared/domain/product-key';
import { ALL_OPERATIONS } from '../../shared/http/operations';
import {
  addKey,
  apiBaseUrl,
  asOperator,
  buildPartner,
  call,
  expectProblem,
  mintKey,
  mintKeys,
  uniqueProgramId,
  type ApiResponse,
  type CallOptions,
} from '../support/api';
import { adminToken, buildTenant, confirmedRedemption, createTenantBody } from '../support/tenants';

/**
 * A 201's `Location` names a resource a client can read: followed with the same credentials, it
 * answers 200 with what the 201 gave (docs/api.md: POST /partners, POST /tenants/{id}/users).
 */
function followable(response: ApiResponse<any>): string {
  expect(response.status, response.text).toBe(201);
  const location = response.headers.get('location');
  const base = new URL(apiBaseUrl()).pathname;
  expect(location, 'a Location under the API base').toMatch(new RegExp(`^${base}/`));
  return (location as string).slice(base.length);
}

/** Follows a 201's Location as `who`: 200, and the path it named. */
async function follow(response: ApiResponse<any>, who: CallOptions) {
  const path = followable(response);
  const followed = await call('GET', path, who);
  expect(followed.status, `GET ${path}: ${followed.text}`).toBe(200);
  return { path, followed };
}

/** The 201s that show a secret once (a token, minted keys): no cache may keep them. */
const SHOWS_A_SECRET = [
  'partners-create',
  'partners-tokens-create',
  'product-key-batches-create',
  'webhook-endpoints-create',
];

function expectNoStore(response: ApiResponse<any>, secret: boolean): void {
  expect(response.headers.get('cache-control'), response.text).toBe(secret ? 'no-store' : null);
}

describe('locations you can follow', () => {
  it('when the contract is read, then every 201 declares a Location, and those that show a secret once declare Cache-Control', () => {
    const created = ALL_OPERATIONS.flatMap((op) =>
      op.responses.filter((r) => r.status === 201).map((r) => ({ name: op.name, headers: r.headers ?? [] })),
    );
    expect(created.length).toBeGreaterThanOrEqual(9);
    for (const { name, headers } of created) {
      expect(headers, name).toContain('location');
      expect(headers.includes('cache-control'), name).toBe(SHOWS_A_SECRET.includes(name));
    }
  });

  it('when the operator follows the Location of POST /partners, then 200 with the partner as registered, never its token', async () => {
    const created = await call('POST', '/partners', {
      ...asOperator(),
      body: {
        name: 'Northwind',
        partnerId: uniqueProgramId(),
        email: 'ops@northwind.example',
        cloudEssentials: true,
      },
    });
    const { token, ...partner } = created.body;
    expect(token).toMatch(/^kcp_/);
    expectNoStore(created, true);

    const { path, followed } = await follow(created, asOperator());
    expect(path).toBe(`/partners/${partner.id}`);
    expect(followed.body).toEqual(partner);
    expect(followed.text).not.toContain('kcp_');

    // partners/{id} does not answer for partners/me: the partner still reads itself there.
    const me = await call('GET', '/partners/me', { token });
    expect(me.status).toBe(200);
    expect(me.body).toEqual(partner);
  });

  it('when the operator asks for a partner id that names no partner, then 404 not_found', async () => {
    expectProblem(await call('GET', `/partners/${randomUUID()}`, asOperator()), 404, 'not_found');
    expectProblem(await call('GET', '/partners/not-an-id', asOperator()), 404, 'not_found');
  });

  it('when the tenant administrators follow the Location of POST /tenants/{id}/users, then 200 with the user as created', async () => {
    const tenant = await buildTenant({ delegatedAdministration: true });
    const created = await call('POST', `/tenants/${tenant.tenantId}/users`, {
      token: tenant.partner.token,
      body: { firstName: 'Grace', lastName: 'Bianchi', userName: `grace.${randomUUID().slice(0, 8)}` },
    });
    expectNoStore(created, false);
    const path = followable(created);
    expect(path).toBe(`/tenants/${tenant.tenantId}/users/${created.body.id}`);

    const byPartner = await call('GET', path, { token: tenant.partner.token });
    expect(byPartner.status, byPartner.text).toBe(200);
    expect(byPartner.body).toEqual(created.body);
    const byAdmin = await call('GET', path, { token: await adminToken(tenant) });
    expect(byAdmin.status, byAdmin.text).toBe(200);
    expect(byAdmin.body).toEqual(created.body);

    // The admin user, as the list shows it, with its license.
    const admin = await call('GET', `/tenants/${tenant.tenantId}/users/${tenant.adminUserId}`, {
      token: tenant.partner.token,
    });
    expect(admin.body).toMatchObject({
      id: tenant.adminUserId,
      roles: ['global_administrator'],
      licensed: true,
    });
  });

  it("when a user is asked for through another tenant's path, or names no user, then 404 not_found", async () => {
    const partner = await buildPartner();
    const [one, other] = await Promise.all([
      buildTenant({ partner, delegatedAdministration: true }),
      buildTenant({ partner, delegatedAdministration: true }),
    ]);
    const asPartner = { token: partner.token };
    expect((await call('GET', `/tenants/${one.tenantId}/users/${one.adminUserId}`, asPartner)).status).toBe(
      200,
    );
    for (const path of [
      `/tenants/${other.tenantId}/users/${one.adminUserId}`,
      `/tenants/${one.tenantId}/users/${randomUUID()}`,
      `/tenants/${one.tenantId}/users/not-an-id`,
      `/tenants/${randomUUID()}/users/${one.adminUserId}`,
    ])
      expectProblem(await call('GET', path, asPartner), 404, 'not_found');
  });
  it('when the operator issues a partner a new token, then the 201 is not to be stored and its Location is the partner, which shows no token', async () => {
    const partner = await buildPartner();
    const rotated = await call('POST', `/partners/${partner.id}/tokens`, asOperator());
    expect(rotated.body.token).toMatch(/^kcp_/);
    expectNoStore(rotated, true);
    const { path, followed } = await follow(rotated, asOperator());
    expect(path).toBe(`/partners/${partner.id}`);
    expect(followed.body).toMatchObject({ id: partner.id, partnerId: partner.partnerId });
    expect(followed.text).not.toContain('kcp_');
    expect((await call('GET', '/partners/me', { token: rotated.body.token })).status).toBe(200);
  });

  it('when the operator mints a batch, then the 201 is not to be stored and its Location shows the batch, complete, with its counts and never a key', async () => {
    const minted = await call('POST', '/product-key-batches', {
      ...asOperator(),
      body: { sku: 'BUSINESS_BASIC', seatsPerKey: 3, termMonths: 12, count: 3 },
    });
    expect(minted.body.keys).toHaveLength(3);
    expectNoStore(minted, true);
    const { path, followed } = await follow(minted, asOperator());
    expect(path).toBe(`/product-key-batches/${minted.body.batchId}`);
    expect(followed.body).toEqual({
      batchId: minted.body.batchId,
      mode: 'minted',
      status: 'complete',
      sku: 'BUSINESS_BASIC',
      seatsPerKey: 3,
      termMonths: 12,
      minted: 3,
      imported: 0,
      duplicates: 0,
      invalidCount: 0,
      createdAt: expect.any(String),
    });
    for (const key of minted.body.keys as string[]) {
      expect(followed.text).not.toContain(key);
      expect(followed.text).not.toContain(key.replace(/-/g, ''));
    }
  });

  it('when the operator imports a batch, then its Location counts what was imported, what the inventory had and what was not a key', async () => {
    const known = await mintKey();
    const fresh = formatKey(generateKey(randomSymbolIndex));
    const imported = await call('POST', '/product-key-batches', {
      ...asOperator(),
      body: { sku: 'BUSINESS_STANDARD', seatsPerKey: 1, termMonths: 1, keys: [fresh, known, 'not-a-key'] },
    });
    expect(imported.body).toMatchObject({ keys: [], imported: 1, duplicates: 1 });
    expectNoStore(imported, true);
    const { followed } = await follow(imported, asOperator());
    expect(followed.body).toMatchObject({
      batchId: imported.body.batchId,
      mode: 'imported',
      status: 'complete',
      sku: 'BUSINESS_STANDARD',
      minted: 0,
      imported: 1,
      duplicates: 1,
      invalidCount: 1,
    });
    expect(followed.text).not.toContain(fresh);
  });

  it('when a batch id names no batch, then 404 not_found', async () => {
    expectProblem(await call('GET', `/product-key-batches/${randomUUID()}`, asOperator()), 404, 'not_found');
    expectProblem(await call('GET', '/product-key-batches/not-an-id', asOperator()), 404, 'not_found');
  });

  it('when a partner opens a redemption and adds a key, then each Location is the redemption, which holds the key', async () => {
    const partner = await buildPartner();
    const who = { token: partner.token };
    const opened = await call('POST', '/redemptions', { ...who, body: { attestation: true } });
    expectNoStore(opened, false);
    const { path, followed } = await follow(opened, who);
    expect(path).toBe(`/redemptions/${opened.body.id}`);
    expect(followed.body).toMatchObject({ id: opened.body.id, status: opened.body.status, keys: [] });

    const added = await addKey(partner, opened.body.id, await mintKey());
    expectNoStore(added, false);
    const { path: keyPath, followed: holding } = await follow(added, who);
    expect(keyPath).toBe(`/redemptions/${opened.body.id}`);
    expect(holding.body.keys).toEqual([added.body]);
  });

  it("when a tenant is created, offered delegation and switched to direct billing, then each 201's Location answers its caller", async () => {
    const partner = await buildPartner();
    const asPartner = { token: partner.token };
    const redemptionId = await confirmedRedemption(partner, await mintKeys(1, { seatsPerKey: 25 }));
    const request = createTenantBody({ partnerOfRecord: true, delegatedAdministration: false });
    const completed = await call('POST', `/redemptions/${redemptionId}/complete`, {
      ...asPartner,
      body: request,
    });
    expectNoStore(completed, false);
    const tenantId = completed.body.tenant.id as string;
    const { path, followed } = await follow(completed, asPartner);
    expect(path).toBe(`/tenants/${tenantId}`);
    expect(followed.body).toMatchObject({ id: tenantId, domain: completed.body.tenant.domain });

    const offered = await call('POST', `/tenants/${tenantId}/delegation-offers`, {
      ...asPartner,
      body: { message: 'We would like to administer your tenant.' },
    });
    const { path: offerPath, followed: offer } = await follow(offered, asPartner);
    expect(offerPath).toBe(`/delegation-offers/${offered.body.id}`);
    expect(offer.body).toMatchObject({ id: offered.body.id, tenantId, status: 'pending' });

    const admin = {
      token: await adminToken({
        partner,
        redemptionId,
        tenantId,
        subscriptionId: completed.body.subscription.id,
        adminUserId: completed.body.adminUser.id,
        adminEmail: request.tenant.admin.email as string,
        body: completed.body,
      }),
    };
    const switched = await call('POST', `/subscriptions/${completed.body.subscription.id}/direct-billing`, {
      ...admin,
      body: { forfeitPrepaidDays: true },
    });
    expectNoStore(switched, false);
    const { path: subscriptionPath, followed: subscription } = await follow(switched, admin);
    expect(subscriptionPath).toBe(`/subscriptions/${switched.body.subscription.id}`);
    expect(subscription.body).toMatchObject({ id: switched.body.subscription.id, billing: 'direct' });
  });
});
