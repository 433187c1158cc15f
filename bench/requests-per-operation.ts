import { QueueClient } from '@azure/storage-queue';
import { randomBytes } from 'node:crypto';
import { decodeMessage } from '../dev/functions-host/queues';
import type { LocalStack } from '../dev/stack';
import { Sealer } from '../shared/crypto/secrets';
import { MAX_SEND_ATTEMPTS, newNotification, type Notification } from '../shared/domain/notification';
import { ALL_OPERATIONS } from '../shared/http/operations';
import {
  addKey,
  api,
  confirm,
  mint,
  newTenantBody,
  nextProgramId,
  openRedemption,
  registerPartner,
  type Json,
} from './api-client';
import { startCountingStack, type CountingStore } from './counting-store';

/**
 * Cosmos DB requests per operation, counted at the app's store port (one call there is one request;
 * the health probe's database read included) on an in-process stack, for every operation of the
 * API and every step the timers and the queue trigger take, beside the fewest the design allows.
 * POSTs carry an Idempotency-Key, as a careful partner tool's do. A cross-partition query on a
 * request's path fails the bench: it would cost every partition's RUs on every call in Azure.
 *
 * The design minimum of each, and why: a partner's or customer admin's bearer token costs two point
 * reads (the token by its hash, then its owner: a partner, or a user); the operator's is a setting (0).
 * An Idempotency-Key costs two writes (the claim, then the kept answer).
 */
export interface OperationCount {
  operation: string;
  requests: number;
  /** Request units charged for it, as the local gateway charges them (dev/cosmos-gateway/charges.ts). */
  ru: number;
  /** Of its requests, the queries (the model's weakest estimate). */
  queries: number;
  minimum: number;
  why: string;
  crossPartition: string[];
}

interface Case {
  operation: string;
  variant?: string;
  /** Argued by hand for the redemption flow and the simple operations; unset: measured less re-reads. */
  minimum?: number;
  why?: string;
  /** Untimed, uncounted preparation; returns the request to count. */
  prepare(): Promise<Request>;
}

interface Request {
  method: string;
  path: string;
  token?: string;
  body?: unknown;
}

const unique = () => randomBytes(5).toString('hex');

class Scenario {
  readonly base: string;
  readonly operator: string;
  /** The app's notification queue, which no trigger polls here: deliver() plays the trigger. */
  readonly queue: QueueClient;

  constructor(readonly stack: LocalStack) {
    this.base = stack.apiBaseUrl;
    this.operator = stack.settings['OPERATOR_TOKEN'] as string;
    this.queue = new QueueClient(
      stack.settings['AzureWebJobsStorage'] as string,
      stack.settings['NOTIFICATIONS_QUEUE'] ?? 'notifications',
    );
  }

  call(request: Request): Promise<Json> {
    return api(this.base, request.method, request.path, request.token ?? '', request.body);
  }

  partner() {
    return registerPartner(this.base, this.operator, `count-${unique()}`);
  }

  keys(count: number): Promise<string[]> {
    return mint(this.base, this.operator, count);
  }

  openRedemption(token: string): Promise<string> {
    return openRedemption(this.base, token);
  }

  async withKey(token: string): Promise<{ id: string; keyRef: string }> {
    const id = await this.openRedemption(token);
    const [key] = await this.keys(1);
    return { id, keyRef: await addKey(this.base, token, id, key as string) };
  }

  async confirmed(token: string): Promise<string> {
    const { id } = await this.withKey(token);
    await confirm(this.base, token, id);
    return id;
  }

  /** Sends what the queue holds, as the queue trigger would. */
  async deliver(): Promise<void> {
    for (;;) {
      const { receivedMessageItems } = await this.queue.receiveMessages({ numberOfMessages: 32 });
      if (receivedMessageItems.length === 0) return;
      for (const message of receivedMessageItems) {
        await this.stack.host?.invoke('notification-send', decodeMessage(message.messageText, 'base64'));
        await this.queue.deleteMessage(message.messageId, message.popReceipt);
      }
    }
  }

