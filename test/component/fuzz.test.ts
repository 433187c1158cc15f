import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ERROR_CODES } from '../../shared/domain/errors';
import type { AnyOperation, HttpMethod } from '../../shared/http/operation';
import { ALL_OPERATIONS } from '../../shared/http/operations';
import {
  addKey,
  asOperator,
  buildPartner,
  call,
  mintKeys,
  openRedemption,
  operatorToken,
  type TestPartner,
} from '../support/api';
import { contractViolation } from '../support/contract';
import { startOwnHost, type OwnHost } from '../support/own-host';
import { adminToken, buildTenant, confirmedRedemption, type TestTenant } from '../support/tenants';

/**
 * Bad input, fuzzed across the whole API: 10,000 requests, each aimed at one operation of the
 * contract (every one of them, the list read from the descriptors, so a new operation is fuzzed as
 * soon as it exists) and spoiled one way: its credentials, an id in its path, its body (refused by
 * its own schema, or not JSON, or not declared JSON), its query (refused by its schema), its
 * Idempotency-Key, a method its route does not answer, a product key or offer token that names
 * nothing. Every answer must be a 4xx problem+json with a known code that the contract lists, and
 * the store must hold exactly what it held before. The one intended trace of bad input is the
 * failed-look-up counter (docs/api.md's rate limit), so that container alone is left out.
 */
const RUNS = 10_000;
type Op = AnyOperation;

let own: OwnHost;
let partner: TestPartner;
let tenant: TestTenant;
let admin: string;
let ids: Record<string, string>;

beforeAll(async () => {
  own = await startOwnHost({ queues: true });
  const base = own.apiBaseUrl;
  partner = await buildPartner({}, base);
  const redemptionId = await openRedemption(partner, base);
  const [key] = (await mintKeys(1, {}, base)) as [string];
  const keyRef = (await addKey(partner, redemptionId, key, base)).body.keyRef;
  const confirmedId = await confirmedRedemption(partner, await mintKeys(1, {}, base), base);
  tenant = await buildTenant({
    partner,
    baseUrl: base,
    partnerOfRecord: true,
    delegatedAdministration: true,
  });
  admin = await adminToken(tenant);
  const other = await buildTenant({ partner, baseUrl: base, partnerOfRecord: true });
  const offer = await call('POST', `/tenants/${other.tenantId}/delegation-offers`, {
    token: partner.token,
    body: { message: 'May we help?' },
    baseUrl: base,
  });
  const batch = await call('POST', '/product-key-batches', {
    ...asOperator(base),
    body: { sku: 'BUSINESS_BASIC', seatsPerKey: 1, termMonths: 12, count: 1 },
  });
  // Disabled by its partner: no delivery is planned to it, so nothing runs while the store is compared.
  const endpoint = await call('POST', '/webhook-endpoints', {
    token: partner.token,
    body: { url: 'http://127.0.0.1:9/fuzz', enabled: false },
    baseUrl: base,
  });
  const [event] = ((await own.dump())['events'] ?? []).filter((e) => e['partnerId'] === partner.id);
  ids = {
    endpoint: endpoint.body.id as string,
    event: event?.['id'] as string,
    batch: batch.body.batchId as string,
    redemption: redemptionId,
    confirmed: confirmedId,
    keyRef,
    partner: partner.id,
    partnerId: partner.partnerId,
    tenant: tenant.tenantId,
    subscription: tenant.subscriptionId,
    user: tenant.adminUserId,
    offer: offer.body.id as string,
  };
});
afterAll(async () => own?.stop());

