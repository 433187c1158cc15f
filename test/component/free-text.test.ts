import { describe, expect, it } from 'vitest';
import { asOperator, buildPartner, call, expectProblem, uniqueProgramId } from '../support/api';
import { adminToken, buildTenant, confirmedRedemption, createTenantBody } from '../support/tenants';
import { mintKeys } from '../support/api';

/**
 * Free text people type (names, a message, a reason) keeps any printable Unicode and refuses what
 * does not belong in it: control characters (they reach email subjects and pages), bidirectional
 * overrides and isolates (a name would read otherwise than it is), and lone surrogates (not text at all). The refusal has its own code, `invalid_text`: 422 when it is the
 * only problem, otherwise one entry of the 400 validation_failed errors. Nothing is stored.
 */
const NOT_TEXT = [
  'Evil\u0000Corp',
  'Evil\r\nBcc: all@example.com',
  'Tab\there',
  'Bad\ud800half',
  'Esc\u001b[31m',
];

/** Bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069): a name reads otherwise than it is. */
const BIDI_CONTROLS = [
  'Contoso\u202Egnp.exe',
  'A\u202Ab',
  'A\u202Bb',
  'A\u202Cb',
  'A\u202Db',
  'A\u2066b',
  'A\u2067b',
  'A\u2068b',
  'A\u2069b',
];

const partnerBody = (name: string, partnerId = uniqueProgramId()) => ({
  name,
  partnerId,
  email: 'ops@northwind.example',
  cloudEssentials: true,
});

describe('free text', () => {
  it('when a partner name holds control characters or a lone surrogate, then 422 invalid_text and nothing is registered', async () => {
    for (const name of NOT_TEXT) {
      const partnerId = uniqueProgramId();
      const refused = await call('POST', '/partners', {
        ...asOperator(),
        body: partnerBody(name, partnerId),
      });
      expectProblem(refused, 422, 'invalid_text');
      expect(refused.body.errors).toEqual([expect.objectContaining({ path: 'name', code: 'invalid_text' })]);
      // The program id is still free: the refused request registered nothing.
      const registered = await call('POST', '/partners', {
        ...asOperator(),
        body: partnerBody('Clean', partnerId),
      });
      expect(registered.status, name).toBe(201);
    }
  });

  it('when a partner name holds a bidirectional override or isolate, then PATCH answers 422 invalid_text and nothing changes', async () => {
    const created = await call('POST', '/partners', { ...asOperator(), body: partnerBody('Contoso') });
    expect(created.status, created.text).toBe(201);
    const id: string = created.body.id;
    for (const name of BIDI_CONTROLS) {
      const refused = await call('PATCH', `/partners/${id}`, { ...asOperator(), body: { name } });
      expectProblem(refused, 422, 'invalid_text');
      expect(refused.body.errors).toEqual([expect.objectContaining({ path: 'name', code: 'invalid_text' })]);
    }
    const partner = await call('GET', `/partners/${id}`, asOperator());
    expect(partner.body).toMatchObject({ name: 'Contoso', updatedAt: created.body.updatedAt });
    // Right-to-left text itself is fine: only the invisible controls that reorder it are refused.
    const hebrew = await call('PATCH', `/partners/${id}`, {
      ...asOperator(),
      body: { name: 'שלום Contoso' },
    });
    expect(hebrew.status, hebrew.text).toBe(200);
    expect(hebrew.body.name).toBe('שלום Contoso');
  });

  it('when printable Unicode is typed, then it is kept as typed', async () => {
    const name = 'Müller & Söhne 株式会社 — Ωmega 🚀';
    const registered = await call('POST', '/partners', { ...asOperator(), body: partnerBody(name) });
    expect(registered.status).toBe(201);
    expect(registered.body.name).toBe(name);
  });

  it('when bad text comes with another problem, then 400 validation_failed lists invalid_text as one entry', async () => {
    const refused = await call('POST', '/partners', {
      ...asOperator(),
      body: { ...partnerBody('Evil\u0000Corp'), email: 'not an email' },
    });
    expectProblem(refused, 400, 'validation_failed');
    expect(refused.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'name', code: 'invalid_text' }),
        expect.objectContaining({ path: 'email' }),
      ]),
    );
  });

  it('when an organization or admin name holds control characters or bidirectional controls, then 422 invalid_text and no tenant is made', async () => {
    const partner = await buildPartner();
    const redemptionId = await confirmedRedemption(partner, await mintKeys(1));
    for (const tenant of [
      { organizationName: 'Contoso\r\nS.p.A.' },
      { admin: { firstName: 'Ada\u0000', lastName: 'Rossi', email: 'ada@contoso.example' } },
      { admin: { firstName: 'Ada', lastName: 'Ro\udc00ssi', email: 'ada@contoso.example' } },
      { organizationName: 'Contoso\u202Egnp.exe' },
      { organizationName: 'Contoso \u2067S.p.A.\u2069' },
      { admin: { firstName: 'Ada', lastName: 'Rossi\u202D', email: 'ada@contoso.example' } },
    ]) {
      const refused = await call('POST', `/redemptions/${redemptionId}/complete`, {
        token: partner.token,
        body: createTenantBody({}, tenant),
      });
      expectProblem(refused, 422, 'invalid_text');
    }
    // The redemption is still waiting for its tenant: nothing was created by the refusals.
    const redemption = await call('GET', `/redemptions/${redemptionId}`, { token: partner.token });
    expect(redemption.body.status).toBe('confirmed');
    const created = await call('POST', `/redemptions/${redemptionId}/complete`, {
      token: partner.token,
      body: createTenantBody({ partnerOfRecord: true }),
    });
    expect(created.status).toBe(201);
  });

  it("when a user's name holds a line break or a bidirectional control, then 422 invalid_text and the user is not added", async () => {
    const made = await buildTenant();
    const token = await adminToken(made);
    const refused = await call('POST', `/tenants/${made.tenantId}/users`, {
      token,
      body: { firstName: 'Bo', lastName: 'Li\nAdmin', userName: 'bo' },
    });
    expectProblem(refused, 422, 'invalid_text');
    for (const firstName of ['Bo\u202E', 'Bo\u2066'])
      expectProblem(
        await call('POST', `/tenants/${made.tenantId}/users`, {
          token,
          body: { firstName, lastName: 'Li', userName: 'bo' },
        }),
        422,
        'invalid_text',
      );
    const users = await call('GET', `/tenants/${made.tenantId}/users`, { token });
    expect(users.body.items.map((user: { userName: string }) => user.userName)).not.toContain(
      expect.stringMatching(/^bo@/),
    );
  });

  it('when an offer message has line breaks and tabs, then it is kept; other control characters are refused', async () => {
    const made = await buildTenant({ partnerOfRecord: true });
    const offer = (message: string) =>
      call('POST', `/tenants/${made.tenantId}/delegation-offers`, {
        token: made.partner.token,
        body: { message },
      });
    expectProblem(await offer('Hello\u0007there'), 422, 'invalid_text');
    expectProblem(await offer('Half \ud83d'), 422, 'invalid_text');
    const message = 'Dear Ada,\n\n\tWe would like to help.\r\nFabrikam';
    const made201 = await offer(message);
    expect(made201.status, made201.text).toBe(201);
    expect(made201.body.message).toBe(message);
  });
});
