import { describe, expect, inject, it } from 'vitest';
import type { z } from 'zod';
import type { WebhookEndpointView } from '../../shared/http/schemas/webhooks';
import { buildPartner, call, expectProblem, type TestPartner } from '../support/api';

/**
 * The HTTP contract of a partner's webhook endpoints (issue 21): the secret shown once and never
 * cached, the endpoint's life (read, change, disable, re-enable, delete), the limit of ten, addresses
 * the service may not call, another partner's endpoint unseen, rotation, a test ping and its delivery,
 * redelivery's bounds, and the partner's own notifications. On the shared stack, which lets an endpoint
 * be loopback http (its receiver) but no other private address.
 */
const HOOK_URL = 'http://127.0.0.1:9/hooks';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** What the API answers (the secret only at creation and rotation). */
type Endpoint = z.infer<typeof WebhookEndpointView> & { secret?: string };

function create(partner: TestPartner, body: Record<string, unknown> = { url: HOOK_URL }) {
  return call<Endpoint>('POST', '/webhook-endpoints', { token: partner.token, body });
}

async function created(partner: TestPartner, body?: Record<string, unknown>): Promise<Endpoint> {
  const answer = await create(partner, body);
  expect(answer.status, answer.text).toBe(201);
  return answer.body;
}

/** The stack's clock (other tests may have moved it forward). */
async function stackNow(): Promise<number> {
  const clock = (await (await fetch(`${inject('stack').url}/admin/clock`)).json()) as { now: string };
  return Date.parse(clock.now);
}

