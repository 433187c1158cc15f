import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnyOperation } from '../../shared/http/operation';
import { ALL_OPERATIONS } from '../../shared/http/operations';
import {
  addKey,
  asOperator,
  buildPartner,
  call,
  mintKey,
  mintKeys,
  openRedemption,
  uniqueProgramId,
  type TestPartner,
} from '../support/api';
import { EVERYONE, buildScenario, type PartnerRole, type Scenario, type Who } from '../support/scenario';
import { failedNotificationForTest, sharedStore } from '../support/store';
import { buildTenant, confirmedRedemption, createTenantBody, offerToken } from '../support/tenants';

/**
 * Every operation × every kind of caller → the status docs/api.md implies: 401 without a token; 403
 * for a kind of caller the operation is not for (and for one that sees the tenant but may not
 * administer it); 404 for anyone the resource is invisible to.
 *
 * WHO_MAY_CALL is written by hand from the contract, never read from the descriptors' `allow` or the
 * use cases, so it checks them rather than repeating them. The matrix is generated from it and the
 * descriptors (method, route): an operation without a row fails, so none can be added unchecked.
 */
type Expected = Record<Who, number>;

interface Request {
  params?: Record<string, string>;
  body?: unknown;
}

interface Case {
  /** Names one of several cases of an operation (complete: create_tenant and renew). */
  variant?: string;
  expected: Expected;
  request(s: Scenario, who: Who): Promise<Request>;
  /** Its success changes who sees what: each success runs on a scenario of its own. */
  destructive?: boolean;
}

const everyone = (ok: number): Expected => Object.fromEntries(EVERYONE.map((who) => [who, ok])) as Expected;
const operatorOnly = (ok: number): Expected => ({
  ...everyone(403),
  none: 401,
  operator: ok,
});
const partners = (ok: number): Expected => ({
  ...everyone(ok),
  none: 401,
  operator: 403,
  admin: 403,
  otherAdmin: 403,
});
/** A partner's own resource (its redemption, its offer): other partners do not see it. */
const ownerPartner = (ok: number): Expected => ({
  ...partners(404),
  owner: ok,
});
const seeTenant = (ok: number): Expected => ({
  none: 401,
  operator: 403,
  owner: 404,
  unrelated: 404,
  por: ok,
  delegate: ok,
  admin: ok,
  otherAdmin: 404,
});
const administerTenant = (ok: number): Expected => ({ ...seeTenant(ok), por: 403 });

const isPartner = (who: Who): who is PartnerRole => ['owner', 'unrelated', 'por', 'delegate'].includes(who);
const none = async (): Promise<Request> => ({});
const ofTenant = async (s: Scenario): Promise<Request> => ({ params: { id: s.tenantId } });
const ofSubscription = async (s: Scenario): Promise<Request> => ({ params: { id: s.subscriptionId } });
const newUserName = () => `u${randomBytes(4).toString('hex')}`;

/** An open redemption of the owner holding one key, and that key's keyRef. */
async function ownersOpenRedemption(s: Scenario): Promise<{ id: string; keyRef: string }> {
  const id = await openRedemption(s.partners.owner);
  const added = await addKey(s.partners.owner, id, await mintKey());
  return { id, keyRef: added.body.keyRef as string };
}

/** A pending offer of the owner, on a tenant of its own (the scenario's tenant keeps its own offers). */
async function ownersOffer(s: Scenario): Promise<string> {
  const tenant = await buildTenant({ partner: s.partners.owner });
  const offer = await call('POST', `/tenants/${tenant.tenantId}/delegation-offers`, {
    token: s.partners.owner.token,
    body: { message: 'May we help?' },
  });
  return offer.body.id as string;
}

/** Loopback http: the local stack lets a webhook endpoint have it (Azure never does); nothing listens. */
const HOOK_URL = 'http://127.0.0.1:9/matrix';

