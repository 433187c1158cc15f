import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractViolation } from '../support/contract';
import type { z } from 'zod';
import { ERROR_CODES } from '../../shared/domain/errors';
import {
  CompleteRedemptionRequest,
  CreateKeyBatchRequest,
  CreatePartnerRequest,
  CreateUserRequest,
  KeyRequest,
  OfferDelegationRequest,
  RevokeKeyRequest,
  SetPartnerOfRecordRequest,
  DirectBillingRequest,
  StartRedemptionRequest,
  UpdatePartnerRequest,
  UpdateUserRequest,
} from '../../shared/http/schemas';
import {
  addKey,
  buildPartner,
  mintKeys,
  openRedemption,
  operatorToken,
  type TestPartner,
} from '../support/api';
import { startOwnHost, type OwnHost } from '../support/own-host';
import { adminToken, buildTenant, confirmedRedemption, type TestTenant } from '../support/tenants';

/**
 * Bad input, fuzzed: thousands of malformed bodies, headers, paths, queries and methods across the
 * endpoints. Every answer must be a 4xx problem+json with a known code, and the store must hold
 * exactly what it held before. The one intended trace of bad input is the failed-look-up counter
 * (API.md's rate limit), so that container alone is left out of the comparison.
 */
const RUNS = 3_000;
let own: OwnHost;
let partner: TestPartner;
let redemptionId: string;
let confirmedId: string;
let keyRef: string;
let tenant: TestTenant;
let admin: string;

beforeAll(async () => {
  own = await startOwnHost({ queues: true });
  const base = own.apiBaseUrl;
  partner = await buildPartner({}, base);
  redemptionId = await openRedemption(partner, base);
  const [key] = (await mintKeys(1, {}, base)) as [string];
  keyRef = (await addKey(partner, redemptionId, key, base)).body.keyRef;
  confirmedId = await confirmedRedemption(partner, await mintKeys(1, {}, base), base);
  tenant = await buildTenant({
    partner,
    baseUrl: base,
    partnerOfRecord: true,
    delegatedAdministration: true,
  });
  admin = await adminToken(tenant);
});
afterAll(async () => own?.stop());

