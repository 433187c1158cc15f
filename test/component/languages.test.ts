import { afterAll, describe, expect, it } from 'vitest';
import {
  asOperator,
  buildPartner,
  call,
  expectProblem,
  mintKeys,
  uniqueProgramId,
  type TestPartner,
} from '../support/api';
import { sharedStore } from '../support/store';
import { adminToken, buildTenant, confirmedRedemption, createTenantBody } from '../support/tenants';

/**
 * The language each tenant and partner is written to in: a tenant's from its country unless given at
 * creation, changed by its admins (`PATCH /tenants/{id}`); a partner's given at registration (English
 * otherwise), changed by the partner (`PATCH /partners/me`); anything but en, it, de, fr, es is 422
 * unsupported_language. Documents stored before languages existed read as the default. Who may call
 * the new operations: test/component/authorization-matrix.test.ts.
 */
const store = sharedStore();
afterAll(() => store.cosmos.dispose());

async function createTenant(tenant: Record<string, unknown>, partner?: TestPartner) {
  const by = partner ?? (await buildPartner());
  const redemptionId = await confirmedRedemption(by, await mintKeys(1));
  return call('POST', `/redemptions/${redemptionId}/complete`, {
    token: by.token,
    body: createTenantBody({ partnerOfRecord: true, delegatedAdministration: true }, tenant),
  });
}

/** The stored document as a version before languages wrote it: without the field. */
async function withoutLanguage(container: 'tenants' | 'partners', id: string): Promise<void> {
  const item = store.cosmos.database(store.databaseId).container(container).item(id, id);
  const { resource } = await item.read<Record<string, unknown>>();
  if (!resource) throw new Error(`${container}/${id} not found`);
  const { language, _rid, _self, _etag, _attachments, _ts, ...rest } = resource;
  expect(language).toBeDefined();
  await item.replace(rest);
}

describe("tenants' and partners' languages", () => {
  it("when a tenant is created without a language, then it speaks its country's; given one, that one; an unknown one is refused", async () => {
    const italian = await createTenant({ countryCode: 'IT' });
    expect(italian.status, italian.text).toBe(201);
    expect(italian.body.tenant.language).toBe('it');
    const austrian = await createTenant({ countryCode: 'AT' });
    expect(austrian.body.tenant.language).toBe('de');
    const american = await createTenant({ countryCode: 'US' });
    expect(american.body.tenant.language).toBe('en');
    const chosen = await createTenant({ countryCode: 'DE', language: 'fr' });
    expect(chosen.body.tenant.language).toBe('fr');
    expectProblem(await createTenant({ countryCode: 'IT', language: 'pt' }), 422, 'unsupported_language');
    expectProblem(await createTenant({ countryCode: 'IT', language: 'it-IT' }), 422, 'unsupported_language');
  });

  it("when a tenant's admin or delegated admin changes its language, then the tenant shows it; an unknown one is 422", async () => {
    const made = await buildTenant({ delegatedAdministration: true });
    expect(made.body.tenant.language).toBe('it');
    const byAdmin = await call('PATCH', `/tenants/${made.tenantId}`, {
      token: await adminToken(made),
      body: { language: 'fr' },
    });
    expect(byAdmin.status, byAdmin.text).toBe(200);
    expect(byAdmin.body).toMatchObject({ id: made.tenantId, language: 'fr', countryCode: 'IT' });
    const { token } = made.partner;
    const changed = await call('PATCH', `/tenants/${made.tenantId}`, { token, body: { language: 'es' } });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.body.language).toBe('es');
    expect((await call('GET', `/tenants/${made.tenantId}`, { token })).body.language).toBe('es');

    const refused = await call('PATCH', `/tenants/${made.tenantId}`, {
      token,
      body: { language: 'klingon' },
    });
    expectProblem(refused, 422, 'unsupported_language');
    expect(refused.body.errors).toEqual([expect.objectContaining({ path: 'language' })]);
    expectProblem(
      await call('PATCH', `/tenants/${made.tenantId}`, { token, body: {} }),
      400,
      'validation_failed',
    );
    expect((await call('GET', `/tenants/${made.tenantId}`, { token })).body.language).toBe('es');
  });

  it('when a partner registers with or without a language and changes its own, then its view shows it; an unknown one is 422', async () => {
    const plain = await call('POST', '/partners', {
      ...asOperator(),
      body: { name: 'Plain', partnerId: uniqueProgramId(), email: 'p@plain.example', cloudEssentials: false },
    });
    expect(plain.status, plain.text).toBe(201);
    expect(plain.body.language).toBe('en');
    const italian = await call('POST', '/partners', {
      ...asOperator(),
      body: {
        name: 'Rossi Srl',
        partnerId: uniqueProgramId(),
        email: 'p@rossi.example',
        cloudEssentials: false,
        language: 'it',
      },
    });
    expect(italian.body.language).toBe('it');
    expectProblem(
      await call('POST', '/partners', {
        ...asOperator(),
        body: {
          name: 'X',
          partnerId: uniqueProgramId(),
          email: 'x@x.example',
          cloudEssentials: false,
          language: 'xx',
        },
      }),
      422,
      'unsupported_language',
    );

    const token = plain.body.token as string;
    const changed = await call('PATCH', '/partners/me', { token, body: { language: 'de' } });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.body).toMatchObject({ id: plain.body.id, language: 'de' });
    expect((await call('GET', '/partners/me', { token })).body.language).toBe('de');
    expect((await call('GET', `/partners/${plain.body.id}`, asOperator())).body.language).toBe('de');
    expectProblem(
      await call('PATCH', '/partners/me', { token, body: { language: 'EN' } }),
      422,
      'unsupported_language',
    );
    expectProblem(
      await call('PATCH', '/partners/me', { token, body: { language: 'en', name: 'Renamed' } }),
      400,
      'validation_failed',
    );
  });

  it('when a tenant and a partner were stored before languages existed, then they read as the default: the country’s, and English', async () => {
    const owner = await buildPartner();
    const made = await createTenant({ countryCode: 'IT', language: 'fr' }, owner);
    const tenantId = made.body.tenant.id as string;
    const { token } = owner;
    expect((await call('PATCH', '/partners/me', { token, body: { language: 'es' } })).body.language).toBe(
      'es',
    );
    await withoutLanguage('tenants', tenantId);
    await withoutLanguage('partners', owner.id);

    const tenant = await call('GET', `/tenants/${tenantId}`, { token });
    expect(tenant.status, tenant.text).toBe(200);
    expect(tenant.body.language).toBe('it');
    const partner = await call('GET', '/partners/me', { token });
    expect(partner.status, partner.text).toBe(200);
    expect(partner.body.language).toBe('en');
    // A change writes the field again.
    await call('PATCH', `/tenants/${tenantId}`, { token, body: { language: 'de' } });
    expect((await store.repos.tenants.get(tenantId))?.value.language).toBe('de');
  });
});