  /** A notification of the tenant that failed its every attempt, written straight to the store. */
  async failedNotification(tenantId: string): Promise<string> {
    const sealer = new Sealer(this.stack.settings['KEY_PEPPER'] as string);
    const id = `bench_failed:${unique()}`;
    const notification: Notification = {
      ...newNotification({
        id,
        tenantId,
        type: 'welcome_admin',
        recipients: ['nobody@bench.example'],
        sealedContent: sealer.seal(JSON.stringify({ subject: id, plainText: id, html: id })),
        now: this.stack.clock.now(),
      }),
      status: 'failed',
      attempts: MAX_SEND_ATTEMPTS,
      nextSweepAt: null,
    };
    await this.stack.cosmos
      .database(this.stack.settings['COSMOS_DATABASE'] as string)
      .container('notifications')
      .items.create(notification);
    return id;
  }

  /** The first token of `pattern` in the email of a notification. */
  async tokenFromMail(notificationId: string, pattern: RegExp): Promise<string> {
    await this.deliver();
    const mail = this.stack.mail
      ?.received()
      .find((m) => m.headers['x-keycard-notification-id'] === notificationId);
    const token = mail?.plainText ? pattern.exec(mail.plainText)?.[1] : undefined;
    if (!token) throw new Error(`no token in the email of ${notificationId}`);
    return token;
  }

  /** A partner's tenant (the partner its POR, delegated admin if asked) with its admin's token. */
  async tenant(token: string, delegatedAdministration = false) {
    const id = await this.confirmed(token);
    const done = await this.call({
      method: 'POST',
      path: `/redemptions/${id}/complete`,
      token,
      body: newTenantBody(delegatedAdministration),
    });
    const tenant = done['tenant'] as Json;
    const subscription = done['subscription'] as Json;
    const adminUserId = String((done['adminUser'] as Json)['id']);
    const admin = await this.tokenFromMail(`welcome_admin:${adminUserId}`, /(kca_[A-Za-z0-9_-]{43})/);
    return { tenantId: String(tenant['id']), subscriptionId: String(subscription['id']), adminUserId, admin };
  }

  async user(tenantId: string, admin: string, roles?: string[]): Promise<string> {
    const created = await this.call({
      method: 'POST',
      path: `/tenants/${tenantId}/users`,
      token: admin,
      body: {
        firstName: 'U',
        lastName: 'Count',
        userName: `u${unique()}`,
        ...(roles ? { roles, email: `u-${unique()}@count.example` } : {}),
      },
    });
    return String(created['id']);
  }

  async offer(token: string, tenantId: string): Promise<string> {
    const offer = await this.call({
      method: 'POST',
      path: `/tenants/${tenantId}/delegation-offers`,
      token,
      body: { message: 'May we help?' },
    });
    return String(offer['id']);
  }

