import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { asOperator, buildPartner, call, expectProblem, mintKeys } from '../support/api';
import { sharedStore } from '../support/store';
import { adminToken, buildTenant, confirmedRedemption, createTenantBody } from '../support/tenants';

async function tenantsWithDomain(domain: string): Promise<string[]> {
  const { cosmos, databaseId } = sharedStore();
  const { resources } = await cosmos
    .database(databaseId)
    .container('tenants')
    .items.query<{ id: string }>({
      query: 'SELECT c.id FROM c WHERE c.domain = @domain',
      parameters: [{ name: '@domain', value: domain }],
    })
    .fetchAll();
  cosmos.dispose();
  return resources.map((r) => r.id);
}

describe('concurrent completion and licenses', () => {
  it.each([
    ['without an Idempotency-Key', () => ({})],
    ['with one shared Idempotency-Key', (key: string) => ({ 'idempotency-key': key })],
  ])(
    'when 20 complete calls race on one redemption %s, then one tenant is created',
    async (_how, headersFor) => {
      const partner = await buildPartner();
      const redemptionId = await confirmedRedemption(partner, await mintKeys(2));
      const body = createTenantBody({ partnerOfRecord: true });
      const key = randomUUID();
      const responses = await Promise.all(
        Array.from({ length: 20 }, () =>
          call('POST', `/redemptions/${redemptionId}/complete`, {
            token: partner.token,
            body,
            headers: headersFor(key),
          }),
        ),
      );
      const created = responses.filter((r) => r.status === 201);
      const others = responses.filter((r) => r.status !== 201);
      expect(created.length).toBeGreaterThanOrEqual(1);
      // The others are told to try again: the first is still running, or (on a machine loaded enough
      // that a store call outlasts its 3 s deadline) the store did not answer in time. Never another answer.
      expect(
        others.filter(
          (r) =>
            !(r.status === 409 && r.body?.code === 'request_in_progress') &&
            !(
              r.status === 503 &&
              r.body?.code === 'store_unavailable' &&
              Number(r.headers.get('retry-after')) > 0
            ),
        ),
      ).toEqual([]);
      expect(new Set(created.map((r) => r.body.tenant.id)).size).toBe(1);
      const domain = `${body.tenant.domainPrefix}.onmicrosoft.com`;
      expect(await tenantsWithDomain(domain)).toEqual([created[0]?.body.tenant.id]);
      const listed = await call('GET', '/tenants', { token: partner.token });
      expect(listed.body.items).toHaveLength(1);
    },
  );

  it('when 30 users are added at once to a 25-seat subscription, then exactly the 24 free seats are taken', async () => {
    const made = await buildTenant({ terms: { seatsPerKey: 25 } });
    const token = await adminToken(made);
    // Thirty writers on one subscription: one wins each round of conditional writes, and one that
    // loses every try gets 503 store_busy with Retry-After (never a lost or doubled seat). How many
    // lose that way depends on the machine's load, so each is sent again as a client would, under
    // its Idempotency-Key, until it is answered for good: the outcome then does not.
    const responses = await Promise.all(
      Array.from({ length: 30 }, async (_, i) => {
        const request = {
          token,
          headers: { 'idempotency-key': `add-user-${i}` },
          body: { firstName: 'U', lastName: String(i), userName: `user${i}` },
        };
        for (;;) {
          const response = await call('POST', `/tenants/${made.tenantId}/users`, request);
          if (response.status !== 503) return response;
          expectProblem(response, 503, 'store_busy');
          await sleep(Number(response.headers.get('retry-after')) * 1000);
        }
      }),
    );
    const created = responses.filter((r) => r.status === 201);
    const refused = responses.filter((r) => r.status !== 201);
    expect(created).toHaveLength(24);
    refused.forEach((r) => expectProblem(r, 409, 'no_licenses_available'));
    const subscription = await call('GET', `/subscriptions/${made.subscriptionId}`, { token });
    expect(subscription.body).toMatchObject({ seats: 25, assignedSeats: 25 });
    const users = await call('GET', `/tenants/${made.tenantId}/users?limit=100`, { token });
    expect(users.body.items).toHaveLength(25);
    expect(users.body.items.every((u: { licensed: boolean }) => u.licensed)).toBe(true);
  });

  it('when two redemptions create a tenant with the same prefix at once, then one wins and the loser keeps its keys for another prefix', async () => {
    const [a, b] = [await buildPartner(), await buildPartner()];
    const [keysA, keysB] = [await mintKeys(1), await mintKeys(1)];
    const [ra, rb] = [await confirmedRedemption(a, keysA), await confirmedRedemption(b, keysB)];
    const bodyA = createTenantBody();
    const bodyB = createTenantBody({}, { domainPrefix: bodyA.tenant.domainPrefix });
    const [first, second] = await Promise.all([
      call('POST', `/redemptions/${ra}/complete`, { token: a.token, body: bodyA }),
      call('POST', `/redemptions/${rb}/complete`, { token: b.token, body: bodyB }),
    ]);
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([201, 409]);
    const [winner, loser] = first.status === 201 ? [first, second] : [second, first];
    expectProblem(loser, 409, 'domain_unavailable');
    expect(await tenantsWithDomain(`${bodyA.tenant.domainPrefix}.onmicrosoft.com`)).toEqual([
      winner.body.tenant.id,
    ]);

    const [loserPartner, loserRedemption, loserKeys] = first.status === 201 ? [b, rb, keysB] : [a, ra, keysA];
    const lookup = await call('POST', '/product-keys/lookup', {
      ...asOperator(),
      body: { key: loserKeys[0] },
    });
    expect(lookup.body).toMatchObject({ state: 'reserved', redemptionId: loserRedemption });
    const retry = await call('POST', `/redemptions/${loserRedemption}/complete`, {
      token: loserPartner.token,
      body: createTenantBody(),
    });
    expect(retry.status).toBe(201);
  });
});
