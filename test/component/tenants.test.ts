import { describe, expect, it } from 'vitest';
import { buildPartner, call, expectProblem } from '../support/api';
import { adminToken, buildTenant } from '../support/tenants';

/**
 * Tenants and subscriptions over HTTP: who lists and sees what, paging, the Partner of Record, direct
 * billing with its problem's extension members. Users and their licenses are test/usecase/users.test.ts.
 */
describe('tenants and subscriptions', () => {
  it('when a partner lists tenants, then it gets those it is POR or delegated admin of, and an admin gets its own', async () => {
    const partner = await buildPartner();
    const asPor = await buildTenant({ partner });
    const asDelegate = await buildTenant({ partner, partnerOfRecord: false, delegatedAdministration: true });
    await buildTenant({ partner, partnerOfRecord: false });
    const listed = await call('GET', '/tenants', { token: partner.token });
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((t: { id: string }) => t.id).sort()).toEqual(
      [asPor.tenantId, asDelegate.tenantId].sort(),
    );

    const token = await adminToken(asPor);
    const own = await call('GET', '/tenants', { token });
    expect(own.body.items.map((t: { id: string }) => t.id)).toEqual([asPor.tenantId]);
    expect(own.body.continuationToken).toBeNull();
  });

  it('when the tenant list is paged, then every visible tenant comes once', async () => {
    const partner = await buildPartner();
    const ids = [];
    for (let i = 0; i < 3; i += 1) ids.push((await buildTenant({ partner })).tenantId);
    const seen: string[] = [];
    let continuation: string | null = null;
    do {
      const suffix: string = continuation ? `&continuationToken=${encodeURIComponent(continuation)}` : '';
      const page = await call('GET', `/tenants?limit=1${suffix}`, { token: partner.token });
      seen.push(...page.body.items.map((t: { id: string }) => t.id));
      continuation = page.body.continuationToken;
    } while (continuation);
    expect(seen.sort()).toEqual(ids.sort());
  });

  it('when the admin names another partner POR, then the new POR sees the tenant and the old one no longer', async () => {
    const made = await buildTenant();
    const token = await adminToken(made);
    const next = await buildPartner();
    const response = await call('PUT', `/subscriptions/${made.subscriptionId}/partner-of-record`, {
      token,
      body: { partnerId: next.partnerId },
    });
    expect(response.status).toBe(200);
    expect(response.body.partnerOfRecord).toEqual({ partnerId: next.partnerId, name: next.name });
    expect((await call('GET', `/tenants/${made.tenantId}`, { token: next.token })).status).toBe(200);
    expect((await call('GET', `/subscriptions/${made.subscriptionId}`, { token: next.token })).status).toBe(
      200,
    );
    expectProblem(
      await call('GET', `/tenants/${made.tenantId}`, { token: made.partner.token }),
      404,
      'not_found',
    );
    expectProblem(
      await call('PUT', `/subscriptions/${made.subscriptionId}/partner-of-record`, {
        token,
        body: { partnerId: '9999999999' },
      }),
      422,
      'partner_not_found',
    );
    const removed = await call('DELETE', `/subscriptions/${made.subscriptionId}/partner-of-record`, {
      token,
    });
    expect(removed.status).toBe(204);
    expectProblem(await call('GET', `/tenants/${made.tenantId}`, { token: next.token }), 404, 'not_found');
    expect(
      (await call('GET', `/subscriptions/${made.subscriptionId}`, { token })).body.partnerOfRecord,
    ).toBeNull();
  });

  it('when the POR (not delegated admin) tries an administrative action, then 403; it may still read', async () => {
    const made = await buildTenant();
    expect((await call('GET', `/tenants/${made.tenantId}`, { token: made.partner.token })).status).toBe(200);
    expectProblem(
      await call('GET', `/tenants/${made.tenantId}/users`, { token: made.partner.token }),
      403,
      'forbidden',
    );
    expectProblem(
      await call('POST', `/subscriptions/${made.subscriptionId}/direct-billing`, {
        token: made.partner.token,
      }),
      403,
      'forbidden',
    );
  });

  it('when switching to direct billing, then a new direct subscription takes the seats, licenses and POR; the old one is migrated', async () => {
    const made = await buildTenant({ keys: 2 });
    const token = await adminToken(made);
    await call('POST', `/tenants/${made.tenantId}/users`, {
      token,
      body: { firstName: 'Bo', lastName: 'Li', userName: 'bo' },
    });
    // A year prepaid: switching now gives it up, which must be said (and is reported back).
    const refused = await call('POST', `/subscriptions/${made.subscriptionId}/direct-billing`, { token });
    expectProblem(refused, 409, 'prepaid_term_remaining');
    expect(refused.body.prepaidDays).toBeGreaterThanOrEqual(364);
    expect(refused.body.switchFreelyFrom).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const response = await call('POST', `/subscriptions/${made.subscriptionId}/direct-billing`, {
      token,
      body: { forfeitPrepaidDays: true },
    });
    expect(response.status).toBe(201);
    expect(response.body.forfeitedDays).toBe(refused.body.prepaidDays);
    const { subscription, previous } = response.body;
    expect(subscription).toMatchObject({
      billing: 'direct',
      state: 'active',
      sku: 'BUSINESS_BASIC',
      seats: 50,
      assignedSeats: 2,
      partnerOfRecord: { partnerId: made.partner.partnerId },
      migratedFrom: made.subscriptionId,
    });
    const start = new Date(subscription.termStart);
    const end = new Date(start);
    end.setUTCFullYear(start.getUTCFullYear() + 1);
    expect(subscription.termEnd).toBe(end.toISOString());
    expect(previous).toMatchObject({
      id: made.subscriptionId,
      state: 'migrated',
      assignedSeats: 0,
      partnerOfRecord: null,
      migratedTo: subscription.id,
      timeline: [{ event: 'migrated', at: subscription.termStart, status: 'done' }],
    });
    const tenant = await call('GET', `/tenants/${made.tenantId}`, { token });
    expect(tenant.body.subscriptions.map((s: { id: string; state: string }) => [s.id, s.state])).toEqual([
      [made.subscriptionId, 'migrated'],
      [subscription.id, 'active'],
    ]);
    const users = await call('GET', `/tenants/${made.tenantId}/users`, { token });
    expect(users.body.items.every((u: { licensed: boolean }) => u.licensed)).toBe(true);

    const again = await call('POST', `/subscriptions/${made.subscriptionId}/direct-billing`, { token });
    expect(again.status).toBe(201);
    expect(again.body.subscription.id).toBe(subscription.id);
    expectProblem(
      await call('POST', `/subscriptions/${subscription.id}/direct-billing`, { token }),
      409,
      'subscription_migrated',
    );
    expectProblem(
      await call('PUT', `/subscriptions/${made.subscriptionId}/partner-of-record`, {
        token,
        body: { partnerId: made.partner.partnerId },
      }),
      409,
      'subscription_migrated',
    );
  });
});
