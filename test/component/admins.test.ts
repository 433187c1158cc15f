import { describe, expect, it } from 'vitest';
import { buildPartner, call, expectProblem } from '../support/api';
import { adminToken, buildTenant, mailFor } from '../support/tenants';

/**
 * A tenant's Global Administrators over HTTP: a lost token replaced by email while reissues race, and
 * who may ask for one. What adding, changing and reissuing do to admins and their tokens is
 * test/usecase/users.test.ts.
 */
const TOKEN = /kca_[A-Za-z0-9_-]{43}/;

async function tokenFromMail(notificationId: string): Promise<string> {
  const token = TOKEN.exec((await mailFor(notificationId)).plainText)?.[0];
  if (!token) throw new Error(`no token in ${notificationId}`);
  return token;
}

describe('Global Administrators', () => {
  it("when ten reissues of one admin's token race, then one is answered 202 with no body and its token emailed works, the old one is 401, and the others are 409 request_in_progress", async () => {
    const made = await buildTenant({ delegatedAdministration: true });
    const old = await adminToken(made);
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        call('POST', `/tenants/${made.tenantId}/users/${made.adminUserId}/token`, {
          token: made.partner.token,
        }),
      ),
    );
    const accepted = answers.filter((a) => a.status === 202);
    expect(accepted).toHaveLength(1);
    // The token goes by email only, never in the answer.
    expect(accepted[0]?.text).toBe('');
    for (const refused of answers.filter((a) => a.status !== 202))
      expectProblem(refused, 409, 'request_in_progress');
    const notices = (
      await call('GET', `/tenants/${made.tenantId}/notifications`, { token: made.partner.token })
    ).body.items as { id: string; type: string }[];
    const reissued = notices.filter((n) => n.type === 'admin_token_reissued');
    expect(reissued).toHaveLength(1);
    const fresh = await tokenFromMail(reissued[0]?.id as string);
    expect((await call('GET', `/tenants/${made.tenantId}`, { token: fresh })).status).toBe(200);
    expectProblem(await call('GET', `/tenants/${made.tenantId}`, { token: old }), 401, 'unauthenticated');
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