async function newEndpoint(partner: TestPartner): Promise<string> {
  const made = await call('POST', '/webhook-endpoints', { token: partner.token, body: { url: HOOK_URL } });
  if (made.status !== 201) throw new Error(`webhook endpoint: ${made.status} ${made.text}`);
  return made.body.id as string;
}

/** The owner's webhook endpoint, one a scenario (a partner has at most 10): only the owner's call succeeds. */
const ownersEndpoints = new WeakMap<Scenario, Promise<string>>();
function ownersEndpoint(s: Scenario): Promise<string> {
  let endpoint = ownersEndpoints.get(s);
  if (!endpoint) {
    endpoint = newEndpoint(s.partners.owner);
    ownersEndpoints.set(s, endpoint);
  }
  return endpoint;
}
const ofOwnersEndpoint = async (s: Scenario): Promise<Request> => ({
  params: { endpointId: await ownersEndpoint(s) },
});

/**
 * An event of the owner's feed (the tenant it created: `redemption.completed`), read from the store:
 * `GET /events` shows an event only once it is 30 s old (FEED_SETTLE_MS), and the scenario is newer.
 */
async function ownersEvent(s: Scenario): Promise<string> {
  const { cosmos, databaseId } = sharedStore();
  try {
    const { resources } = await cosmos
      .database(databaseId)
      .container('events')
      // The filter, not only the partition key: the embedded server, met here directly, does not
      // scope a query to the partition key sent with it (CI met another partner's event).
      .items.query<{ id: string }>(
        {
          query: 'SELECT c.id FROM c WHERE c.partnerId = @partnerId',
          parameters: [{ name: '@partnerId', value: s.partners.owner.id }],
        },
        { partitionKey: s.partners.owner.id },
      )
      .fetchAll();
    const [first] = resources;
    if (!first) throw new Error('the owner has no event');
    return first.id;
  } finally {
    cosmos.dispose();
  }
}