interface BadRequest {
  kind: string;
  operation: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** The real id each route parameter takes, so that only the spoiled part of a request is wrong. */
function paramValue(op: Op, name: string): string {
  if (name === '*asset') return '';
  if (name === 'keyRef') return ids['keyRef'] as string;
  if (name === 'userId') return ids['user'] as string;
  if (name === 'partnerId') return ids['partnerId'] as string;
  if (name === 'prefix') return 'contoso';
  if (name === 'endpointId') return ids['endpoint'] as string;
  if (name === 'eventId') return ids['event'] as string;
  const resource = op.route.split('/')[0];
  if (resource === 'redemptions')
    return ids[op.name === 'redemptions-complete' ? 'confirmed' : 'redemption'] as string;
  if (resource === 'partners') return ids['partner'] as string;
  if (resource === 'tenants') return ids['tenant'] as string;
  if (resource === 'subscriptions') return ids['subscription'] as string;
  if (resource === 'delegation-offers') return ids['offer'] as string;
  if (resource === 'product-key-batches') return ids['batch'] as string;
  throw new Error(`${op.name}: no id for {${name}}`);
}

const paramsOf = (op: Op) => [...op.route.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);

function pathOf(op: Op, override: Record<string, string> = {}): string {
  return `/${op.route.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(override[name] ?? paramValue(op, name)))}`;
}

/** The credentials of a caller the operation is for (none for public ones). */
function credentials(op: Op): Record<string, string> {
  if (op.allow === 'anyone') return {};
  const token = op.allow.includes('operator')
    ? operatorToken()
    : op.allow.includes('customer_admin') && !op.allow.includes('partner')
      ? admin
      : op.allow.includes('partner')
        ? partner.token
        : admin;
  return { authorization: `Bearer ${token}` };
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
  'token',
  'offerId',
  'subscriptionId',
  'userName',
  'message',
  'firstName',
  'roles',
  'x',
];

/** JSON that the schema refuses, or text that is not JSON at all (never an empty body where one is optional). */
function malformedBody(schema: z.ZodType, optional: boolean): fc.Arbitrary<string> {
  const wrongJson = fc
    .oneof(fc.jsonValue(), fc.dictionary(fc.constantFrom(...FIELD_NAMES), fc.jsonValue()))
    .filter((value) => !schema.safeParse(value).success)
    .map((value) => JSON.stringify(value) ?? 'null');
  const notJson = fc.string().filter((text) => {
    if (optional && text.trim() === '') return false;
    try {
      return !schema.safeParse(JSON.parse(text)).success;
    } catch {
      return true;
    }
  });
  return fc.oneof(wrongJson, notJson);
}

function queryNames(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : ['limit', 'continuationToken'];
}

const KNOWN_DOMAIN = /^[a-z][a-z0-9]{2,26}$/;
const ALL_METHODS: HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

function badRequests(): fc.Arbitrary<BadRequest> {
  const ops = ALL_OPERATIONS as readonly Op[];
  const of = (op: Op, kind: string, rest: Partial<BadRequest> = {}): BadRequest => ({
    kind,
    operation: op.name,
    method: op.method,
    path: pathOf(op),
    headers: credentials(op),
    ...rest,
  });

  // Spoiled credentials on a request the operation would otherwise answer: nothing may run.
  const known = [operatorToken(), partner.token, admin];
  const badAuth = fc
    .tuple(
      fc.constantFrom(...ops.filter((op) => op.allow !== 'anyone')),
      fc.oneof(
        printable.map((s) => `Bearer ${s}`),
        printable,
        fc.constant('Bearer'),
        printable.map((s) => `Bearer kcp_${s}`),
        printable.map((s) => `Bearer kca_${s}`),
        fc.stringMatching(/^Bearer kc[pa]_[A-Za-z0-9_-]{43}$/),
      ),
    )
    .filter(([, auth]) => !known.some((token) => auth.includes(token)))
    .map(([op, authorization]) => of(op, 'auth', { headers: authorization.trim() ? { authorization } : {} }));

  // An id in the path that names nothing (any characters, percent-encoded). Not empty, '.' or '..':
  // those change which path is asked for, they are not values in it.
  const realIds = new Set(['', '.', '..', ...Object.values(ids), 'contoso']);
  const badPaths = fc
    .constantFrom(...ops.filter((op) => paramsOf(op).length > 0))
    .chain((op) =>
      fc.tuple(
        fc.constant(op),
        fc.constantFrom(...paramsOf(op)),
        fc.oneof(printable, fc.uuid(), fc.string()).filter((s) => !realIds.has(s)),
      ),
    )
    // A well-formed free domain prefix is a good question (200), not bad input.
    .filter(([, name, value]) => name !== 'prefix' || !KNOWN_DOMAIN.test(value.trim().toLowerCase()))
    .map(([op, name, value]) => of(op, 'path', { path: pathOf(op, { [name]: value }) }));

  const bodyOps = ops.filter((op) => op.body);
  const badBodies = fc
    .constantFrom(...bodyOps)
    .chain((op) =>
      malformedBody(op.body?.schema as z.ZodType, op.body?.optional ?? false).map((body) =>
        of(op, 'body', { body, headers: { ...credentials(op), 'content-type': 'application/json' } }),
      ),
    );
  const badMediaTypes = fc
    .tuple(
      fc.constantFrom(...bodyOps),
      fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml'),
    )
    .map(([op, type]) =>
      of(op, 'media', { body: '{}', headers: { ...credentials(op), 'content-type': type } }),
    );

  const queryOps = ops.filter((op) => op.query);
  const badQueries = fc.constantFrom(...queryOps).chain((op) =>
    fc
      .dictionary(fc.constantFrom(...queryNames(op.query as z.ZodType)), fc.string({ minLength: 1 }), {
        minKeys: 1,
      })
      .filter((query) => !(op.query as z.ZodType).safeParse(query).success)
      .map((query) => of(op, 'query', { path: `${pathOf(op)}?${new URLSearchParams(query).toString()}` })),
  );

  const badIdempotency = fc
    .tuple(
      fc.constantFrom(...ops.filter((op) => op.method === 'POST')),
      fc.oneof(
        fc.constant(''),
        fc.string({ minLength: 256, maxLength: 300 }).map((s) => s.replace(/[^\x21-\x7e]/g, 'x')),
        printable.map((s) => `${s}a\tb`),
        printable.map((s) => `${s}é`),
      ),
    )
    .map(([op, key]) => of(op, 'idempotency', { headers: { ...credentials(op), 'idempotency-key': key } }));

  // A method the route does not answer (every operation's route, the public ones included).
  const badMethods = fc
    .tuple(fc.constantFrom(...ops), fc.constantFrom(...ALL_METHODS))
    .filter(([op, method]) => !ops.some((other) => other.route === op.route && other.method === method))
    .map(([op, method]) =>
      of(op, 'method', {
        method,
        ...(method === 'GET'
          ? {}
          : { body: '{}', headers: { ...credentials(op), 'content-type': 'application/json' } }),
      }),
    );

  // Well-formed secrets that name nothing: a product key, an offer's token.
  const keyOps = ops.filter((op) => op.name === 'product-keys-lookup' || op.name === 'redemptions-add-key');
  const badKeys = fc
    .tuple(
      fc.constantFrom(...keyOps),
      fc.oneof(printable, fc.stringMatching(/^[BCDFGHJKMPQRTVWXY2346789]{25}$/)),
    )
    .map(([op, key]) =>
      of(op, 'key', {
        body: JSON.stringify({ key }),
        headers: { ...credentials(op), 'content-type': 'application/json' },
      }),
    );
  const offerOps = ops.filter((op) => op.route.startsWith('offers/') && op.body);
  const badOfferTokens = fc
    .tuple(fc.constantFrom(...offerOps), fc.stringMatching(/^kco_[A-Za-z0-9_-]{43}$/))
    .map(([op, token]) =>
      of(op, 'offer-token', {
        body: JSON.stringify({ token }),
        headers: { 'content-type': 'application/json' },
      }),
    );

  return fc.oneof(
    badAuth,
    badPaths,
    badBodies,
    badMediaTypes,
    badQueries,
    badIdempotency,
    badMethods,
    badKeys,
    badOfferTokens,
  );
}

function withoutCounters(dump: Record<string, Record<string, unknown>[]>) {
  const { failedKeyAttempts: _counters, ...rest } = dump;
  return rest;
}

describe('bad input', () => {
  it(`when ${RUNS.toLocaleString('en')} malformed requests are sent across every operation, then each gets a 4xx problem with a code and the store is unchanged`, async () => {
    await own.host.drainQueues();
    const before = withoutCounters(await own.dump());
    const kinds = new Map<string, number>();
    const operations = new Set<string>();
    await fc.assert(
      fc.asyncProperty(badRequests(), async (request) => {
        const response = await fetch(`${own.apiBaseUrl}${request.path}`, {
          method: request.method,
          headers: request.headers,
          ...(request.body !== undefined ? { body: request.body } : {}),
        });
        const text = await response.text();
        const context = `${request.kind} (${request.operation}) ${request.method} ${request.path} → ${response.status} ${text.slice(0, 200)}`;
        expect(response.status, context).toBeGreaterThanOrEqual(400);
        expect(response.status, context).toBeLessThan(500);
        const contentType = response.headers.get('content-type');
        expect(contentType, context).toMatch(/^application\/problem\+json/);
        const problem = JSON.parse(text) as { code: string; status: number };
        expect(ERROR_CODES, context).toContain(problem.code);
        expect(problem.status, context).toBe(response.status);
        expect(
          contractViolation(request.method, request.path, response.status, response.headers, problem),
          context,
        ).toBeNull();
        kinds.set(request.kind, (kinds.get(request.kind) ?? 0) + 1);
        operations.add(request.operation);
      }),
      { numRuns: RUNS },
    );
    await own.host.drainQueues();
    expect(withoutCounters(await own.dump())).toEqual(before);
    expect([...kinds.keys()].sort()).toEqual(
      ['auth', 'body', 'idempotency', 'key', 'media', 'method', 'offer-token', 'path', 'query'].sort(),
    );
    expect([...operations].sort()).toEqual(ALL_OPERATIONS.map((op) => op.name).sort());
  });
});
