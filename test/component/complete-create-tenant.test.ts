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

/**
 * `complete` with create_tenant over HTTP: the answer and its Location, the welcome email end to end,
 * the problems a client gets and in which order. What a completion refuses and undoes (a domain taken,
 * a key revoked, a partner not eligible), and a request repeated, are test/usecase/complete.test.ts.
 */
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
