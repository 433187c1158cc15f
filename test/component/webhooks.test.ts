import { QueueServiceClient, type QueueClient } from '@azure/storage-queue';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localAdminRoutes } from '../../dev/admin';
import { WebhookReceiver, type ReceivedWebhook } from '../../dev/webhook-receiver';
import { endpointSecretsIn } from '../../dev/webhook-secrets';
import { FEED_SETTLE_MS } from '../../shared/app/events';
import { deleteEvery } from '../../shared/app/pages';
import { eventBody, newDelivery } from '../../shared/app/webhook-delivery';
import type { WebhookMessage } from '../../shared/app/webhook-ports';
import { MAX_DELIVERY_ATTEMPTS, retryDelayMs, type WebhookDelivery } from '../../shared/domain/webhook';
import { buildPartner, call, mintKeys, type TestPartner } from '../support/api';
import { startOwnHost, type OwnHost } from '../support/own-host';
import { buildTenant, confirmedRedemption, type TestTenant } from '../support/tenants';

/**
 * Webhooks (issue 21) end to end on a host of its own whose clock the test moves: real HTTP to the
 * API, the real webhooks queue (drained by the test, each message run through webhook-deliver, so
 * nothing depends on a listener's timing), the real sender posting to the local receiver (which
 * checks signatures against the store's secrets). Every event reaches the endpoints that want it,
 * signed so the `standardwebhooks` verifier accepts it; retries follow the schedule as the clock
 * moves; an endpoint failing for 3 days is disabled and its partner told in its language; what is
 * held while it is disabled is sent when it is enabled again; redelivery of one event and since a time.
 */
let own: OwnHost;
let base: string;
let receiverServer: Server;
let receiverBase: string;
let receiver: WebhookReceiver;
let queue: QueueClient;

beforeAll(async () => {
  own = await startOwnHost();
  base = own.apiBaseUrl;
  queue = QueueServiceClient.fromConnectionString(
    own.settings['AzureWebJobsStorage'] as string,
  ).getQueueClient(own.settings['WEBHOOKS_QUEUE'] as string);
  receiver = new WebhookReceiver({
    clock: own.clock,
    secretsFor: endpointSecretsIn(own.runtime),
  });
  const routes = localAdminRoutes(own.clock, () => [], undefined, null, null, receiver);
  receiverServer = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    routes(req, res, path)
      .then((served) => {
        if (!served) res.writeHead(404).end();
      })
      .catch((error: unknown) => res.writeHead(500).end(String(error)));
  });
  await new Promise<void>((resolve) => receiverServer.listen(0, '127.0.0.1', resolve));
  receiverBase = `http://127.0.0.1:${(receiverServer.address() as AddressInfo).port}`;
});
afterAll(async () => {
  receiverServer?.closeAllConnections();
  await new Promise<void>((resolve) => (receiverServer ? receiverServer.close(() => resolve()) : resolve()));
  await own?.stop();
});

/** Every message of the webhooks queue run through webhook-deliver, until the queue is empty. */
async function drain(): Promise<number> {
  let delivered = 0;
  for (;;) {
    const { receivedMessageItems } = await queue.receiveMessages({ numberOfMessages: 32 });
    if (receivedMessageItems.length === 0) return delivered;
    for (const item of receivedMessageItems) {
      const message = JSON.parse(Buffer.from(item.messageText, 'base64').toString('utf8')) as WebhookMessage;
      await queue.deleteMessage(item.messageId, item.popReceipt);
      await own.host.invoke('webhook-deliver', message);
      delivered += 1;
    }
  }
}

async function sweepAndDrain(): Promise<number> {
  await own.host.invoke('webhook-sweep');
  return drain();
}

async function behave(name: string, change: Record<string, unknown>): Promise<void> {
  const answer = await fetch(`${receiverBase}/admin/webhooks/behaviour`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, ...change }),
  });
  expect(answer.status).toBe(200);
}

const receivedBy = (name: string): ReceivedWebhook[] => receiver.received(name);