  async offerToken(offerId: string): Promise<string> {
    return this.tokenFromMail(`delegation_offer:${offerId}`, /\/offers#(kco_[A-Za-z0-9_-]{43})/);
  }
}

const PARTNER = 2;
const IDEMPOTENT = 2;

function cases(s: Scenario, partner: { token: string; id: string; partnerId: string }): Case[] {
  const t = partner.token;
  const tenant = () => s.tenant(t);
  /** An operation of a fresh tenant's, called by its customer admin. */
  const asTenantAdmin = (
    operation: string,
    method: string,
    path: (t: Awaited<ReturnType<typeof tenant>>) => string,
    body?: unknown,
  ): Case => ({
    operation,
    prepare: async () => {
      const t = await tenant();
      return { method, path: path(t), token: t.admin, ...(body !== undefined ? { body } : {}) };
    },
  });
  // One webhook endpoint of the partner's for the cases that read or change it (at most 10 a partner).
  const hook = { url: 'http://127.0.0.1:9/bench' };
  const newEndpoint = async () =>
    String((await s.call({ method: 'POST', path: '/webhook-endpoints', token: t, body: hook }))['id']);
  let shared: Promise<string> | undefined;
  const endpoint = () => (shared ??= newEndpoint());
  const onEndpoint = (operation: string, method: string, tail = '', body?: unknown): Case => ({
    operation,
    prepare: async () => ({
      method,
      path: `/webhook-endpoints/${await endpoint()}${tail}`,
      token: t,
      ...(body !== undefined ? { body } : {}),
    }),
  });
  // A list of one: its cost per item is then read off directly.
  const partnerWithOneTenant = async () => {
    const { token } = await s.partner();
    await s.tenant(token);
    return token;
  };
  return [
    {
      operation: 'health',
      minimum: 1,
      why: 'the store probe (a database read)',
      prepare: async () => ({ method: 'GET', path: '/health' }),
    },
    {
      operation: 'openapi',
      minimum: 0,
      why: 'built in memory',
      prepare: async () => ({ method: 'GET', path: '/openapi.json' }),
    },
    {
      operation: 'catalog',
      minimum: 0,
      why: 'a constant',
      prepare: async () => ({ method: 'GET', path: '/catalog' }),
    },
    {
      operation: 'console',
      minimum: 0,
      why: 'a file read once',
      prepare: async () => ({ method: 'GET', path: '/console/' }),
    },
    {
      operation: 'partners-create',
      minimum: IDEMPOTENT + 4,
      why: "idempotency ×2, the program id looked up (no partner has it yet), the directory's entry, token, partner",
      prepare: async () => ({
        method: 'POST',
        path: '/partners',
        token: s.operator,
        body: { name: 'New', partnerId: nextProgramId(), email: 'n@new.example', cloudEssentials: false },
      }),
    },
    {
      operation: 'partners-list',
      minimum: 2,
      why: "one single-partition query (the directory's), then each partner of the page (limit=1)",
      prepare: async () => ({ method: 'GET', path: '/partners?limit=1', token: s.operator }),
    },
    {
      operation: 'partners-me',
      minimum: PARTNER,
      why: 'token, partner',
      prepare: async () => ({ method: 'GET', path: '/partners/me', token: t }),
    },
    {
      operation: 'partners-me-update',
      minimum: PARTNER + 2,
      why: 'token, partner, partner read + conditional write',
      prepare: async () => ({
        method: 'PATCH',
        path: '/partners/me',
        token: (await s.partner()).token,
        body: { language: 'it' },
      }),
    },
    {
      operation: 'partners-read',
      minimum: 1,
      why: 'the partner',
      prepare: async () => ({ method: 'GET', path: `/partners/${partner.id}`, token: s.operator }),
    },
    {
      operation: 'partners-update',
      minimum: 2,
      why: 'partner read, conditional write',
      prepare: async () => ({
        method: 'PATCH',
        path: `/partners/${(await s.partner()).id}`,
        token: s.operator,
        body: { name: 'Renamed' },
      }),
    },
    {
      operation: 'partners-tokens-create',
      minimum: IDEMPOTENT + 4,
      why: 'idempotency ×2, partner read + write, new token, old token revoked',
      prepare: async () => ({
        method: 'POST',
        path: `/partners/${(await s.partner()).id}/tokens`,
        token: s.operator,
      }),
    },
    {
      operation: 'product-key-batches-get',
      minimum: 1,
      why: 'the batch (a point read)',
      prepare: async () => {
        const batch = await s.call({
          method: 'POST',
          path: '/product-key-batches',
          token: s.operator,
          body: { sku: 'BUSINESS_BASIC', seatsPerKey: 1, termMonths: 12, count: 1 },
        });
        return { method: 'GET', path: `/product-key-batches/${String(batch['batchId'])}`, token: s.operator };
      },
    },
    {
      operation: 'product-key-batches-create',
      minimum: IDEMPOTENT + 2,
      why: 'idempotency ×2, the batch, its keys in one bulk request (count 10)',
      prepare: async () => ({
        method: 'POST',
        path: '/product-key-batches',
        token: s.operator,
        body: { sku: 'BUSINESS_BASIC', seatsPerKey: 1, termMonths: 12, count: 10 },
      }),
    },
    {
      operation: 'product-keys-lookup',
      minimum: IDEMPOTENT + 1,
      why: 'idempotency ×2 (a POST), the key',
      prepare: async () => ({
        method: 'POST',
        path: '/product-keys/lookup',
        token: s.operator,
        body: { key: (await s.keys(1))[0] },
      }),
    },
    {
      operation: 'product-keys-revoke',
      minimum: IDEMPOTENT + 2,
      why: 'idempotency ×2, key read + conditional write',
      prepare: async () => ({
        method: 'POST',
        path: '/product-keys/revoke',
        token: s.operator,
        body: { key: (await s.keys(1))[0], reason: 'lost card' },
      }),
    },
    {
      operation: 'redemptions-create',
      minimum: PARTNER + IDEMPOTENT + 1,
      why: 'token, partner, idempotency ×2, redemption',
      prepare: async () => ({ method: 'POST', path: '/redemptions', token: t, body: { attestation: true } }),
    },
    {
      operation: 'redemptions-list',
      minimum: PARTNER + 1,
      why: "token, partner, one single-partition query (the partner's)",
      prepare: async () => ({ method: 'GET', path: '/redemptions', token: t }),
    },
    {
      operation: 'redemptions-get',
      minimum: PARTNER + 1,
      why: 'token, partner, redemption',
      prepare: async () => ({ method: 'GET', path: `/redemptions/${(await s.withKey(t)).id}`, token: t }),
    },
    {
      operation: 'redemptions-add-key',
      minimum: PARTNER + IDEMPOTENT + 7,
      why: 'token, partner, idempotency ×2, look-up reserved (read + write) and released (write), redemption read + write, key read + conditional write',
      prepare: async () => {
        const id = await s.openRedemption(t);
        return {
          method: 'POST',
          path: `/redemptions/${id}/keys`,
          token: t,
          body: { key: (await s.keys(1))[0] },
        };
      },
    },
    {
      operation: 'redemptions-remove-key',
      minimum: PARTNER + 4,
      why: 'token, partner, redemption read + write, key read + conditional write (released)',
      prepare: async () => {
        const { id, keyRef } = await s.withKey(t);
        return { method: 'DELETE', path: `/redemptions/${id}/keys/${keyRef}`, token: t };
      },
    },
    {
      operation: 'redemptions-abandon',
      minimum: PARTNER + 5,
      why: 'token, partner, redemption read + write (abandoned), key read + conditional write (released), redemption write (keys released)',
      prepare: async () => ({ method: 'DELETE', path: `/redemptions/${(await s.withKey(t)).id}`, token: t }),
    },
    {
      operation: 'redemptions-confirm',
      minimum: PARTNER + IDEMPOTENT + 2,
      why: 'token, partner, idempotency ×2, redemption read + write',
      prepare: async () => ({
        method: 'POST',
        path: `/redemptions/${(await s.withKey(t)).id}/confirm`,
        token: t,
      }),
    },
    {
      operation: 'redemptions-complete',
      variant: 'create_tenant',
      minimum: PARTNER + IDEMPOTENT + 13,
      why: "token, partner, idempotency ×2, redemption read, the plan written (resumable), domain claim, key read + write, POR link, partner's subscription index, tenant, subscription, admin, admin token, notification, redemption closed",
      prepare: async () => ({
        method: 'POST',
        path: `/redemptions/${await s.confirmed(t)}/complete`,
        token: t,
        body: newTenantBody(),
      }),
    },
    {
      operation: 'redemptions-complete',
      variant: 'renew',
      prepare: async () => {
        const { subscriptionId } = await tenant();
        return {
          method: 'POST',
          path: `/redemptions/${await s.confirmed(t)}/complete`,
          token: t,
          body: { action: 'renew', subscriptionId },
        };
      },
    },
    {
      operation: 'domains-availability',
      minimum: PARTNER + 1,
      why: 'token, partner, domain claim read',
      prepare: async () => ({ method: 'GET', path: `/domains/d${unique()}/availability`, token: t }),
    },
    {
      operation: 'tenants-list',
      prepare: async () => ({ method: 'GET', path: '/tenants', token: await partnerWithOneTenant() }),
    },
    asTenantAdmin('tenants-get', 'GET', ({ tenantId }) => `/tenants/${tenantId}`),
    // The tenant is Italian (its country's language): a change to German is written.
    asTenantAdmin('tenants-update', 'PATCH', ({ tenantId }) => `/tenants/${tenantId}`, { language: 'de' }),
    {
      operation: 'subscriptions-list',
      prepare: async () => ({ method: 'GET', path: '/subscriptions', token: await partnerWithOneTenant() }),
    },
    asTenantAdmin('subscriptions-get', 'GET', ({ subscriptionId }) => `/subscriptions/${subscriptionId}`),
    {
      operation: 'subscriptions-partner-of-record-set',
      prepare: async () => {
        const { subscriptionId, admin } = await tenant();
        const other = await s.partner();
        return {
          method: 'PUT',
          path: `/subscriptions/${subscriptionId}/partner-of-record`,
          token: admin,
          body: { partnerId: other.partnerId },
        };
      },
    },
    asTenantAdmin(
      'subscriptions-partner-of-record-remove',
      'DELETE',
      ({ subscriptionId }) => `/subscriptions/${subscriptionId}/partner-of-record`,
    ),
    asTenantAdmin(
      'subscriptions-direct-billing',
      'POST',
      ({ subscriptionId }) => `/subscriptions/${subscriptionId}/direct-billing`,
      { forfeitPrepaidDays: true },
    ),
    asTenantAdmin('tenants-users-list', 'GET', ({ tenantId }) => `/tenants/${tenantId}/users`),
    asTenantAdmin('tenants-users-create', 'POST', ({ tenantId }) => `/tenants/${tenantId}/users`, {
      firstName: 'M',
      lastName: 'X',
      userName: `u${unique()}`,
    }),
    asTenantAdmin(
      'tenants-users-get',
      'GET',
      ({ tenantId, adminUserId }) => `/tenants/${tenantId}/users/${adminUserId}`,
    ),
    asTenantAdmin(
      'tenants-users-update',
      'PATCH',
      ({ tenantId, adminUserId }) => `/tenants/${tenantId}/users/${adminUserId}`,
      { firstName: 'Ada' },
    ),
    {
      operation: 'tenants-users-token-create',
      prepare: async () => {
        const { tenantId, admin } = await tenant();
        const colleague = await s.user(tenantId, admin, ['global_administrator']);
        return { method: 'POST', path: `/tenants/${tenantId}/users/${colleague}/token`, token: admin };
      },
    },
    {
      operation: 'tenants-users-delete',
      prepare: async () => {
        const { tenantId, admin } = await tenant();
        const user = await s.user(tenantId, admin);
        return { method: 'DELETE', path: `/tenants/${tenantId}/users/${user}`, token: admin };
      },
    },
    asTenantAdmin(
      'tenants-notifications-list',
      'GET',
      ({ tenantId }) => `/tenants/${tenantId}/notifications`,
    ),
    {
      operation: 'tenants-notifications-resend',
      prepare: async () => {
        const t = await tenant();
        const id = await s.failedNotification(t.tenantId);
        return { method: 'POST', path: `/tenants/${t.tenantId}/notifications/${id}/resend`, token: t.admin };
      },
    },
    {
      operation: 'tenants-delegation-offers-create',
      prepare: async () => {
        const { tenantId } = await tenant();
        return {
          method: 'POST',
          path: `/tenants/${tenantId}/delegation-offers`,
          token: t,
          body: { message: 'Hello.' },
        };
      },
    },
    {
      // A list of one: the tenant and its subscription, the entries' query, the offer (its partner: the caller).
      operation: 'tenants-delegation-offers-list',
      prepare: async () => {
        const { tenantId } = await tenant();
        await s.offer(t, tenantId);
        return { method: 'GET', path: `/tenants/${tenantId}/delegation-offers`, token: t };
      },
    },
    {
      operation: 'events-list',
      minimum: PARTNER + 1,
      why: "token, partner, one single-partition query (the partner's feed)",
      prepare: async () => ({ method: 'GET', path: '/events', token: t }),
    },
    {
      operation: 'webhook-endpoints-create',
      prepare: async () => ({ method: 'POST', path: '/webhook-endpoints', token: t, body: hook }),
    },
    {
      operation: 'webhook-endpoints-list',
      prepare: async () => ({ method: 'GET', path: '/webhook-endpoints', token: t }),
    },
    onEndpoint('webhook-endpoints-get', 'GET'),
    onEndpoint('webhook-endpoints-update', 'PATCH', '', { description: 'Renamed' }),
    {
      operation: 'webhook-endpoints-delete',
      prepare: async () => ({
        method: 'DELETE',
        path: `/webhook-endpoints/${await newEndpoint()}`,
        token: t,
      }),
    },
    onEndpoint('webhook-endpoints-secret-rotate', 'POST', '/secret'),
    onEndpoint('webhook-endpoints-test', 'POST', '/test'),
    onEndpoint('webhook-endpoints-deliveries-list', 'GET', '/deliveries'),
    {
      operation: 'webhook-endpoints-deliveries-redeliver',
      prepare: async () => {
        // An event of the partner's (its tenants' redemption.completed), from the store: GET /events
        // shows one only once it is 30 s old.
        const { resources } = await s.stack.cosmos
          .database(s.stack.settings['COSMOS_DATABASE'] as string)
          .container('events')
          .items.query<{ id: string }>('SELECT c.id FROM c', { partitionKey: partner.id })
          .fetchAll();
        const [event] = resources;
        if (!event) throw new Error('the partner has no event');
        const path = `/webhook-endpoints/${await endpoint()}/deliveries/${encodeURIComponent(event.id)}/redeliver`;
        return { method: 'POST', path, token: t };
      },
    },
    onEndpoint('webhook-endpoints-redeliver', 'POST', '/redeliver', {
      since: new Date(s.stack.clock.now().getTime() - 3_600_000).toISOString(),
    }),
    {
      operation: 'partners-me-notifications-list',
      prepare: async () => ({ method: 'GET', path: '/partners/me/notifications', token: t }),
    },
    {
      operation: 'delegation-offers-get',
      minimum: PARTNER + 1,
      prepare: async () => ({
        method: 'GET',
        path: `/delegation-offers/${await s.offer(t, (await tenant()).tenantId)}`,
        token: t,
      }),
    },
    {
      operation: 'delegation-offers-withdraw',
      prepare: async () => ({
        method: 'DELETE',
        path: `/delegation-offers/${await s.offer(t, (await tenant()).tenantId)}`,
        token: t,
      }),
    },
    {
      operation: 'offers-page',
      minimum: 0,
      why: 'a page built once',
      prepare: async () => ({ method: 'GET', path: '/offers/' }),
    },
    {
      operation: 'offers-lookup',
      minimum: 4,
      why: 'the offer token, the offer, its partner, its tenant',
      prepare: async () => ({
        method: 'POST',
        path: '/offers/lookup',
        body: { token: await s.offerToken(await s.offer(t, (await tenant()).tenantId)) },
      }),
    },
    {
      operation: 'offers-accept',
      prepare: async () => ({
        method: 'POST',
        path: '/offers/accept',
        body: { token: await s.offerToken(await s.offer(t, (await tenant()).tenantId)) },
      }),
    },
    {
      operation: 'offers-decline',
      prepare: async () => ({
        method: 'POST',
        path: '/offers/decline',
        body: { token: await s.offerToken(await s.offer(t, (await tenant()).tenantId)) },
      }),
    },
    asTenantAdmin(
      'tenants-delegated-admins-list',
      'GET',
      ({ tenantId }) => `/tenants/${tenantId}/delegated-admins`,
    ),
    {
      operation: 'tenants-delegated-admins-remove',
      prepare: async () => {
        const { tenantId, admin } = await s.tenant(t, true);
        return {
          method: 'DELETE',
          path: `/tenants/${tenantId}/delegated-admins/${partner.partnerId}`,
          token: admin,
        };
      },
    },
  ];
}

export interface TimerStepCount {
  step: string;
  requests: number;
  ru: number;
  documentsRead: number;
  minimum: number;
  why: string;
}

/**
 * The queue trigger for one email, and the two housekeeping timers on one item each. (The lifecycle
 * timers, at 500 due, are timers-bench.ts's.) Timers may query across partitions: nobody waits on
 * them, and they read only what is due.
 */
async function countTimerSteps(s: Scenario, counter: CountingStore): Promise<TimerStepCount[]> {
  const host = s.stack.host;
  if (!host) throw new Error('the counting stack has no host');
  const rows: TimerStepCount[] = [];
  const measure = async (step: string, minimum: number, why: string, run: () => Promise<void>) => {
    counter.reset();
    const before = charged(s.stack);
    await run();
    const ru = round(charged(s.stack) - before);
    rows.push({ step, requests: counter.total(), ru, documentsRead: counter.documentsRead, minimum, why });
  };

  // A new tenant's welcome email, the one message on the queue.
  const partner = await s.partner();
  await s.deliver();
  const id = await s.confirmed(partner.token);
  await s.call({
    method: 'POST',
    path: `/redemptions/${id}/complete`,
    token: partner.token,
    body: newTenantBody(),
  });
  const { receivedMessageItems } = await s.queue.receiveMessages({ numberOfMessages: 1 });
  const [message] = receivedMessageItems;
  if (!message) throw new Error('no notification queued');
  await measure(
    'notification-send (one email)',
    3,
    'the notification read, claimed (a conditional write), then marked sent',
    () => host.invoke('notification-send', decodeMessage(message.messageText, 'base64')),
  );
  await s.queue.deleteMessage(message.messageId, message.popReceipt);

  await measure('notification-sweep (nothing pending)', 1, 'one query for notifications left unsent', () =>
    host.invoke('notification-sweep'),
  );
  await measure('key-batch-cleanup (nothing to do)', 1, 'one query for batches whose time has come', () =>
    host.invoke('key-batch-cleanup'),
  );

  // Those the cases above left open expire first; then one open redemption holding a key.
  s.stack.clock.advance(2 * 60 * 60_000);
  await host.invoke('redemption-cleanup');
  await s.withKey(partner.token);
  s.stack.clock.advance(2 * 60 * 60_000);
  await measure(
    'redemption-cleanup (one expired, one key)',
    5,
    'one query for expired redemptions, the redemption read + write, its key read + conditional write (released)',
    () => host.invoke('redemption-cleanup'),
  );
  return rows;
}

/** The request units the stack's Cosmos DB gateway has charged so far. */
function charged(stack: LocalStack): number {
  return stack.cosmosGateway?.charges().ru ?? 0;
}

const round = (ru: number) => Math.round(ru * 100) / 100;

async function count(s: Scenario, counter: CountingStore, request: Request) {
  counter.reset();
  const before = charged(s.stack);
  await s.call(request);
  const ru = round(charged(s.stack) - before);
  // A point read of a document this request has read already: the data was in hand.
  const seen = new Set<string>();
  const rereads: string[] = [];
  for (const call of counter.recorded) {
    if (call.operation !== 'read') continue;
    const key = `${call.container}/${call.id}`;
    if (seen.has(key)) rereads.push(call.container);
    seen.add(key);
  }
  const queries = counter.recorded.filter((call) => call.operation === 'query').length;
  return { requests: counter.total(), ru, queries, calls: [...counter.calls], rereads };
}

/** "subscriptions ×2, tenants" */
function tally(containers: string[]): string {
  const counts = new Map<string, number>();
  for (const name of containers) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].map(([name, n]) => (n > 1 ? `${name} ×${n}` : name)).join(', ');
}

