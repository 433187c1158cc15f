import { describe, expect, it } from 'vitest';
import { buildPartner, call, expectProblem } from '../support/api';
import { adminToken, buildTenant, mailFor, type TestTenant } from '../support/tenants';

async function offer(made: TestTenant, token = made.partner.token, message = 'We look after your licenses.') {
  return call('POST', `/tenants/${made.tenantId}/delegation-offers`, { token, body: { message } });
}

/** The emailed link: the page's path, and the token in its fragment (never sent to a server). */
async function offerLink(offerId: string): Promise<{ token: string; path: string }> {
  const mail = await mailFor(`delegation_offer:${offerId}`);
  const match = /\/api\/v1(\/offers)#(kco_[A-Za-z0-9_-]{43})/.exec(mail.plainText);
  if (!match) throw new Error('no link in the offer email');
  expect(mail.html).toContain(`href="${/https?:\/\/\S+?#kco_[A-Za-z0-9_-]{43}/.exec(mail.plainText)?.[0]}"`);
  return { path: match[1] as string, token: match[2] as string };
}

const answer = (verb: 'accept' | 'decline' | 'lookup', body: object, token?: string) =>
  call('POST', `/offers/${verb}`, { body, ...(token ? { token } : {}) });

describe('delegated administration', () => {
  it('when the partner that made the tenant is no longer its POR, then it cannot offer: 404, as on GET, and nothing is sent', async () => {
    const made = await buildTenant();
    const admin = await adminToken(made);
    const next = await buildPartner();
    const moved = await call('PUT', `/subscriptions/${made.subscriptionId}/partner-of-record`, {
      token: admin,
      body: { partnerId: next.partnerId },
    });
    expect(moved.status, moved.text).toBe(200);
    expectProblem(
      await call('GET', `/tenants/${made.tenantId}`, { token: made.partner.token }),
      404,
      'not_found',
    );
    expectProblem(await offer(made), 404, 'not_found');
    const notifications = await call('GET', `/tenants/${made.tenantId}/notifications`, { token: admin });
    expect(notifications.body.items.map((n: { type: string }) => n.type)).not.toContain('delegation_offer');
    // The new POR, who sees the tenant, may.
    expect((await offer(made, next.token)).status).toBe(201);
  });

  it('when the POR offers and the customer accepts through the emailed link, then the partner is delegated admin', async () => {
    const made = await buildTenant();
    const sent = await offer(made);
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({
      tenantId: made.tenantId,
      partnerId: made.partner.partnerId,
      status: 'pending',
      respondedAt: null,
    });
    expect(Date.parse(sent.body.expiresAt) - Date.parse(sent.body.createdAt)).toBe(90 * 86_400_000);

    const mail = await mailFor(`delegation_offer:${sent.body.id}`);
    expect(mail.to).toEqual([made.adminEmail]);
    const link = await offerLink(sent.body.id);
    // The page is the same for every offer: its script reads the token from the fragment.
    const page = await call('GET', link.path);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.text).not.toContain(link.token);
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+';/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('cache-control')).toBe('no-store');
    const looked = await answer('lookup', { token: link.token });
    expect(looked.status).toBe(200);
    expect(looked.body).toMatchObject({
      offer: { id: sent.body.id, message: 'We look after your licenses.', status: 'pending' },
      partner: { name: made.partner.name, partnerId: made.partner.partnerId },
      tenant: { domain: expect.stringContaining('.') },
    });

    const accepted = await answer('accept', { token: link.token });
    expect(accepted.status).toBe(200);
    expect(accepted.body.offer.status).toBe('accepted');
    const tenant = await call('GET', `/tenants/${made.tenantId}`, { token: made.partner.token });
    expect(tenant.body.delegatedAdmins).toEqual([
      { partnerId: made.partner.partnerId, name: made.partner.name, since: expect.any(String) },
    ]);
    expect(
      (await call('GET', `/delegation-offers/${sent.body.id}`, { token: made.partner.token })).body.status,
    ).toBe('accepted');
    expect((await answer('accept', { token: link.token })).status).toBe(200);
    expectProblem(await answer('decline', { token: link.token }), 410, 'offer_used');
    expectProblem(await answer('lookup', { token: link.token }), 410, 'offer_used');
    const acceptedMail = await mailFor(`delegation_accepted:${sent.body.id}`);
    expect(acceptedMail.to).toEqual(['partner@fabrikam.example']);
    expectProblem(await offer(made), 409, 'delegation_already_active');
  });

  it('when an offer is pending, then another is 409 offer_already_pending until it is withdrawn or declined', async () => {
    const made = await buildTenant();
    const first = await offer(made);
    expectProblem(await offer(made), 409, 'offer_already_pending');
    expect(
      (await call('DELETE', `/delegation-offers/${first.body.id}`, { token: made.partner.token })).status,
    ).toBe(204);
    expect(
      (await call('GET', `/delegation-offers/${first.body.id}`, { token: made.partner.token })).body.status,
    ).toBe('withdrawn');
    const link = await offerLink(first.body.id);
    expectProblem(await answer('accept', { token: link.token }), 410, 'offer_withdrawn');
    expectProblem(await answer('lookup', { token: link.token }), 410, 'offer_withdrawn');
    const second = await offer(made);
    expect(second.status).toBe(201);
    // The customer admin, signed in, may answer by the offer's id instead of the link.
    const admin = await adminToken(made);
    expectProblem(await answer('decline', { offerId: second.body.id }), 401, 'unauthenticated');
    expectProblem(await answer('decline', { offerId: second.body.id }, made.partner.token), 403, 'forbidden');
    const declined = await answer('decline', { offerId: second.body.id }, admin);
    expect(declined.status).toBe(200);
    expect(declined.body.offer.status).toBe('declined');
    expect((await offer(made)).status).toBe(201);
  });

  it('when a partner outside Cloud Essentials, or with no standing, offers, then 403 or 404', async () => {
    const made = await buildTenant({ partner: await buildPartner({ cloudEssentials: false }) });
    expectProblem(await offer(made), 403, 'partner_not_eligible');
    const stranger = await buildPartner();
    expectProblem(await offer(made, stranger.token), 404, 'not_found');
    for (const token of ['kco_nope', `kco_${'A'.repeat(43)}`, '', '../partners'])
      expectProblem(await answer('lookup', { token }), 404, 'not_found');
    expectProblem(await answer('accept', { token: 'kco_nope' }), 404, 'not_found');
    // The old path form is gone: a token in a URL is in every log on the way.
    expectProblem(await call('GET', `/offers/kco_${'A'.repeat(43)}`), 404, 'not_found');
  });

  it('when the customer admin ends a delegation, or the partner steps down, then the partner loses the tenant', async () => {
    const made = await buildTenant({ partnerOfRecord: false, delegatedAdministration: true });
    const token = await adminToken(made);
    const listed = await call('GET', `/tenants/${made.tenantId}/delegated-admins`, { token });
    expect(listed.body.items.map((a: { partnerId: string }) => a.partnerId)).toEqual([
      made.partner.partnerId,
    ]);
    expect(
      (
        await call('DELETE', `/tenants/${made.tenantId}/delegated-admins/${made.partner.partnerId}`, {
          token,
        })
      ).status,
    ).toBe(204);
    expectProblem(
      await call('GET', `/tenants/${made.tenantId}`, { token: made.partner.token }),
      404,
      'not_found',
    );
    expectProblem(
      await call('DELETE', `/tenants/${made.tenantId}/delegated-admins/${made.partner.partnerId}`, { token }),
      404,
      'not_found',
    );

    const other = await buildTenant({ partnerOfRecord: false, delegatedAdministration: true });
    expect(
      (
        await call('DELETE', `/tenants/${other.tenantId}/delegated-admins/${other.partner.partnerId}`, {
          token: other.partner.token,
        })
      ).status,
    ).toBe(204);
    expectProblem(
      await call('GET', `/tenants/${other.tenantId}`, { token: other.partner.token }),
      404,
      'not_found',
    );
  });
});