interface BadRequest {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

const printable = fc.string({
  unit: fc.constantFrom(...' !"#$%&\'()*+,-./0123456789:;<=>?@ABCXYZabcxyz[\\]^_`{|}~'.split('')),
});
const FIELD_NAMES = [
  'key',
  'name',
  'sku',
  'count',
  'keys',
  'attestation',
  'email',
  'partnerId',
  'reason',
  'action',
  'tenant',
  'subscriptionId',
  'userName',
  'message',
  'x',
];

/** JSON that the schema refuses, or text that is not JSON at all. */
function malformedBody(schema: z.ZodType): fc.Arbitrary<string> {
  const wrongJson = fc
    .oneof(fc.jsonValue(), fc.dictionary(fc.constantFrom(...FIELD_NAMES), fc.jsonValue()))
    .filter((value) => !schema.safeParse(value).success)
    .map((value) => JSON.stringify(value) ?? 'null');
  const notJson = fc.string().filter((text) => {
    try {
      return !schema.safeParse(JSON.parse(text)).success;
    } catch {
      return true;
    }
  });
  return fc.oneof(wrongJson, notJson);
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

function bodyTargets() {
  const operator = bearer(operatorToken());
  const asPartner = bearer(partner.token);
  const asAdmin = bearer(admin);
  return [
    { method: 'POST', path: '/partners', headers: operator, schema: CreatePartnerRequest },
    { method: 'PATCH', path: `/partners/${partner.id}`, headers: operator, schema: UpdatePartnerRequest },
    { method: 'POST', path: '/product-key-batches', headers: operator, schema: CreateKeyBatchRequest },
    { method: 'POST', path: '/product-keys/lookup', headers: operator, schema: KeyRequest },
    { method: 'POST', path: '/product-keys/revoke', headers: operator, schema: RevokeKeyRequest },
    { method: 'POST', path: '/redemptions', headers: asPartner, schema: StartRedemptionRequest },
    { method: 'POST', path: `/redemptions/${redemptionId}/keys`, headers: asPartner, schema: KeyRequest },
    {
      method: 'POST',
      path: `/redemptions/${confirmedId}/complete`,
      headers: asPartner,
      schema: CompleteRedemptionRequest,
    },
    {
      method: 'POST',
      path: `/tenants/${tenant.tenantId}/users`,
      headers: asAdmin,
      schema: CreateUserRequest,
    },
    {
      method: 'PATCH',
      path: `/tenants/${tenant.tenantId}/users/${tenant.adminUserId}`,
      headers: asAdmin,
      schema: UpdateUserRequest,
    },
    {
      method: 'POST',
      path: `/subscriptions/${tenant.subscriptionId}/direct-billing`,
      headers: asAdmin,
      schema: DirectBillingRequest,
    },
    {
      method: 'PUT',
      path: `/subscriptions/${tenant.subscriptionId}/partner-of-record`,
      headers: asAdmin,
      schema: SetPartnerOfRecordRequest,
    },
    {
      method: 'POST',
      path: `/tenants/${tenant.tenantId}/delegation-offers`,
      headers: asPartner,
      schema: OfferDelegationRequest,
    },
  ];
}

/** Requests that would succeed (and change something) if their credentials were good. */
function validRequests() {
  const operator = bearer(operatorToken());
  const asPartner = bearer(partner.token);
  const asAdmin = bearer(admin);
  return [
    {
      method: 'POST',
      path: '/partners',
      headers: operator,
      body: JSON.stringify({ name: 'N', partnerId: '1234567', email: 'a@b.example', cloudEssentials: true }),
    },
    {
      method: 'POST',
      path: '/product-key-batches',
      headers: operator,
      body: JSON.stringify({ sku: 'BUSINESS_BASIC', seatsPerKey: 1, termMonths: 1, count: 1 }),
    },
    { method: 'POST', path: '/redemptions', headers: asPartner, body: JSON.stringify({ attestation: true }) },
    { method: 'POST', path: `/redemptions/${redemptionId}/confirm`, headers: asPartner },
    { method: 'POST', path: `/partners/${partner.id}/tokens`, headers: operator },
    { method: 'DELETE', path: `/redemptions/${redemptionId}/keys/${keyRef}`, headers: asPartner },
    {
      method: 'PATCH',
      path: `/partners/${partner.id}`,
      headers: operator,
      body: JSON.stringify({ name: 'Renamed' }),
    },
    {
      method: 'POST',
      path: `/subscriptions/${tenant.subscriptionId}/direct-billing`,
      headers: asAdmin,
      body: JSON.stringify({ forfeitPrepaidDays: true }),
    },
    {
      method: 'PATCH',
      path: `/tenants/${tenant.tenantId}/users/${tenant.adminUserId}`,
      headers: asAdmin,
      body: JSON.stringify({ firstName: 'Renamed' }),
    },
    {
      method: 'POST',
      path: `/tenants/${tenant.tenantId}/users`,
      headers: asAdmin,
      body: JSON.stringify({ firstName: 'A', lastName: 'B', userName: 'ab' }),
    },
    { method: 'DELETE', path: `/subscriptions/${tenant.subscriptionId}/partner-of-record`, headers: asAdmin },
    {
      method: 'DELETE',
      path: `/tenants/${tenant.tenantId}/delegated-admins/${partner.partnerId}`,
      headers: asAdmin,
    },
  ];
}

function badRequests(): fc.Arbitrary<BadRequest> {
  const asPartner = bearer(partner.token);
  const asAdmin = bearer(admin);
  const operator = bearer(operatorToken());

  const badBodies = fc.constantFrom(...bodyTargets()).chain((target) =>
    malformedBody(target.schema).map((body): BadRequest => ({
      kind: 'body',
      method: target.method,
      path: target.path,
      headers: target.headers,
      body,
    })),
  );

  // A well-formed key request carrying a string that is not a known key: 422 (or 429 once the
  // partner has guessed too often); never a change but the failure counter.
  const badKeys = fc
    .tuple(
      fc.constantFrom('/product-keys/lookup', `/redemptions/${redemptionId}/keys`),
      fc.oneof(printable, fc.stringMatching(/^[BCDFGHJKMPQRTVWXY2346789]{25}$/)),
    )
    .map(([path, key]): BadRequest => ({
      kind: 'key',
      method: 'POST',
      path,
      headers: path.startsWith('/product-keys') ? operator : asPartner,
      body: JSON.stringify({ key }),
    }));

  // Valid requests, each spoiled by its credentials: nothing may run.
  const badAuth = fc
    .tuple(
      fc.constantFrom(...validRequests()),
      fc.oneof(
        printable.map((s) => `Bearer ${s}`),
        printable,
        fc.constant('Bearer'),
        printable.map((s) => `Bearer kcp_${s}`),
        printable.map((s) => `Bearer kca_${s}`),
      ),
    )
    .filter(
      ([, auth]) => !auth.includes(operatorToken()) && !auth.includes(partner.token) && !auth.includes(admin),
    )
    .map(([request, authorization]): BadRequest => ({
      kind: 'auth',
      ...request,
      headers: authorization.trim() ? { authorization } : {},
    }));

  // Valid requests with an Idempotency-Key that breaks its rules.
  const badIdempotency = fc
    .tuple(
      fc.constantFrom(...validRequests().filter((r) => r.method === 'POST')),
      fc.oneof(
        fc.constant(''),
        fc.string({ minLength: 256, maxLength: 300 }).map((s) => s.replace(/[^\x21-\x7e]/g, 'x')),
        printable.map((s) => `${s}a\tb`),
        printable.map((s) => `${s}é`),
      ),
    )
    .map(([request, key]): BadRequest => ({
      kind: 'idempotency',
      ...request,
      headers: { ...request.headers, 'idempotency-key': key },
    }));

  // Ids in paths that name nothing (any characters, percent-encoded). Not empty, '.' or '..':
  // those change which path is asked for, they are not values in it.
  const known = [
    '',
    '.',
    '..',
    redemptionId,
    confirmedId,
    partner.id,
    keyRef,
    tenant.tenantId,
    tenant.subscriptionId,
    tenant.adminUserId,
    partner.partnerId,
  ];
  const segment = fc.oneof(printable, fc.uuid(), fc.string()).filter((s) => !known.includes(s));
  const badPaths = fc
    .tuple(
      segment,
      fc.constantFrom<[string, string, Record<string, string>, string | undefined]>(
        ['GET', '/redemptions/{x}', asPartner, undefined],
        ['POST', '/redemptions/{x}/confirm', asPartner, undefined],
        [
          'POST',
          '/redemptions/{x}/keys',
          asPartner,
          JSON.stringify({ key: 'BBBBB-BBBBB-BBBBB-BBBBB-BBBBB' }),
        ],
        [
          'POST',
          '/redemptions/{x}/complete',
          asPartner,
          JSON.stringify({ action: 'renew', subscriptionId: tenant.subscriptionId }),
        ],
        ['DELETE', `/redemptions/${redemptionId}/keys/{x}`, asPartner, undefined],
        ['PATCH', '/partners/{x}', operator, JSON.stringify({ name: 'x' })],
        ['POST', '/partners/{x}/tokens', operator, undefined],
        ['GET', '/tenants/{x}', asAdmin, undefined],
        ['GET', '/subscriptions/{x}', asPartner, undefined],
        ['POST', '/subscriptions/{x}/direct-billing', asAdmin, undefined],
        ['DELETE', `/tenants/${tenant.tenantId}/users/{x}`, asAdmin, undefined],
        ['PATCH', `/tenants/${tenant.tenantId}/users/{x}`, asAdmin, JSON.stringify({ firstName: 'x' })],
        ['POST', `/tenants/${tenant.tenantId}/users/{x}/token`, asAdmin, undefined],
        ['DELETE', `/tenants/${tenant.tenantId}/delegated-admins/{x}`, asAdmin, undefined],
        ['GET', '/delegation-offers/{x}', asPartner, undefined],
        ['GET', '/{x}', asPartner, undefined],
      ),
    )
    .map(([value, [method, template, headers, body]]): BadRequest => ({
      kind: 'path',
      method,
      path: template.replace('{x}', encodeURIComponent(value)),
      headers,
      ...(body ? { body } : {}),
    }));

  const paging = fc.oneof(
    fc
      .string()
      .filter((s) => !/^[0-9]{1,3}$/.test(s) || Number(s) < 1 || Number(s) > 100)
      .map((v) => `limit=${encodeURIComponent(v)}`),
    fc.string({ minLength: 1 }).map((v) => `continuationToken=${encodeURIComponent(v)}`),
  );
  const subscriptionFilters = fc.oneof(
    paging,
    fc
      .string({ minLength: 1 })
      .filter((v) => !/^\d{4}-\d{2}-\d{2}/.test(v))
      .map((v) => `expiresBefore=${encodeURIComponent(v)}`),
    fc
      .string({ minLength: 1 })
      .filter((v) => !['active', 'expired', 'disabled', 'deleted', 'migrated'].includes(v))
      .map((v) => `state=${encodeURIComponent(v)}`),
  );
  const badQueries = fc
    .oneof(
      fc.tuple(
        paging,
        fc.constantFrom<[string, Record<string, string>]>(
          ['/redemptions', asPartner],
          ['/tenants', asPartner],
          [`/tenants/${tenant.tenantId}/users`, asAdmin],
          [`/tenants/${tenant.tenantId}/notifications`, asAdmin],
        ),
      ),
      fc.tuple(
        subscriptionFilters,
        fc.constant<[string, Record<string, string>]>(['/subscriptions', asPartner]),
      ),
    )
    .map(([query, [path, headers]]): BadRequest => ({
      kind: 'query',
      method: 'GET',
      path: `${path}?${query}`,
      headers,
    }));

  const badMethods = fc
    .tuple(
      fc.constantFrom('PUT', 'PATCH', 'DELETE', 'POST'),
      fc.constantFrom(
        '/health',
        '/catalog',
        '/openapi.json',
        '/partners/me',
        '/product-keys/lookup',
        `/redemptions/${redemptionId}`,
        `/tenants/${tenant.tenantId}`,
      ),
    )
    .filter(([method, path]) => !(method === 'POST' && path === '/product-keys/lookup'))
    .map(([method, path]): BadRequest => ({ kind: 'method', method, path, headers: asPartner }));

  return fc.oneof<fc.Arbitrary<BadRequest>[]>(
    badBodies,
    badKeys,
    badAuth,
    badIdempotency,
    badPaths,
    badQueries,
    badMethods,
  );
}

function withoutCounters(dump: Record<string, Record<string, unknown>[]>) {
  const { failedKeyAttempts: _counters, ...rest } = dump;
  return rest;
}

describe('bad input', () => {
  it(`when ${RUNS} malformed requests are sent, then each gets a 4xx problem with a code and the store is unchanged`, async () => {
    await own.host.drainQueues();
    const before = withoutCounters(await own.dump());
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(badRequests(), async (request) => {
        const response = await fetch(`${own.apiBaseUrl}${request.path}`, {
          method: request.method,
          headers: {
            ...request.headers,
            ...(request.body !== undefined ? { 'content-type': 'application/json' } : {}),
          },
          ...(request.body !== undefined ? { body: request.body } : {}),
        });
        const text = await response.text();
        const context = `${request.kind} ${request.method} ${request.path} → ${response.status} ${text.slice(0, 200)}`;
        expect(response.status, context).toBeGreaterThanOrEqual(400);
        expect(response.status, context).toBeLessThan(500);
        expect(response.headers.get('content-type'), context).toMatch(/^application\/problem\+json/);
        const problem = JSON.parse(text) as { code: string; status: number };
        expect(ERROR_CODES, context).toContain(problem.code);
        expect(problem.status, context).toBe(response.status);
        const contentType = response.headers.get('content-type');
        expect(
          contractViolation(request.method, request.path, response.status, contentType, problem),
          context,
        ).toBeNull();
        seen.set(request.kind, (seen.get(request.kind) ?? 0) + 1);
      }),
      { numRuns: RUNS },
    );
    const after = withoutCounters(await own.dump());
    expect(after).toEqual(before);
    expect([...seen.keys()].sort()).toEqual([
      'auth',
      'body',
      'idempotency',
      'key',
      'method',
      'path',
      'query',
    ]);
  });
});
