import { beforeAll, describe, expect, it } from 'vitest';
import { buildPartner, call, expectProblem, mintKeys, operatorToken, type ApiResponse } from '../support/api';
import { adminToken, buildTenant, confirmedRedemption, createTenantBody } from '../support/tenants';

/**
 * Bodies and parameters as the served document states them, checked against what the service does
 * with them: a body the document calls optional may be left out, one it does not declare is refused,
 * a stated bound or pattern is the one the service applies. Read from the document the stack serves,
 * never from the generator's inputs.
 */
type Json = Record<string, any>;
let doc: Json;

beforeAll(async () => {
  doc = (await call('GET', '/openapi.json')).body;
});

function schemaOf(ref: string): Json {
  return doc.components.schemas[ref.split('/').at(-1) as string];
}

function errorPaths(response: ApiResponse<any>): string[] {
  return ((response.body?.errors ?? []) as { path: string }[]).map((error) => error.path);
}

describe('bodies as the document states them', () => {
  it('when the document calls a body optional, then the service takes none; when it declares none, then it refuses one', async () => {
    const confirm = doc.paths['/redemptions/{id}/confirm'].post.requestBody;
    expect(confirm?.required).toBe(false);
    expect(schemaOf(confirm.content['application/json'].schema.$ref)).toMatchObject({
      type: 'object',
      additionalProperties: false,
    });
    const partner = await buildPartner();
    const [withNothing, withEmpty, withField] = await Promise.all(
      [undefined, {}, { note: 'x' }].map(async (body) => {
        const id = (await call('POST', '/redemptions', { token: partner.token, body: { attestation: true } }))
          .body.id;
        await call('POST', `/redemptions/${id}/keys`, {
          token: partner.token,
          body: { key: (await mintKeys(1))[0] },
        });
        return call('POST', `/redemptions/${id}/confirm`, {
          token: partner.token,
          ...(body ? { body } : {}),
        });
      }),
    );
    expect([withNothing?.status, withEmpty?.status]).toEqual([200, 200]);
    expectProblem(withField as ApiResponse<any>, 400, 'validation_failed');

    const direct = doc.paths['/subscriptions/{id}/direct-billing'].post.requestBody;
    expect(direct.required).toBe(false);
    const tenant = await buildTenant();
    const switched = await call('POST', `/subscriptions/${tenant.subscriptionId}/direct-billing`, {
      token: await adminToken(tenant),
    });
    // Left out, the body is read as {}: a whole prepaid term left is then 409, not a 400 for a missing body.
    expectProblem(switched, 409, 'prepaid_term_remaining');
  });

  it('when a list is paged, then limit is an integer 1 to 100 in the document and at the service', async () => {
    const limit = doc.paths['/tenants'].get.parameters.find((p: Json) => p.name === 'limit');
    expect(limit.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 100, default: 50 });
    const partner = await buildPartner();
    const answers = await Promise.all(
      ['0', '1', '100', '101', '1.5', 'ten'].map((value) =>
        call('GET', `/tenants?limit=${value}`, { token: partner.token }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual([400, 200, 200, 400, 400, 400]);
  });

  it("when a domain prefix is sent, then the document's pattern says which the service refuses", async () => {
    const complete = schemaOf(
      doc.paths['/redemptions/{id}/complete'].post.requestBody.content['application/json'].schema.$ref,
    );
    const tenantSchema = JSON.stringify(complete);
    const pattern = /"domainPrefix":\{[^}]*"pattern":"((?:[^"\\]|\\.)*)"/.exec(tenantSchema)?.[1];
    expect(pattern, 'domainPrefix states its pattern').toBeDefined();
    const stated = new RegExp(JSON.parse(`"${pattern}"`));
    const partner = await buildPartner();
    const id = await confirmedRedemption(partner, await mintKeys(1));
    for (const prefix of [
      'Contoso',
      ' contoso ',
      'ab',
      'abc',
      'a'.repeat(27),
      'a'.repeat(28),
      '1abc',
      'con-toso',
    ]) {
      // An unknown country too, so that no request gets as far as creating a tenant: every problem is listed.
      const body = createTenantBody({}, { domainPrefix: prefix, countryCode: 'XX' });
      const answer = await call('POST', `/redemptions/${id}/complete`, { token: partner.token, body });
      expect(answer.status, prefix).toBeGreaterThanOrEqual(400);
      expect(errorPaths(answer).includes('tenant.domainPrefix'), prefix).toBe(!stated.test(prefix));
    }
  });

  it('when a key batch gives neither or both of count and keys, then the document says one of them and the service refuses', async () => {
    expect(
      schemaOf(doc.paths['/product-key-batches'].post.requestBody.content['application/json'].schema.$ref)
        .oneOf,
    ).toEqual([{ required: ['count'] }, { required: ['keys'] }]);
    const terms = { sku: 'BUSINESS_BASIC', seatsPerKey: 1, termMonths: 12 };
    const operator = { token: operatorToken() };
    const neither = await call('POST', '/product-key-batches', { ...operator, body: terms });
    expectProblem(neither, 400, 'validation_failed');
    expect(neither.text).not.toContain('not both');
    const both = await call('POST', '/product-key-batches', {
      ...operator,
      body: { ...terms, count: 1, keys: ['x'] },
    });
    expectProblem(both, 400, 'validation_failed');
  });

  it('when a Global Administrator is added without an email, then the document requires it and the service refuses', async () => {
    const create = schemaOf(
      doc.paths['/tenants/{id}/users'].post.requestBody.content['application/json'].schema.$ref,
    );
    expect(create.if.properties.roles.contains).toEqual({ const: 'global_administrator' });
    expect(create.then.required).toEqual(['email']);
    const tenant = await buildTenant();
    const answer = await call('POST', `/tenants/${tenant.tenantId}/users`, {
      token: await adminToken(tenant),
      body: { firstName: 'G', lastName: 'A', userName: 'ga', roles: ['global_administrator'] },
    });
    expectProblem(answer, 400, 'validation_failed');
    expect(errorPaths(answer)).toEqual(['email']);
  });

  it("when a user name is sent, then the document's pattern says which the service refuses", async () => {
    const create = schemaOf(
      doc.paths['/tenants/{id}/users'].post.requestBody.content['application/json'].schema.$ref,
    );
    const stated = new RegExp(create.properties.userName.pattern);
    const tenant = await buildTenant({ keys: 2 });
    const token = await adminToken(tenant);
    for (const userName of [
      'Jane.Doe',
      'j',
      'jane_doe-2',
      '.jane',
      'jane.',
      'ja ne',
      `jane@${tenant.body.tenant.domain}`,
    ]) {
      const answer = await call('POST', `/tenants/${tenant.tenantId}/users`, {
        token,
        body: { firstName: 'U', lastName: 'N', userName, assignLicense: false },
      });
      expect(answer.status === 201, `${userName}: ${answer.text}`).toBe(stated.test(userName));
    }
  });
});