async function createEndpoint(partner: TestPartner, name: string, extra: Record<string, unknown> = {}) {
  const created = await call('POST', '/webhook-endpoints', {
    token: partner.token,
    baseUrl: base,
    body: {
      url: `${receiverBase}/admin/webhooks/receive/${name}`,
      description: `receiver ${name}`,
      ...extra,
    },
  });
  expect(created.status, created.text).toBe(201);
  return { id: created.body.id as string, secret: created.body.secret as string };
}

async function deliveriesOf(endpointId: string): Promise<WebhookDelivery[]> {
  const dump = await own.dump();
  return ((dump['webhookDeliveries'] ?? []) as unknown as WebhookDelivery[]).filter(
    (d) => d.endpointId === endpointId,
  );
}

async function feedOf(partner: TestPartner): Promise<{ id: string; type: string; createdAt: string }[]> {
  own.clock.advance(FEED_SETTLE_MS + 1);
  const answer = await call('GET', '/events?limit=100', { token: partner.token, baseUrl: base });
  expect(answer.status, answer.text).toBe(200);
  return answer.body.items;
}

async function completeWith(partner: TestPartner, body: Record<string, unknown>): Promise<void> {
  const redemptionId = await confirmedRedemption(partner, await mintKeys(1, { seatsPerKey: 5 }, base), base);
  const done = await call('POST', `/redemptions/${redemptionId}/complete`, {
    token: partner.token,
    baseUrl: base,
    body,
  });
  expect(done.status, done.text).toBe(200);
}