describe('webhook endpoints', () => {
  it('when a partner registers an endpoint, then the answer shows its whsec_ secret once, uncached, with its Location, and no later answer shows it', async () => {
    const partner = await buildPartner();
    const answer = await create(partner, {
      url: HOOK_URL,
      eventTypes: ['subscription.renewal_due', 'subscription.expired'],
      description: 'Renewals desk',
    });
    expect(answer.status, answer.text).toBe(201);
    const endpoint = answer.body;
    expect(endpoint.id).toMatch(/^we_/);
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/=]{20,}$/);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('location')).toBe(`/api/v1/webhook-endpoints/${endpoint.id}`);
    expect(endpoint).toMatchObject({
      url: HOOK_URL,
      description: 'Renewals desk',
      eventTypes: ['subscription.renewal_due', 'subscription.expired'],
      enabled: true,
      disabledReason: null,
      disabledAt: null,
      failingSince: null,
      lastErrors: [],
      previousSecretExpiresAt: null,
    });
    expect(endpoint.secretRotatedAt).toBe(endpoint.createdAt);

    const read = await call<Endpoint>('GET', `/webhook-endpoints/${endpoint.id}`, { token: partner.token });
    expect(read.status, read.text).toBe(200);
    const { secret, ...view } = endpoint;
    expect(read.body).toEqual(view);
    expect(read.text).not.toContain(secret as string);
    expect(read.text).not.toContain('whsec_');

    const list = await call('GET', '/webhook-endpoints', { token: partner.token });
    expect(list.status, list.text).toBe(200);
    expect(list.body).toEqual({ items: [view], continuationToken: null });
    expect(list.text).not.toContain('whsec_');
  });

  it('when no event types are given, then the endpoint takes every type (null), and a description defaults to none', async () => {
    const endpoint = await created(await buildPartner());
    expect(endpoint).toMatchObject({ eventTypes: null, description: '', enabled: true });
  });

  it('when an endpoint is changed, disabled, re-enabled and deleted, then each answer shows it as it is, and then it is gone', async () => {
    const partner = await buildPartner();
    const endpoint = await created(partner);
    const path = `/webhook-endpoints/${endpoint.id}`;
    const patch = (body: Record<string, unknown>) =>
      call<Endpoint>('PATCH', path, { token: partner.token, body });

    const changed = await patch({
      url: 'http://127.0.0.1:9/other',
      eventTypes: ['redemption.completed'],
      description: 'Orders',
    });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.body).toMatchObject({
      id: endpoint.id,
      url: 'http://127.0.0.1:9/other',
      eventTypes: ['redemption.completed'],
      description: 'Orders',
      enabled: true,
      secretRotatedAt: endpoint.secretRotatedAt,
      createdAt: endpoint.createdAt,
    });
    expect(changed.text).not.toContain('whsec_');

    const disabled = await patch({ enabled: false });
    expect(disabled.status, disabled.text).toBe(200);
    expect(disabled.body).toMatchObject({ enabled: false, disabledReason: 'partner' });
    expect(disabled.body.disabledAt).not.toBeNull();

    const everyType = await patch({ eventTypes: null });
    expect(everyType.body).toMatchObject({
      eventTypes: null,
      enabled: false,
      url: 'http://127.0.0.1:9/other',
    });

    const enabled = await patch({ enabled: true });
    expect(enabled.status, enabled.text).toBe(200);
    expect(enabled.body).toMatchObject({ enabled: true, disabledReason: null, disabledAt: null });

    expectProblem(await patch({}), 400, 'validation_failed');

    const deleted = await call('DELETE', path, { token: partner.token });
    expect(deleted.status, deleted.text).toBe(204);
    expectProblem(await call('GET', path, { token: partner.token }), 404, 'not_found');
    expectProblem(await call('DELETE', path, { token: partner.token }), 404, 'not_found');
    const list = await call('GET', '/webhook-endpoints', { token: partner.token });
    expect(list.body.items).toEqual([]);
  });

  it('when a partner has 10 endpoints, then an 11th is refused with 422 too_many_webhook_endpoints, and one fits again after a delete', async () => {
    const partner = await buildPartner();
    const made: Endpoint[] = [];
    for (let i = 0; i < 10; i += 1) made.push(await created(partner, { url: `${HOOK_URL}/${i}` }));
    expectProblem(await create(partner), 422, 'too_many_webhook_endpoints');
    const list = await call('GET', '/webhook-endpoints', { token: partner.token });
    expect(list.body.items).toHaveLength(10);
    expect(list.body.continuationToken).toBeNull();

    await call('DELETE', `/webhook-endpoints/${(made[0] as Endpoint).id}`, { token: partner.token });
    await created(partner);
  });

  it('when 12 endpoints are registered at once, then exactly 10 are made and the others refused', async () => {
    const partner = await buildPartner();
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => create(partner, { url: `${HOOK_URL}/${i}` })),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses, answers.map((answer) => answer.text).join('\n')).toEqual([
      ...Array<number>(10).fill(201),
      422,
      422,
    ]);
    const list = await call('GET', '/webhook-endpoints', { token: partner.token });
    expect(list.body.items).toHaveLength(10);
  });

  it.each(['http://10.0.0.1/x', 'http://169.254.169.254/'])(
    'when the URL is %s (private, or the cloud metadata address), then registering or changing to it is 422 webhook_url_forbidden',
    async (url) => {
      const partner = await buildPartner();
      expectProblem(await create(partner, { url }), 422, 'webhook_url_forbidden');
      const endpoint = await created(partner);
      expectProblem(
        await call('PATCH', `/webhook-endpoints/${endpoint.id}`, { token: partner.token, body: { url } }),
        422,
        'webhook_url_forbidden',
      );
      const list = await call('GET', '/webhook-endpoints', { token: partner.token });
      expect(list.body.items.map((item: Endpoint) => item.url)).toEqual([HOOK_URL]);
    },
  );

  it('when the body breaks the schema, then 400 validation_failed names the field (and bidi text is invalid_text)', async () => {
    const partner = await buildPartner();
    const refused = async (body: Record<string, unknown>, path: string) => {
      const answer = await create(partner, body);
      expectProblem(answer, 400, 'validation_failed');
      const { errors } = answer.body as unknown as { errors: { path: string }[] };
      expect(errors.map((e) => e.path)).toContain(path);
    };
    await refused({}, 'url');
    await refused({ url: 'ftp://example.com/x' }, 'url');
    await refused({ url: 'not a url' }, 'url');
    await refused({ url: `https://example.com/${'a'.repeat(2048)}` }, 'url');
    await refused({ url: HOOK_URL, eventTypes: [] }, 'eventTypes');
    await refused({ url: HOOK_URL, eventTypes: ['no.such_type'] }, 'eventTypes.0');
    await refused({ url: HOOK_URL, eventTypes: ['ping'] }, 'eventTypes.0');
    await refused(
      { url: HOOK_URL, eventTypes: ['subscription.expired', 'subscription.expired'] },
      'eventTypes',
    );
    await refused({ url: HOOK_URL, description: 'x'.repeat(201) }, 'description');
    await refused({ url: HOOK_URL, secret: 'whsec_mine' }, 'secret');
    expectProblem(
      await create(partner, { url: HOOK_URL, description: 'Contoso\u202Egnp.exe' }),
      422,
      'invalid_text',
    );
    const list = await call('GET', '/webhook-endpoints', { token: partner.token });
    expect(list.body.items).toEqual([]);
  });

  it("when a partner names another partner's endpoint, then every operation on it is 404 and it is not changed", async () => {
    const [owner, other] = await Promise.all([buildPartner(), buildPartner()]);
    const endpoint = await created(owner);
    const path = `/webhook-endpoints/${endpoint.id}`;
    const as = { token: other.token };
    expectProblem(await call('GET', path, as), 404, 'not_found');
    expectProblem(await call('PATCH', path, { ...as, body: { enabled: false } }), 404, 'not_found');
    expectProblem(await call('DELETE', path, as), 404, 'not_found');
    expectProblem(await call('POST', `${path}/secret`, as), 404, 'not_found');
    expectProblem(await call('POST', `${path}/test`, as), 404, 'not_found');
    expectProblem(await call('GET', `${path}/deliveries`, as), 404, 'not_found');
    expectProblem(
      await call('POST', `${path}/redeliver`, {
        ...as,
        body: { since: new Date((await stackNow()) - HOUR).toISOString() },
      }),
      404,
      'not_found',
    );
    expect((await call('GET', '/webhook-endpoints', as)).body.items).toEqual([]);
    const unchanged = await call<Endpoint>('GET', path, { token: owner.token });
    expect(unchanged.status).toBe(200);
    expect(unchanged.body).toMatchObject({ enabled: true, secretRotatedAt: endpoint.secretRotatedAt });
    // An id of no shape at all names nothing either.
    expectProblem(await call('GET', '/webhook-endpoints/nope', { token: owner.token }), 404, 'not_found');
  });

  it('when the secret is rotated, then the new one is shown once, uncached, and the previous one signs for 24 h more', async () => {
    const partner = await buildPartner();
    const endpoint = await created(partner);
    const rotated = await call<Endpoint>('POST', `/webhook-endpoints/${endpoint.id}/secret`, {
      token: partner.token,
    });
    expect(rotated.status, rotated.text).toBe(200);
    expect(rotated.headers.get('cache-control')).toBe('no-store');
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(endpoint.secret);
    const rotatedAt = Date.parse(rotated.body.secretRotatedAt);
    expect(rotatedAt).toBeGreaterThanOrEqual(Date.parse(endpoint.secretRotatedAt));
    const expires = Date.parse(rotated.body.previousSecretExpiresAt as string);
    expect(Math.abs(expires - (rotatedAt + DAY))).toBeLessThan(5_000);

    const read = await call<Endpoint>('GET', `/webhook-endpoints/${endpoint.id}`, { token: partner.token });
    expect(read.body.previousSecretExpiresAt).toBe(rotated.body.previousSecretExpiresAt);
    expect(read.text).not.toContain('whsec_');
  });

  it('when the partner sends a test, then a ping is queued (202) and shows in the deliveries, newest first', async () => {
    const partner = await buildPartner();
    const endpoint = await created(partner);
    const test = await call('POST', `/webhook-endpoints/${endpoint.id}/test`, { token: partner.token });
    expect(test.status, test.text).toBe(202);
    expect(test.body).toMatchObject({ eventType: 'ping', deliveredAt: null });
    expect(['pending', 'delivered', 'failed']).toContain(test.body.status);
    expect(typeof test.body.eventId).toBe('string');

    const second = await call('POST', `/webhook-endpoints/${endpoint.id}/test`, { token: partner.token });
    expect(second.status, second.text).toBe(202);
    expect(second.body.eventId).not.toBe(test.body.eventId);

    const deliveries = await call('GET', `/webhook-endpoints/${endpoint.id}/deliveries?limit=1`, {
      token: partner.token,
    });
    expect(deliveries.status, deliveries.text).toBe(200);
    expect(deliveries.body.items.map((d: { eventId: string }) => d.eventId)).toEqual([second.body.eventId]);
    expect(deliveries.body.continuationToken).toEqual(expect.any(String));
    const next = await call(
      'GET',
      `/webhook-endpoints/${endpoint.id}/deliveries?limit=1&continuationToken=${encodeURIComponent(
        deliveries.body.continuationToken as string,
      )}`,
      { token: partner.token },
    );
    expect(next.status, next.text).toBe(200);
    expect(next.body.items.map((d: { eventId: string }) => d.eventId)).toEqual([test.body.eventId]);
    expect(JSON.stringify([deliveries.body, next.body])).not.toContain('whsec_');
  });

  it('when a redelivery is asked since a time in the future or more than 30 days ago, then 400 validation_failed on since; within them, 202 with how many', async () => {
    const partner = await buildPartner();
    const endpoint = await created(partner);
    const path = `/webhook-endpoints/${endpoint.id}/redeliver`;
    const now = await stackNow();
    for (const since of [now + HOUR, now - 31 * DAY]) {
      const answer = await call('POST', path, {
        token: partner.token,
        body: { since: new Date(since).toISOString() },
      });
      expectProblem(answer, 400, 'validation_failed');
      expect(answer.body.errors.map((e: { path: string }) => e.path)).toEqual(['since']);
    }
    expectProblem(
      await call('POST', path, { token: partner.token, body: { since: 'yesterday' } }),
      400,
      'validation_failed',
    );
    const queued = await call('POST', path, {
      token: partner.token,
      body: { since: new Date(now - HOUR).toISOString() },
    });
    expect(queued.status, queued.text).toBe(202);
    expect(queued.body).toEqual({ queued: 0 });
  });

  it('when an unknown event is redelivered, then 404', async () => {
    const partner = await buildPartner();
    const endpoint = await created(partner);
    expectProblem(
      await call('POST', `/webhook-endpoints/${endpoint.id}/deliveries/no-such-event/redeliver`, {
        token: partner.token,
      }),
      404,
      'not_found',
    );
  });

  it('when a partner reads its own notifications and has none, then GET /partners/me/notifications is an empty page', async () => {
    const partner = await buildPartner();
    const answer = await call('GET', '/partners/me/notifications', { token: partner.token });
    expect(answer.status, answer.text).toBe(200);
    expect(answer.body).toEqual({ items: [], continuationToken: null });
  });
});