export async function benchRequestsPerOperation(): Promise<{
  operations: OperationCount[];
  timerSteps: TimerStepCount[];
}> {
  const { stack, counter } = await startCountingStack();
  try {
    const s = new Scenario(stack);
    const registered = await s.partner();
    const partner = { token: registered.token, id: registered.id, partnerId: registered.partnerId };
    const rows: OperationCount[] = [];
    const all = cases(s, partner);
    const missing = ALL_OPERATIONS.map((op) => op.name).filter(
      (name) => !all.some((c) => c.operation === name),
    );
    if (missing.length > 0) throw new Error(`no request counted for ${missing.join(', ')}`);
    for (const c of all) {
      const request = await c.prepare();
      await s.deliver(); // what the preparation queued is not the request's
      const { requests, ru, queries, calls, rereads } = await count(s, counter, request);
      if (process.env['BENCH_TRACE']) console.log(c.operation, c.variant ?? '', calls);
      rows.push({
        operation: c.variant ? `${c.operation} (${c.variant})` : c.operation,
        requests,
        ru,
        queries,
        minimum: c.minimum ?? requests - rereads.length,
        why:
          c.why ??
          (rereads.length > 0
            ? `each document read once: it re-reads ${tally(rereads)}`
            : 'as measured: no document read twice'),
        crossPartition: calls.filter((call) => call.endsWith('(cross-partition)')),
      });
    }
    return { operations: rows, timerSteps: await countTimerSteps(s, counter) };
  } finally {
    await stack.stop();
  }
}