const WHO_MAY_CALL: Record<string, Case[]> = {
  // Service: open to anyone.
  health: [{ expected: everyone(200), request: none }],
  openapi: [{ expected: everyone(200), request: none }],
  catalog: [{ expected: everyone(200), request: none }],

  // Partners: the operator registers and manages them; a partner reads itself.
  'partners-create': [
    {
      expected: operatorOnly(201),
      request: async () => ({
        body: { name: 'New', partnerId: uniqueProgramId(), email: 'n@new.example', cloudEssentials: false },
      }),
    },
  ],
  'partners-list': [{ expected: operatorOnly(200), request: none }],
  'partners-me': [{ expected: partners(200), request: none }],
  'partners-me-update': [{ expected: partners(200), request: async () => ({ body: { language: 'it' } }) }],
  'partners-read': [
    { expected: operatorOnly(200), request: async () => ({ params: { id: (await buildPartner()).id } }) },
  ],
  'partners-update': [
    {
      expected: operatorOnly(200),
      request: async () => ({ params: { id: (await buildPartner()).id }, body: { name: 'Renamed' } }),
    },
  ],
  'partners-tokens-create': [
    { expected: operatorOnly(201), request: async () => ({ params: { id: (await buildPartner()).id } }) },
  ],

  // Product-key inventory: the operator's.
  'product-key-batches-create': [
    {
      expected: operatorOnly(201),
      request: async () => ({ body: { sku: 'BUSINESS_BASIC', seatsPerKey: 1, termMonths: 12, count: 1 } }),
    },
  ],
  'product-key-batches-get': [
    {
      expected: operatorOnly(200),
      request: async () => {
        const batch = await call<{ batchId: string }>('POST', '/product-key-batches', {
          ...asOperator(),
          body: { sku: 'BUSINESS_BASIC', seatsPerKey: 1, termMonths: 12, count: 1 },
        });
        return { params: { id: batch.body.batchId } };
      },
    },
  ],
  'product-keys-lookup': [
    { expected: operatorOnly(200), request: async () => ({ body: { key: await mintKey() } }) },
  ],
  'product-keys-revoke': [
    {
      expected: operatorOnly(200),
      request: async () => ({ body: { key: await mintKey(), reason: 'lost card' } }),
    },
  ],

  // Redemption: a partner's own wizard.
  'redemptions-create': [{ expected: partners(201), request: async () => ({ body: { attestation: true } }) }],
  'redemptions-list': [{ expected: partners(200), request: none }],
  'redemptions-get': [
    { expected: ownerPartner(200), request: async (s) => ({ params: { id: s.redemptions.owner } }) },
  ],
  'redemptions-add-key': [
    {
      expected: ownerPartner(201),
      request: async (s) => ({
        params: { id: await openRedemption(s.partners.owner) },
        body: { key: await mintKey() },
      }),
    },
  ],
  'redemptions-remove-key': [
    {
      expected: ownerPartner(204),
      request: async (s) => {
        const { id, keyRef } = await ownersOpenRedemption(s);
        return { params: { id, keyRef } };
      },
    },
  ],
  'redemptions-abandon': [
    {
      expected: ownerPartner(204),
      request: async (s) => ({ params: { id: (await ownersOpenRedemption(s)).id } }),
    },
  ],
  'redemptions-confirm': [
    {
      expected: ownerPartner(200),
      request: async (s) => ({ params: { id: (await ownersOpenRedemption(s)).id } }),
    },
  ],
  'redemptions-complete': [
    {
      variant: 'create_tenant',
      // The owning partner completes its own redemption; anyone else tries the owner's.
      expected: ownerPartner(201),
      request: async (s) => ({
        params: { id: await confirmedRedemption(s.partners.owner, await mintKeys(1)) },
        body: createTenantBody(),
      }),
    },
    {
      variant: 'renew',
      // Each partner its own redemption: the POR and the delegated admin may renew, no one else.
      expected: { ...ownerPartner(404), por: 200, delegate: 200 },
      request: async (s, who) => ({
        params: { id: s.redemptions[isPartner(who) ? who : 'owner'] },
        body: { action: 'renew', subscriptionId: s.subscriptionId },
      }),
    },
  ],

  // Tenants.
  'domains-availability': [
    { expected: partners(200), request: async () => ({ params: { prefix: 'contoso' } }) },
  ],
  'tenants-list': [{ expected: { ...everyone(200), none: 401, operator: 403 }, request: none }],
  'tenants-get': [{ expected: seeTenant(200), request: ofTenant }],
  // The language its admins are written in: who may change its users (not a POR alone).
  'tenants-update': [
    {
      expected: administerTenant(200),
      request: async (s) => ({ params: { id: s.tenantId }, body: { language: 'it' } }),
    },
  ],

  // Subscriptions.
  'subscriptions-list': [{ expected: partners(200), request: none }],
  'subscriptions-get': [{ expected: seeTenant(200), request: ofSubscription }],
  'subscriptions-partner-of-record-set': [
    {
      expected: administerTenant(200),
      request: async (s) => ({
        params: { id: s.subscriptionId },
        body: { partnerId: s.partners.por.partnerId },
      }),
    },
  ],
  'subscriptions-partner-of-record-remove': [
    { expected: administerTenant(204), destructive: true, request: ofSubscription },
  ],
  'subscriptions-direct-billing': [
    {
      expected: administerTenant(201),
      destructive: true,
      request: async (s) => ({ params: { id: s.subscriptionId }, body: { forfeitPrepaidDays: true } }),
    },
  ],

  // Users: the tenant's administrators (its customer admin, its delegated admin).
  'tenants-users-list': [{ expected: administerTenant(200), request: ofTenant }],
  'tenants-users-create': [
    {
      expected: administerTenant(201),
      request: async (s) => ({
        params: { id: s.tenantId },
        body: { firstName: 'M', lastName: 'X', userName: newUserName() },
      }),
    },
  ],
  'tenants-users-get': [
    {
      expected: administerTenant(200),
      request: async (s) => ({ params: { id: s.tenantId, userId: s.adminUserId } }),
    },
  ],
  'tenants-users-update': [
    {
      expected: administerTenant(200),
      request: async (s) => ({
        params: { id: s.tenantId, userId: s.adminUserId },
        body: { firstName: 'Ada' },
      }),
    },
  ],
  'tenants-users-delete': [
    {
      expected: administerTenant(204),
      request: async (s) => {
        const user = await call('POST', `/tenants/${s.tenantId}/users`, {
          token: s.tokens.admin,
          body: { firstName: 'D', lastName: 'X', userName: newUserName() },
        });
        return { params: { id: s.tenantId, userId: user.body.id } };
      },
    },
  ],
  'tenants-users-token-create': [
    {
      expected: administerTenant(202),
      request: async (s) => {
        // Another Global Administrator's: the admin asks for a colleague's, never its own.
        const colleague = await call('POST', `/tenants/${s.tenantId}/users`, {
          token: s.tokens.admin,
          body: {
            firstName: 'T',
            lastName: 'X',
            userName: newUserName(),
            roles: ['global_administrator'],
            email: 'colleague@contoso.example',
          },
        });
        return { params: { id: s.tenantId, userId: colleague.body.id } };
      },
    },
  ],

  // Notifications: whoever sees the tenant.
  'tenants-notifications-list': [{ expected: seeTenant(200), request: ofTenant }],
  'tenants-notifications-resend': [
    {
      expected: seeTenant(202),
      request: async (s) => ({
        params: { id: s.tenantId, notificationId: (await failedNotificationForTest(s.tenantId)).id },
      }),
    },
  ],

  // Delegated administration.
  'tenants-delegation-offers-create': [
    {
      // Who may offer follows who sees the tenant: its POR may; its delegated admin already is one;
      // its creator, no longer POR, sees nothing (404, as on every tenant endpoint).
      expected: { ...partners(404), por: 201, delegate: 409 },
      request: async (s) => ({ params: { id: s.tenantId }, body: { message: 'Hello.' } }),
    },
  ],
  // Whoever sees the tenant lists its offers (a partner only those it made).
  'tenants-delegation-offers-list': [{ expected: seeTenant(200), request: ofTenant }],
  // Events: each partner reads its own feed.
  'events-list': [{ expected: partners(200), request: none }],

  // Webhooks: each partner its own endpoints (another's is 404); its own notifications.
  'webhook-endpoints-create': [
    { expected: partners(201), request: async () => ({ body: { url: HOOK_URL } }) },
  ],
  'webhook-endpoints-list': [{ expected: partners(200), request: none }],
  'webhook-endpoints-get': [{ expected: ownerPartner(200), request: ofOwnersEndpoint }],
  'webhook-endpoints-update': [
    {
      expected: ownerPartner(200),
      request: async (s) => ({ ...(await ofOwnersEndpoint(s)), body: { description: 'Renamed' } }),
    },
  ],
  'webhook-endpoints-delete': [
    {
      // The owner removes one of its own made for this; the others try the shared one.
      expected: ownerPartner(204),
      request: async (s, who) =>
        who === 'owner'
          ? { params: { endpointId: await newEndpoint(s.partners.owner) } }
          : ofOwnersEndpoint(s),
    },
  ],
  'webhook-endpoints-secret-rotate': [{ expected: ownerPartner(200), request: ofOwnersEndpoint }],
  'webhook-endpoints-test': [{ expected: ownerPartner(202), request: ofOwnersEndpoint }],
  'webhook-endpoints-deliveries-list': [{ expected: ownerPartner(200), request: ofOwnersEndpoint }],
  'webhook-endpoints-deliveries-redeliver': [
    {
      expected: ownerPartner(202),
      request: async (s) => ({
        params: { endpointId: await ownersEndpoint(s), eventId: await ownersEvent(s) },
      }),
    },
  ],
  'webhook-endpoints-redeliver': [
    {
      expected: ownerPartner(202),
      request: async (s) => ({
        ...(await ofOwnersEndpoint(s)),
        body: { since: new Date(Date.now() - 3_600_000).toISOString() },
      }),
    },
  ],
  'partners-me-notifications-list': [{ expected: partners(200), request: none }],
  'delegation-offers-get': [
    { expected: ownerPartner(200), request: async (s) => ({ params: { id: await ownersOffer(s) } }) },
  ],
  'delegation-offers-withdraw': [
    { expected: ownerPartner(204), request: async (s) => ({ params: { id: await ownersOffer(s) } }) },
  ],
  // The emailed link's page is the same for all; its token (in the body) is the credential, whoever
  // (if anyone) also signs in.
  'offers-page': [{ expected: everyone(200), request: none }],
  'offers-lookup': [
    {
      expected: everyone(200),
      request: async (s) => ({ body: { token: await offerToken(await ownersOffer(s)) } }),
    },
  ],
  'offers-accept': [
    {
      expected: everyone(200),
      request: async (s) => ({ body: { token: await offerToken(await ownersOffer(s)) } }),
    },
  ],
  'offers-decline': [
    {
      expected: everyone(200),
      request: async (s) => ({ body: { token: await offerToken(await ownersOffer(s)) } }),
    },
  ],
  // The console's page and files: public, like any web page (the token is typed into it).
  console: [{ expected: everyone(200), request: async () => ({ params: { '*asset': '' } }) }],
  'tenants-delegated-admins-list': [{ expected: administerTenant(200), request: ofTenant }],
  'tenants-delegated-admins-remove': [
    {
      // The customer's admin ends it, or the partner steps down; no one else.
      expected: { ...administerTenant(404), admin: 204, delegate: 204, por: 403 },
      destructive: true,
      request: async (s) => ({ params: { id: s.tenantId, partnerId: s.partners.delegate.partnerId } }),
    },
  ],
};

