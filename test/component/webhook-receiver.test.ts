import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { localAdminRoutes } from '../../dev/admin';
import { AdjustableClock } from '../../dev/clock';
import { MAX_KEPT_WEBHOOKS, WebhookReceiver, type ReceivedWebhook } from '../../dev/webhook-receiver';

/**
 * The local stack's webhook receiver behind the real admin routing on a real HTTP server, sent
 * deliveries signed by the `standardwebhooks` package as a sender signs them.
 */
const clock = new AdjustableClock();
const secrets = new Map<string, string[]>();
const receiver = new WebhookReceiver({
  clock,
  secretsFor: async (url) => secrets.get(new URL(url).pathname.split('/').pop() as string) ?? [],
});
let server: Server;
let base = '';

const newSecret = () => `whsec_${randomBytes(24).toString('base64')}`;

beforeAll(async () => {
  const routes = localAdminRoutes(clock, () => [], undefined, null, null, receiver);
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    routes(req, res, path)
      .then((handled) => {
        if (!handled) res.writeHead(404).end();
      })
      .catch((error) => res.writeHead(500).end(String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => server?.close(() => resolve()));
});
beforeEach(() => {
  receiver.clear();
});

/** Sends `body` to the receiver `name`, signed with each of `signWith` at `at` (the stack clock by default). */
async function deliver(
  name: string,
  body: string,
  signWith: string[],
  options: { at?: Date; sent?: string } = {},
): Promise<Response> {
  const id = `msg_${randomUUID()}`;
  const at = options.at ?? clock.now();
  const signature = signWith.map((secret) => new Webhook(secret).sign(id, at, body)).join(' ');
  return fetch(`${base}/admin/webhooks/receive/${name}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'webhook-id': id,
      'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
      'webhook-signature': signature,
      'x-not-kept': 'secret-ish',
    },
    body: options.sent ?? body,
  });
}

async function listed(name?: string): Promise<{ received: ReceivedWebhook[]; behaviours: object }> {
  const response = await fetch(`${base}/admin/webhooks${name ? `?name=${name}` : ''}`);
  expect(response.status).toBe(200);
  return (await response.json()) as { received: ReceivedWebhook[]; behaviours: object };
}

async function behave(change: object): Promise<Response> {
  return fetch(`${base}/admin/webhooks/behaviour`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(change),
  });
}

const event = (type: string) => JSON.stringify({ id: randomUUID(), type, createdAt: '2026-01-01T00:00:00Z' });

describe('local webhook receiver', () => {
  it('when a delivery is signed with the endpoint secret, then it is kept verified with its type and only the webhook headers', async () => {
    const secret = newSecret();
    secrets.set('signed', [secret]);
    const response = await deliver('signed', event('ping'), [secret]);
    expect(response.status).toBe(200);
    const [kept] = (await listed('signed')).received;
    expect(kept).toMatchObject({ name: 'signed', type: 'ping', verified: true, verifyError: null });
    expect(kept?.answeredStatus).toBe(200);
    expect(Object.keys(kept?.headers ?? {}).sort()).toEqual([
      'content-type',
      'user-agent',
      'webhook-id',
      'webhook-signature',
      'webhook-timestamp',
    ]);
    // The same delivery checks with the package's own verifier.
    const body = kept?.body as string;
    expect(new Webhook(secret).verify(body, kept?.headers as Record<string, string>)).toMatchObject({
      type: 'ping',
    });
  });

  it('when one byte of the body differs from what was signed, then it is kept as not verified', async () => {
    const secret = newSecret();
    secrets.set('tampered', [secret]);
    const body = event('subscription.renewed');
    const changed = body.replace('renewed', 'renewee');
    expect(changed.length).toBe(body.length);
    await deliver('tampered', body, [secret], { sent: changed });
    const [kept] = (await listed('tampered')).received;
    expect(kept).toMatchObject({ verified: false, body: changed });
    expect(kept?.verifyError).toMatch(/no signature matches/);
    expect(() => new Webhook(secret).verify(changed, kept?.headers as Record<string, string>)).toThrow();
  });

  it('when a rotated secret signs twice (two v1 entries, one valid), or the endpoint holds both secrets, then it verifies', async () => {
    const [old, current, unknown] = [newSecret(), newSecret(), newSecret()];
    secrets.set('rotated', [current]);
    await deliver('rotated', event('ping'), [old, current]);
    await deliver('rotated', event('ping'), [unknown, old]);
    secrets.set('rotated', [old, current]);
    await deliver('rotated', event('ping'), [old]);
    expect((await listed('rotated')).received.map((w) => w.verified)).toEqual([true, false, true]);
  });

  it('when no secret is known for the URL, then the delivery is kept unchecked (verified null)', async () => {
    await deliver('nobody-knows', event('ping'), [newSecret()]);
    const [kept] = (await listed('nobody-knows')).received;
    expect(kept?.verified).toBeNull();
    expect(kept?.url).toBe(`${base}/admin/webhooks/receive/nobody-knows`);
  });

  it('when the stack clock has moved a day, then a delivery stamped just before the move (in flight across it) and one stamped from the stack clock verify, and one stamped 6 minutes before the move is refused', async () => {
    const secret = newSecret();
    secrets.set('clocked', [secret]);
    const beforeMove = clock.now();
    clock.advance(86_400_000);
    await deliver('clocked', event('ping'), [secret], { at: beforeMove });
    await deliver('clocked', event('ping'), [secret], { at: new Date(beforeMove.getTime() - 6 * 60_000) });
    await deliver('clocked', event('ping'), [secret]);
    const kept = (await listed('clocked')).received;
    expect(kept.map((w) => w.verified)).toEqual([true, false, true]);
    expect(kept[1]?.verifyError).toMatch(/behind the stack clock/);
  });

  it('when a name fails every 5th request, then exactly the 5th and 10th of 10 answer 500', async () => {
    expect((await behave({ name: 'flaky', failEvery: 5 })).status).toBe(200);
    const statuses: number[] = [];
    for (let i = 0; i < 10; i += 1)
      statuses.push((await deliver('flaky', event('ping'), [newSecret()])).status);
    expect(statuses).toEqual([200, 200, 200, 200, 500, 200, 200, 200, 200, 500]);
    expect((await listed('flaky')).received.map((w) => w.answeredStatus)).toEqual(statuses);
    expect((await listed()).behaviours).toMatchObject({
      flaky: { status: 200, delayMs: 0, failEvery: 5, requests: 10 },
    });
    // Other names are untouched; a reset brings the name back to 200.
    expect((await deliver('steady', event('ping'), [newSecret()])).status).toBe(200);
    await behave({ name: 'flaky', reset: true });
    expect((await listed()).behaviours).not.toHaveProperty('flaky');
  });

  it('when a name answers 503 after 200 ms, then the sender waits at least that long for a 503', async () => {
    await behave({ name: 'slow', status: 503, delayMs: 200 });
    const started = performance.now();
    const response = await deliver('slow', event('ping'), [newSecret()]);
    expect(response.status).toBe(503);
    expect(performance.now() - started).toBeGreaterThanOrEqual(200);
    expect((await listed('slow')).received[0]).toMatchObject({ answeredStatus: 503, delayMs: 200 });
    await behave({ name: 'slow', reset: true });
  });

  it('when a behaviour is out of range or has unknown fields, then it is refused 400', async () => {
    for (const change of [
      { name: 'a', status: 700 },
      { name: 'a', failEvery: 1 },
      { name: 'a', delayMs: 30_001 },
      { name: 'a b' },
      { name: 'a', colour: 'red' },
    ])
      expect((await behave(change)).status).toBe(400);
    expect((await fetch(`${base}/admin/webhooks/receive/a.b`, { method: 'POST' })).status).toBe(404);
  });

  it('when the page is read, then it shows each delivery newest first, escaped, and how to point an endpoint here', async () => {
    const secret = newSecret();
    secrets.set('page', [secret]);
    await deliver('page', event('first.one'), [secret]);
    await deliver('page', JSON.stringify({ type: '<script>alert(1)</script>', note: 'a & b' }), [secret]);
    const response = await fetch(`${base}/admin/webhooks.html`);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await response.text();
    expect(page).toMatch(/<html lang="en">/);
    expect(page).toMatch(/<title>[^<]+<\/title>/);
    expect(page).toMatch(/<main>[\s\S]*<h1>/);
    expect(page).toContain(`${base}/admin/webhooks/receive/&#60;name&#62;`);
    expect(page).not.toContain('<script>');
    expect(page).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(page).toContain('a &#38; b');
    expect(page.indexOf('&#60;script&#62;')).toBeLessThan(page.indexOf('first.one'));
    expect(page).toContain('<dt>Verified</dt><dd>yes</dd>');
  });

  it('when DELETE is sent, then the deliveries are forgotten; past 2,000 only the newest are kept', async () => {
    await deliver('gone', event('ping'), []);
    expect((await fetch(`${base}/admin/webhooks`, { method: 'DELETE' })).status).toBe(200);
    expect((await listed()).received).toEqual([]);
    const total = MAX_KEPT_WEBHOOKS + 5;
    for (let i = 0; i < total; i += 50)
      await Promise.all(
        Array.from({ length: Math.min(50, total - i) }, () => deliver('many', event('ping'), [])),
      );
    const kept = (await listed('many')).received;
    expect(kept).toHaveLength(MAX_KEPT_WEBHOOKS);
    expect(kept.map((w) => w.seq)).toEqual([...kept.map((w) => w.seq)].sort((a, b) => a - b));
  });

  it('when the local stack runs, then its Functions host serves the receiver on its own port', async () => {
    const { url } = inject('stack');
    const name = `stack-${randomUUID().slice(0, 8)}`;
    const response = await fetch(`${url}/admin/webhooks/receive/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: event('ping'),
    });
    expect(response.status).toBe(200);
    const list = (await (await fetch(`${url}/admin/webhooks?name=${name}`)).json()) as {
      received: ReceivedWebhook[];
    };
    expect(list.received).toMatchObject([{ name, type: 'ping', answeredStatus: 200 }]);
    expect(await (await fetch(`${url}/admin/webhooks.html?name=${name}`)).text()).toContain(name);
  });
});
