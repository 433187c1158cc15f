import { describe, expect, it } from 'vitest';
import {
  addKey,
  asOperator,
  buildPartner,
  call,
  expectProblem,
  mintKey,
  mintKeys,
  openRedemption,
} from '../support/api';
import {
  adminToken,
  buildTenant,
  confirmedRedemption,
  createTenantBody,
  mailFor,
  uniquePrefix,
} from '../support/tenants';

async function complete(token: string, redemptionId: string, body: unknown) {
  return call('POST', `/redemptions/${redemptionId}/complete`, { token, body });
}

describe('complete: create_tenant', () => {
  it('when a confirmed redemption is completed, then tenant, subscription and licensed admin exist and the keys are redeemed', async () => {
    const partner = await buildPartner();
    const keys = await mintKeys(2, { sku: 'BUSINESS_PREMIUM', seatsPerKey: 25, termMonths: 12 });
    const redemptionId = await confirmedRedemption(partner, keys);
    const prefix = uniquePrefix();
    const body = createTenantBody(
      { partnerOfRecord: true },
      { domainPrefix: prefix.toUpperCase(), countryCode: 'it' },
    );
    const response = await complete(partner.token, redemptionId, body);

    expect(response.status).toBe(201);
    const { tenant, subscription, adminUser } = response.body;
    expect(tenant).toMatchObject({
      organizationName: 'Contoso S.p.A.',
      countryCode: 'IT',
      domain: `${prefix}.onmicrosoft.com`,
      delegatedAdmins: [],
    });
    expect(tenant.subscriptions.map((s: { id: string }) => s.id)).toEqual([subscription.id]);
    expect(subscription).toMatchObject({
      tenantId: tenant.id,
      sku: 'BUSINESS_PREMIUM',
      seats: 50,
      assignedSeats: 1,
      billing: 'product_key',
      state: 'active',
      partnerOfRecord: { partnerId: partner.partnerId, name: partner.name },
    });
    const start = new Date(subscription.termStart);
    const end = new Date(start);
    end.setUTCFullYear(start.getUTCFullYear() + 1);
    expect(subscription.termEnd).toBe(end.toISOString());
    expect(subscription.timeline.map((e: { event: string }) => e.event)).toEqual([
      'renewal_notice',
      'renewal_notice',
      'renewal_notice',
      'renewal_notice',
      'expiry',
      'grace_end',
      'deletion',
    ]);
    expect(adminUser).toMatchObject({
      userName: `admin@${prefix}.onmicrosoft.com`,
      displayName: 'Ada Rossi',
      roles: ['global_administrator'],
      licensed: true,
    });
    expect(response.headers.get('location')).toBe(`/api/v1/tenants/${tenant.id}`);

    for (const key of keys) {
      const lookup = await call('POST', '/product-keys/lookup', { ...asOperator(), body: { key } });
      expect(lookup.body).toMatchObject({ state: 'redeemed', redemptionId, subscriptionId: subscription.id });
    }
    const redemption = await call('GET', `/redemptions/${redemptionId}`, { token: partner.token });
    expect(redemption.body.status).toBe('completed');
    expect((await call('GET', `/domains/${prefix}/availability`, { token: partner.token })).body).toEqual({
      domain: `${prefix}.onmicrosoft.com`,
      available: false,
      reason: 'taken',
    });
  });

  it('when the tenant is created, then the welcome email reaches the admin with a working kca_ token', async () => {
    const made = await buildTenant();
    const mail = await mailFor(`welcome_admin:${made.adminUserId}`);
    expect(mail.to).toEqual([made.adminEmail]);
    expect(mail.headers['x-keycard-notification-type']).toBe('welcome_admin');
    const token = await adminToken(made);
    expect(token).toMatch(/^kca_/);
    const tenant = await call('GET', `/tenants/${made.tenantId}`, { token });
    expect(tenant.status).toBe(200);
    expect(tenant.body.id).toBe(made.tenantId);
    const notifications = await call('GET', `/tenants/${made.tenantId}/notifications`, { token });
    expect(notifications.body.items).toEqual([
      expect.objectContaining({
        id: `welcome_admin:${made.adminUserId}`,
        type: 'welcome_admin',
        recipients: [made.adminEmail],
        status: 'sent',
        attempts: 1,
      }),
    ]);
  });

  it('when the partner asks for neither POR nor delegated administration, then it does not see the tenant afterwards', async () => {
    const made = await buildTenant({ partnerOfRecord: false });
    expect(made.body.subscription.partnerOfRecord).toBeNull();
    expectProblem(
      await call('GET', `/tenants/${made.tenantId}`, { token: made.partner.token }),
      404,
      'not_found',
    );
    expect((await call('GET', '/tenants', { token: made.partner.token })).body.items).toEqual([]);
  });

  it('when delegated administration is asked at setup, then the partner is delegated admin and uses no license', async () => {
    const made = await buildTenant({ partnerOfRecord: false, delegatedAdministration: true });
    expect(made.body.tenant.delegatedAdmins).toEqual([
      { partnerId: made.partner.partnerId, name: made.partner.name, since: expect.any(String) },
    ]);
    expect(made.body.subscription.assignedSeats).toBe(1);
    const seen = await call('GET', `/tenants/${made.tenantId}`, { token: made.partner.token });
    expect(seen.status).toBe(200);
    const users = await call('GET', `/tenants/${made.tenantId}/users`, { token: made.partner.token });
    expect(users.body.items).toHaveLength(1);
  });

  it('when a partner outside Cloud Essentials asks for delegated administration, then 403 partner_not_eligible and nothing is made', async () => {
    const partner = await buildPartner({ cloudEssentials: false });
    const redemptionId = await confirmedRedemption(partner, [await mintKey()]);
    const body = createTenantBody({ delegatedAdministration: true });
    expectProblem(await complete(partner.token, redemptionId, body), 403, 'partner_not_eligible');
    expect(
      (await call('GET', `/domains/${body.tenant.domainPrefix}/availability`, { token: partner.token })).body
        .available,
    ).toBe(true);
    expect((await call('GET', `/redemptions/${redemptionId}`, { token: partner.token })).body.status).toBe(
      'confirmed',
    );
  });

  it.each([
    ['UK', 422, 'invalid_country_code', /Did you mean GB/],
    ['Italia', 422, 'invalid_country_code', /not an ISO 3166-1 alpha-2/],
    ['BR', 422, 'country_not_supported', /Brazil/],
  ])('when the country is %s, then %i %s', async (countryCode, status, code, detail) => {
    const partner = await buildPartner();
    const redemptionId = await confirmedRedemption(partner, [await mintKey()]);
    const response = await complete(partner.token, redemptionId, createTenantBody({}, { countryCode }));
    expectProblem(response, status, code);
    expect(response.body.detail).toMatch(detail);
  });

  it('when several fields are wrong, then 400 validation_failed lists them all, the country with its own code', async () => {
    const partner = await buildPartner();
    const redemptionId = await confirmedRedemption(partner, [await mintKey()]);
    const response = await complete(partner.token, redemptionId, {
      action: 'create_tenant',
      tenant: {
        organizationName: '',
        countryCode: 'UK',
        domainPrefix: '9lives',
        admin: { firstName: 'A', lastName: '', email: 'nope' },
      },
      partnerOfRecord: 'yes',
    });
    expectProblem(response, 400, 'validation_failed');
    expect(response.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'partnerOfRecord',
      'tenant.admin.email',
      'tenant.admin.lastName',
      'tenant.countryCode',
      'tenant.domainPrefix',
      'tenant.organizationName',
    ]);
    expect(response.body.errors.find((e: { path: string }) => e.path === 'tenant.countryCode').code).toBe(
      'invalid_country_code',
    );
    expectProblem(
      await complete(partner.token, redemptionId, { action: 'transfer' }),
      400,
      'validation_failed',
    );
  });

  it('when the domain is taken, then 409 domain_unavailable, the keys stay reserved and another prefix succeeds', async () => {
    const first = await buildTenant();
    const domain = first.body.tenant.domain as string;
    const partner = await buildPartner();
    const key = await mintKey();
    const redemptionId = await confirmedRedemption(partner, [key]);
    const taken = await complete(
      partner.token,
      redemptionId,
      createTenantBody({}, { domainPrefix: domain.split('.')[0] }),
    );
    expectProblem(taken, 409, 'domain_unavailable');
    expect(
      (await call('POST', '/product-keys/lookup', { ...asOperator(), body: { key } })).body,
    ).toMatchObject({ state: 'reserved', redemptionId });
    expect((await call('GET', `/redemptions/${redemptionId}`, { token: partner.token })).body.status).toBe(
      'confirmed',
    );
    expect((await complete(partner.token, redemptionId, createTenantBody())).status).toBe(201);
  });

  it('when the prefix is reserved, then 409 domain_unavailable; availability says why', async () => {
    const partner = await buildPartner();
    const redemptionId = await confirmedRedemption(partner, [await mintKey()]);
    expectProblem(
      await complete(partner.token, redemptionId, createTenantBody({}, { domainPrefix: 'keycard' })),
      409,
      'domain_unavailable',
    );
    expect((await call('GET', '/domains/Keycard/availability', { token: partner.token })).body).toEqual({
      domain: 'keycard.onmicrosoft.com',
      available: false,
      reason: 'reserved',
    });
  });

  it('when the availability of a malformed prefix is asked, then 400 validation_failed; a free one is available', async () => {
    const partner = await buildPartner();
    expectProblem(
      await call('GET', '/domains/ab/availability', { token: partner.token }),
      400,
      'validation_failed',
    );
    expectProblem(
      await call('GET', '/domains/1abc/availability', { token: partner.token }),
      400,
      'validation_failed',
    );
    const prefix = uniquePrefix();
    expect((await call('GET', `/domains/${prefix}/availability`, { token: partner.token })).body).toEqual({
      domain: `${prefix}.onmicrosoft.com`,
      available: true,
    });
  });

  it('when the redemption is not confirmed, or completed with another request, then 409', async () => {
    const partner = await buildPartner();
    const open = await openRedemption(partner);
    await addKey(partner, open, await mintKey());
    expectProblem(await complete(partner.token, open, createTenantBody()), 409, 'redemption_not_confirmed');

    const made = await buildTenant({ partner });
    expectProblem(
      await complete(partner.token, made.redemptionId, createTenantBody()),
      409,
      'redemption_completed',
    );
    // Completed says so before any look at a new body, however wrong.
    for (const body of [{ action: 'renew' }, { nonsense: true }, { action: 'create_tenant', tenant: {} }])
      expectProblem(await complete(partner.token, made.redemptionId, body), 409, 'redemption_completed');
    expectProblem(
      await call('POST', `/redemptions/${made.redemptionId}/complete`, {
        token: partner.token,
        rawBody: '{oops',
      }),
      409,
      'redemption_completed',
    );
    // An open redemption still gets the validation errors.
    expectProblem(await complete(partner.token, open, { action: 'renew' }), 400, 'validation_failed');
  });

  it('when the same request is sent again after it completed, then the same result comes back and nothing is doubled', async () => {
    const partner = await buildPartner();
    const redemptionId = await confirmedRedemption(partner, [await mintKey()]);
    const body = createTenantBody({ partnerOfRecord: true });
    const first = await complete(partner.token, redemptionId, body);
    const again = await complete(partner.token, redemptionId, body);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.tenant.id).toBe(first.body.tenant.id);
    expect(again.body.adminUser.id).toBe(first.body.adminUser.id);
    const tenants = await call('GET', '/tenants', { token: partner.token });
    expect(tenants.body.items.map((t: { id: string }) => t.id)).toEqual([first.body.tenant.id]);
  });

  it('when a key was revoked while the wizard waited, then 422 key_revoked, the redemption closes and its other keys are free', async () => {
    const partner = await buildPartner();
    const [good, bad] = (await mintKeys(2)) as [string, string];
    const redemptionId = await confirmedRedemption(partner, [good, bad]);
    await call('POST', '/product-keys/revoke', {
      ...asOperator(),
      body: { key: bad, reason: 'stolen card' },
    });
    const body = createTenantBody();
    expectProblem(await complete(partner.token, redemptionId, body), 422, 'key_revoked');
    expect((await call('GET', `/redemptions/${redemptionId}`, { token: partner.token })).body.status).toBe(
      'expired',
    );
    expect(
      (await call('POST', '/product-keys/lookup', { ...asOperator(), body: { key: good } })).body.state,
    ).toBe('available');
    expect(
      (await call('GET', `/domains/${body.tenant.domainPrefix}/availability`, { token: partner.token })).body
        .available,
    ).toBe(true);
    const again = await confirmedRedemption(partner, [good]);
    expect((await complete(partner.token, again, body)).status).toBe(201);
  });

  it("when a partner completes another partner's redemption, or the operator tries, then 404 and 403", async () => {
    const [owner, other] = [await buildPartner(), await buildPartner()];
    const redemptionId = await confirmedRedemption(owner, [await mintKey()]);
    expectProblem(await complete(other.token, redemptionId, createTenantBody()), 404, 'not_found');
    expectProblem(
      await call('POST', `/redemptions/${redemptionId}/complete`, {
        ...asOperator(),
        body: createTenantBody(),
      }),
      403,
      'forbidden',
    );
  });
});