/** The path of the operation's route with `params`, relative to the API's base. */
function pathFor(operation: AnyOperation, params: Record<string, string> = {}): string {
  return `/${operation.route.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${operation.name}: the table gives no {${name}}`);
    return encodeURIComponent(value);
  })}`;
}

const CODES: Record<number, string> = { 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found' };

describe('authorization matrix', () => {
  let shared: Scenario;
  beforeAll(async () => {
    shared = await buildScenario();
  });

  it('when the operations are listed, then each has its row in the table of who may call it, and no row is left over', () => {
    expect(Object.keys(WHO_MAY_CALL).sort()).toEqual(ALL_OPERATIONS.map((op) => op.name).sort());
  });

  const cases = ALL_OPERATIONS.flatMap((operation) =>
    (WHO_MAY_CALL[operation.name] ?? []).map((testCase) => ({ operation, testCase })),
  );
  it.each(
    cases.map(({ operation, testCase }) => ({
      name: `${operation.method} /${operation.route}${testCase.variant ? ` ${testCase.variant}` : ''}`,
      operation,
      testCase,
    })),
  )(
    'when every kind of caller calls $name, then each gets the status the contract implies',
    async ({ operation, testCase }) => {
      const actual = {} as Expected;
      const problems: string[] = [];
      // Every caller at once: each prepares a request of its own (its own resource, or a scenario of
      // its own for a success that changes who sees what), and a refusal changes nothing, so no
      // caller's answer depends on another's; one after another only added their waits up.
      await Promise.all(
        EVERYONE.map(async (who) => {
          const succeeds = testCase.expected[who] < 300;
          const scenario = testCase.destructive && succeeds ? await buildScenario() : shared;
          const request = await testCase.request(scenario, who);
          const response = await call(operation.method, pathFor(operation, request.params), {
            token: scenario.tokens[who],
            ...(request.body !== undefined ? { body: request.body } : {}),
          });
          actual[who] = response.status;
          const code = CODES[response.status];
          if (code && response.body?.code !== code)
            problems.push(`as ${who}: ${response.status} with code ${response.body?.code}`);
        }),
      );
      expect(actual).toEqual(testCase.expected);
      expect(problems).toEqual([]);
    },
  );
});
