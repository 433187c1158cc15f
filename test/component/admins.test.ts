import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildPartner, call, expectProblem } from '../support/api';
import { adminToken, buildTenant, mailFor } from '../support/tenants';

/**
 * A tenant's Global Administrators: more than one, each with a contact address where notices and
 * tokens go; a lost or departed admin's token replaced by another admin or a delegated-admin partner.
 */
const unique = () => randomBytes(4).toString('hex');
const TOKEN = /kca_[A-Za-z0-9_-]{43}/;

async function tokenFromMail(notificationId: string): Promise<string> {
  const token = TOKEN.exec((await mailFor(notificationId)).plainText)?.[0];
  if (!token) throw new Error(`no token in ${notificationId}`);
  return token;
}

async function notificationsOf(tenantId: string, token: string) {
  return (await call('GET', `/tenants/${tenantId}/notifications`, { token })).body.items as {
    id: string;
    type: string;
    recipients: string[];
  }[];
}

describe('Global Administrators', () => {
  it('when a Global Administrator is added, then it needs a contact email, is emailed a token that works, and is listed with its email', async () => {
    const made = await buildTenant();
    const token = await adminToken(made);
    const missing = await call('POST', `/tenants/${made.tenantId}/users`, {
      token,
      body: { firstName: 'No', lastName: 'Mail', userName: 'nomail', roles: ['global_administrator'] },
    });
    expectProblem(missing, 400, 'validation_failed');
    expect(missing.body.errors).toEqual([{ path: 'email', message: 'required for a Global Administrator' }]);

    const email = `lia.${unique()}@contoso.example`;
    const added = await call('POST', `/tenants/${made.tenantId}/users`, {
      token,
      body: { firstName: 'Lia', lastName: 'Conti', userName: 'lia', roles: ['global_administrator'], email },
    });
    expect(added.status, added.text).toBe(201);
    expect(added.body).toMatchObject({ email, roles: ['global_administrator'], licensed: true });
    expect(added.text).not.toMatch(TOKEN);
    const welcome = (await notificationsOf(made.tenantId, token)).find(
      (n) => n.type === 'welcome_admin' && n.recipients.includes(email),
    );
    expect(welcome).toBeDefined();
    const liaToken = await tokenFromMail(welcome?.id as string);
    const asLia = await call('GET', `/tenants/${made.tenantId}/users`, { token: liaToken });
    expect(asLia.status).toBe(200);
    expect(asLia.body.items.map((u: { email: string | null }) => u.email).sort()).toEqual(
      [made.adminEmail, email].sort(),
    );
  });

  it('when an admin changes its contact email or loses the role, then notices follow the new address; the last admin keeps the role', async () => {
    const made = await buildTenant();
    const token = await adminToken(made);
    const other = `new.${unique()}@contoso.example`;
    const patched = await call('PATCH', `/tenants/${made.tenantId}/users/${made.adminUserId}`, {
      token,
      body: { email: other, firstName: 'Adele' },
    });
    expect(patched.status, patched.text).toBe(200);
    expect(patched.body).toMatchObject({ email: other, displayName: 'Adele Rossi' });
    expectProblem(
      await call('PATCH', `/tenants/${made.tenantId}/users/${made.adminUserId}`, {
        token,
        body: { roles: [] },
      }),
      409,
      'last_admin',
    );
    // The next notice goes to the new address, not the old one.
    const next = await buildPartner();
    await call('PUT', `/subscriptions/${made.subscriptionId}/partner-of-record`, {
      token,
      body: { partnerId: next.partnerId },
    });
    const change = (await notificationsOf(made.tenantId, token)).find(
      (n) => n.type === 'partner_of_record_changed',
    );
    expect(change?.recipients).toContain(other);
    expect(change?.recipients).not.toContain(made.adminEmail);
    // A second admin, then the first steps down: its token stops working.
    const second = `second.${unique()}@contoso.example`;
    await call('POST', `/tenants/${made.tenantId}/users`, {
      token,
      body: {
        firstName: 'Sec',
        lastName: 'Ond',
        userName: 'second',
        roles: ['global_administrator'],
        email: second,
      },
    });
    const down = await call('PATCH', `/tenants/${made.tenantId}/users/${made.adminUserId}`, {
      token,
      body: { roles: [] },
    });
    expect(down.status, down.text).toBe(200);
    expect(down.body.roles).toEqual([]);
    expectProblem(await call('GET', `/tenants/${made.tenantId}`, { token }), 401, 'unauthenticated');
  });

  it('when an admin lost its token, then another admin or the delegated-admin partner gets it a new one by email (never in the answer); the old one stops working', async () => {
    const made = await buildTenant({ delegatedAdministration: true });
    const token = await adminToken(made);
    const email = `spare.${unique()}@contoso.example`;
    const spare = await call('POST', `/tenants/${made.tenantId}/users`, {
      token,
      body: { firstName: 'Spa', lastName: 'Re', userName: 'spare', roles: ['global_administrator'], email },
    });
    const spareId = spare.body.id as string;
    const before = (await notificationsOf(made.tenantId, token)).map((n) => n.id);

    // Another admin asks for the first admin's new token.
    const spareToken = await tokenFromMail(
      (await notificationsOf(made.tenantId, token)).find((n) => n.recipients.includes(email))?.id as string,
    );
    const reissued = await call('POST', `/tenants/${made.tenantId}/users/${made.adminUserId}/token`, {
      token: spareToken,
    });
    expect(reissued.status, reissued.text).toBe(202);
    expect(reissued.text).toBe('');
    const notice = (await notificationsOf(made.tenantId, spareToken)).find(
      (n) => n.type === 'admin_token_reissued' && !before.includes(n.id),
    );
    expect(notice?.recipients).toEqual([made.adminEmail]);
    const fresh = await tokenFromMail(notice?.id as string);
    expect(fresh).not.toBe(token);
    expectProblem(await call('GET', `/tenants/${made.tenantId}`, { token }), 401, 'unauthenticated');
    expect((await call('GET', `/tenants/${made.tenantId}`, { token: fresh })).status).toBe(200);

    // The delegated-admin partner may do it too; asking for one's own is for another admin to do.
    expect(
      (await call('POST', `/tenants/${made.tenantId}/users/${spareId}/token`, { token: made.partner.token }))
        .status,
    ).toBe(202);
    expectProblem(
      await call('POST', `/tenants/${made.tenantId}/users/${made.adminUserId}/token`, { token: fresh }),
      403,
      'forbidden',
    );
    // Only a Global Administrator has a token.
    const plain = await call('POST', `/tenants/${made.tenantId}/users`, {
      token: fresh,
      body: { firstName: 'Pl', lastName: 'Ain', userName: 'plain' },
    });
    expectProblem(
      await call('POST', `/tenants/${made.tenantId}/users/${plain.body.id}/token`, { token: fresh }),
      409,
      'user_not_administrator',
    );
  });

  it("when ten reissues of one admin's token race, then one is emailed and works, and the others are 409 request_in_progress", async () => {
    const made = await buildTenant({ delegatedAdministration: true });
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        call('POST', `/tenants/${made.tenantId}/users/${made.adminUserId}/token`, {
          token: made.partner.token,
        }),
      ),
    );
    expect(answers.filter((a) => a.status === 202)).toHaveLength(1);
    for (const refused of answers.filter((a) => a.status !== 202))
      expectProblem(refused, 409, 'request_in_progress');
    const notices = (
      await call('GET', `/tenants/${made.tenantId}/notifications`, { token: made.partner.token })
    ).body.items as { id: string; type: string }[];
    const reissued = notices.filter((n) => n.type === 'admin_token_reissued');
    expect(reissued).toHaveLength(1);
    const fresh = await tokenFromMail(reissued[0]?.id as string);
    expect((await call('GET', `/tenants/${made.tenantId}`, { token: fresh })).status).toBe(200);
  });

  it('when a partner is only Partner of Record, or unrelated, then it cannot get an admin a token', async () => {
    const made = await buildTenant();
    expectProblem(
      await call('POST', `/tenants/${made.tenantId}/users/${made.adminUserId}/token`, {
        token: made.partner.token,
      }),
      403,
      'forbidden',
    );
    const stranger = await buildPartner();
    expectProblem(
      await call('POST', `/tenants/${made.tenantId}/users/${made.adminUserId}/token`, {
        token: stranger.token,
      }),
      404,
      'not_found',
    );
  });
});