describe('webhooks, end to end under the clock', () => {
  let a: TestPartner;
  let b: TestPartner;
  let all: { id: string; secret: string };
  let renewals: { id: string; secret: string };
  let other: { id: string; secret: string };
  let made: TestTenant;

  it('when events happen, then each reaches every endpoint of the partners that see it and want its type, once, signed so the standardwebhooks verifier accepts it and refuses a changed byte', async () => {
    a = await buildPartner({}, base);
    b = await buildPartner({}, base);
    expect(
      (await call('PATCH', '/partners/me', { token: a.token, baseUrl: base, body: { language: 'it' } }))
        .status,
    ).toBe(200);
    all = await createEndpoint(a, 'all');
    renewals = await createEndpoint(a, 'renewals', { eventTypes: ['subscription.renewed'] });
    other = await createEndpoint(b, 'other');
    made = await buildTenant({ baseUrl: base, partner: a, partnerOfRecord: true });
    expect(await drain()).toBeGreaterThan(0);

    const feed = await feedOf(a);
    expect(feed.map((e) => e.type).sort()).toEqual(['redemption.completed', 'subscription.created']);
    const got = receivedBy('all');
    expect(got.map((r) => r.headers['webhook-id']).sort()).toEqual(feed.map((e) => e.id).sort());
    expect(got.every((r) => r.verified === true)).toBe(true);
    expect(receivedBy('renewals')).toEqual([]);
    expect(receivedBy('other')).toEqual([]);

    // The body is the event as the feed shows it; the package's own verifier accepts it (real time:
    // the clock has not moved yet) and refuses it with one byte changed.
    const first = got[0] as ReceivedWebhook;
    const body = JSON.parse(first.body) as { id: string; type: string };
    expect(feed.find((e) => e.id === body.id)).toMatchObject({ id: body.id, type: body.type });
    expect(new Webhook(all.secret).verify(first.body, first.headers)).toMatchObject({ id: body.id });
    const changed = first.body.replace('"type"', '"typf"');
    expect(() => new Webhook(all.secret).verify(changed, first.headers)).toThrow(/signature/i);
    expect(() => new Webhook(other.secret).verify(first.body, first.headers)).toThrow(/signature/i);
  });

  it('when an endpoint fails every attempt, then the attempts follow the schedule as the clock moves, and after 3 days it is disabled and its partner told in its language', async () => {
    await behave('renewals', { status: 500 });
    await completeWith(a, { action: 'renew', subscriptionId: made.subscriptionId });
    await drain();
    expect(
      receivedBy('all')
        .map((r) => r.type)
        .sort(),
    ).toEqual([
      'redemption.completed',
      'redemption.completed',
      'subscription.created',
      'subscription.renewed',
    ]);

    const [watched] = await deliveriesOf(renewals.id);
    expect(watched).toMatchObject({ eventType: 'subscription.renewed', status: 'pending', failures: 1 });
    const read = async () => (await deliveriesOf(renewals.id))[0] as WebhookDelivery;
    /** Attempts made a minute before each retry was due (after the 2nd failure on): none. */
    const attemptsBeforeDue: number[] = [];
    for (let failures = 1; failures < MAX_DELIVERY_ATTEMPTS; failures += 1) {
      const now = await read();
      expect(now.failures).toBe(failures);
      expect(now.attempts).toHaveLength(failures);
      const last = now.attempts.at(-1);
      expect(last?.status).toBe(500);
      // The next attempt is due when the schedule says, jitter included (plus the attempt's own time).
      const wait = retryDelayMs(now, failures) as number;
      const dueAt = Date.parse(now.nextAttemptAt as string);
      expect(dueAt - Date.parse(last?.at as string)).toBeGreaterThanOrEqual(wait);
      expect(dueAt - Date.parse(last?.at as string)).toBeLessThan(wait + 15_000);
      // Not a moment before (checked where the wait is minutes or more: the clock also runs in real time).
      if (wait >= 300_000) {
        own.clock.set(new Date(dueAt - 60_000));
        await sweepAndDrain();
        attemptsBeforeDue.push((await read()).failures - failures);
      }
      own.clock.set(new Date(Math.max(dueAt + 1, own.clock.now().getTime())));
      await sweepAndDrain();
    }
    expect(attemptsBeforeDue).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    const gaveUp = await read();
    expect(gaveUp).toMatchObject({ status: 'failed', failures: MAX_DELIVERY_ATTEMPTS, nextAttemptAt: null });
    expect(gaveUp.attempts).toHaveLength(MAX_DELIVERY_ATTEMPTS);
    // Ten attempts over about three days.
    const span =
      Date.parse(gaveUp.attempts.at(-1)?.at as string) - Date.parse(gaveUp.attempts[0]?.at as string);
    expect(span / 86_400_000).toBeGreaterThan(3);
    expect(span / 86_400_000).toBeLessThan(3.6);

    const endpoint = await call('GET', `/webhook-endpoints/${renewals.id}`, {
      token: a.token,
      baseUrl: base,
    });
    expect(endpoint.body).toMatchObject({ enabled: false, disabledReason: 'failing' });
    expect(endpoint.body.lastErrors[0].error).toMatch(/500/);
    const notes = await call('GET', '/partners/me/notifications', { token: a.token, baseUrl: base });
    expect(notes.status, notes.text).toBe(200);
    expect(notes.body.items.map((n: { type: string }) => n.type)).toEqual(['webhook_endpoint_disabled']);
    const stored = ((await own.dump())['notifications'] ?? []).filter(
      (n) => n['type'] === 'webhook_endpoint_disabled',
    );
    expect(stored).toHaveLength(1);
    const content = JSON.parse(own.runtime.deps.sealer.open(stored[0]?.['content'] as string)) as {
      subject: string;
      plainText: string;
    };
    expect(content.plainText).toContain(`${receiverBase}/admin/webhooks/receive/renewals`);
    // Italian, the partner's language, not the English text.
    expect(`${content.subject} ${content.plainText}`).not.toMatch(/\b(the|was|your|endpoint was)\b/i);
    // The other endpoint kept working, and partner B, who sees nothing of this tenant, heard nothing.
    expect(
      (await call('GET', `/webhook-endpoints/${all.id}`, { token: a.token, baseUrl: base })).body.enabled,
    ).toBe(true);
    expect(receivedBy('other')).toEqual([]);
  });

  it('when the disabled endpoint is enabled again, then what was held meanwhile is sent, and redelivery brings back one event or everything since a time', async () => {
    const before = receivedBy('renewals').length;
    await completeWith(a, { action: 'renew', subscriptionId: made.subscriptionId });
    await drain();
    expect(receivedBy('renewals')).toHaveLength(before);
    const held = (await deliveriesOf(renewals.id)).filter((d) => d.status === 'held');
    expect(held.map((d) => d.eventType)).toEqual(['subscription.renewed']);

    await behave('renewals', { reset: true });
    const enabled = await call('PATCH', `/webhook-endpoints/${renewals.id}`, {
      token: a.token,
      baseUrl: base,
      body: { enabled: true },
    });
    expect(enabled.status, enabled.text).toBe(200);
    expect(enabled.body).toMatchObject({ enabled: true, disabledReason: null, failingSince: null });
    await drain();
    expect(
      receivedBy('renewals')
        .slice(before)
        .map((r) => r.headers['webhook-id']),
    ).toEqual([held[0]?.eventId]);

    // One event by name, even of a type the endpoint does not ask for: the same webhook-id.
    const [created] = (await feedOf(a)).filter((e) => e.type === 'subscription.created');
    const again = await call(
      'POST',
      `/webhook-endpoints/${renewals.id}/deliveries/${encodeURIComponent(created?.id as string)}/redeliver`,
      { token: a.token, baseUrl: base },
    );
    expect(again.status, again.text).toBe(202);
    await drain();
    expect(receivedBy('renewals').at(-1)?.headers['webhook-id']).toBe(created?.id);

    // Everything since a time that the endpoint wants: both renewals, the one given up on included.
    const count = receivedBy('renewals').length;
    const since = await call('POST', `/webhook-endpoints/${renewals.id}/redeliver`, {
      token: a.token,
      baseUrl: base,
      body: { since: new Date(own.clock.now().getTime() - 20 * 86_400_000).toISOString() },
    });
    expect(since.status, since.text).toBe(202);
    const renewed = (await feedOf(a)).filter((e) => e.type === 'subscription.renewed');
    expect(renewed).toHaveLength(2);
    expect(since.body.queued).toBe(2);
    await drain();
    expect(
      receivedBy('renewals')
        .slice(count)
        .map((r) => r.headers['webhook-id'])
        .sort(),
    ).toEqual(renewed.map((e) => e.id).sort());
    expect(receivedBy('renewals').every((r) => r.verified === true)).toBe(true);
  });

  it('when the secret is rotated, then for 24 h both secrets sign, and after that only the new one', async () => {
    const rotated = await call('POST', `/webhook-endpoints/${other.id}/secret`, {
      token: b.token,
      baseUrl: base,
    });
    expect(rotated.status, rotated.text).toBe(200);
    const ping = await call('POST', `/webhook-endpoints/${other.id}/test`, { token: b.token, baseUrl: base });
    expect(ping.status, ping.text).toBe(202);
    await drain();
    const signed = receivedBy('other').at(-1) as ReceivedWebhook;
    expect(signed.type).toBe('ping');
    expect(signed.headers['webhook-signature']?.split(' ')).toHaveLength(2);
    expect(signed.verified).toBe(true);

    own.clock.advance(24 * 3_600_000 + 1_000);
    await call('POST', `/webhook-endpoints/${other.id}/test`, { token: b.token, baseUrl: base });
    await drain();
    const later = receivedBy('other').at(-1) as ReceivedWebhook;
    expect(later.headers['webhook-signature']?.split(' ')).toHaveLength(1);
    expect(later.verified).toBe(true);
  });

  /** An event of partner a's about the tenant `made`, written by the test at the time given (not planned). */
  async function eventOfA(fact: string) {
    const [model] = ((await own.dump())['events'] ?? []).filter(
      (e) => e['partnerId'] === a.id && e['type'] === 'subscription.created',
    );
    return (createdAt: string) => ({
      id: `${fact}:${a.id}`,
      partnerId: a.id,
      type: 'subscription.created' as const,
      createdAt,
      data: model?.['data'] as Record<string, unknown>,
      tenantId: made.tenantId,
      plannedAt: null,
    });
  }

  it('when an event was written but its deliveries never planned (its request failed and did not come back), then webhook-sweep plans them a minute after its time', async () => {
    const orphan = (await eventOfA('orphan-fact'))(own.clock.now().toISOString());
    await own.runtime.deps.repos.events.create(orphan);
    // Within its minute the request that wrote it may still plan them: the sweep leaves it.
    await sweepAndDrain();
    expect((await deliveriesOf(all.id)).filter((d) => d.eventId === orphan.id)).toEqual([]);
    own.clock.advance(61_000);
    await sweepAndDrain();
    const [planned] = (await deliveriesOf(all.id)).filter((d) => d.eventId === orphan.id);
    expect(planned?.status).toBe('delivered');
    expect(receivedBy('all').at(-1)?.headers['webhook-id']).toBe(orphan.id);
    const stored = await own.runtime.deps.repos.events.get(a.id, orphan.id);
    expect(stored?.value.plannedAt).not.toBeNull();
    // Planned once: a later sweep plans nothing more.
    const count = receivedBy('all').length;
    own.clock.advance(61_000);
    await sweepAndDrain();
    expect(receivedBy('all')).toHaveLength(count);
  });
  it('when an event is written again after the purge (a late retry of its fact) while the delivery of its first copy is still stored, then it is planned anew and delivered', async () => {
    const copy = await eventOfA('purged-fact');
    const endpoint = (await own.runtime.deps.repos.webhookEndpoints.get(a.id))?.value.endpoints.find(
      (e) => e.id === all.id,
    );
    if (!endpoint) throw new Error('the endpoint is not stored');
    // The first copy's delivery, 31 days old and delivered; the copy itself already purged.
    const first = copy(new Date(own.clock.now().getTime() - 31 * 86_400_000).toISOString());
    const stale = newDelivery(first, endpoint, new Date(first.createdAt));
    await own.runtime.deps.repos.webhookDeliveries.create({
      ...stale,
      status: 'delivered',
      nextAttemptAt: null,
    });
    const again = copy(own.clock.now().toISOString());
    await own.runtime.deps.repos.events.create(again);
    own.clock.advance(61_000);
    await sweepAndDrain();
    const [planned] = (await deliveriesOf(all.id)).filter((d) => d.eventId === again.id);
    expect(planned?.status).toBe('delivered');
    expect(planned?.payload).toBe(eventBody(again));
    const got = receivedBy('all').at(-1);
    expect(got?.headers['webhook-id']).toBe(again.id);
    expect(JSON.parse(got?.body ?? '{}').createdAt).toBe(again.createdAt);
  });
  it('when the purge has listed an old delivery and a late retry writes it anew before the delete, then the purge keeps the new one', async () => {
    const copy = await eventOfA('relisted-fact');
    const endpoint = (await own.runtime.deps.repos.webhookEndpoints.get(a.id))?.value.endpoints.find(
      (e) => e.id === all.id,
    );
    if (!endpoint) throw new Error('the endpoint is not stored');
    const old = copy(new Date(own.clock.now().getTime() - 31 * 86_400_000).toISOString());
    const deliveries = own.runtime.deps.repos.webhookDeliveries;
    const stale = await deliveries.create(newDelivery(old, endpoint, new Date(old.createdAt)));
    const fresh = newDelivery(copy(own.clock.now().toISOString()), endpoint, own.clock.now());
    const before = new Date(own.clock.now().getTime() - 30 * 86_400_000);
    const purged = await deleteEvery(
      'webhook delivery',
      async (request) => {
        const listed = await deliveries.listKeysBefore(before, request);
        // Between the purge's list and its delete: the retry's planning writes the delivery anew.
        if (listed.items.some((key) => key.value[1] === fresh.id))
          await deliveries.replace(fresh, stale.etag);
        return listed;
      },
      (key) => deliveries.deleteUnchanged(key),
      own.runtime.deps.log,
    );
    expect(purged.failed).toBe(0);
    expect((await deliveries.get(endpoint.id, fresh.id))?.value.payload).toBe(fresh.payload);
    // Listed and unchanged, it goes.
    await deliveries.replace(
      { ...fresh, createdAt: old.createdAt },
      (await deliveries.get(endpoint.id, fresh.id))?.etag ?? '',
    );
    await own.host.invoke('events-purge');
    expect(await deliveries.get(endpoint.id, fresh.id)).toBeNull();
  });
});
