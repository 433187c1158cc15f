import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPartner, call, expectProblem, mintKeys, type TestPartner } from '../support/api';
import { FEED_SETTLE_MS } from '../../shared/app/events';
import { startOwnHost, type OwnHost } from '../support/own-host';
import {
  adminToken,
  buildTenant,
  confirmedRedemption,
  offerToken,
  type TestTenant,
} from '../support/tenants';

/**
 * The partners' events (issue 21) over real HTTP, on a host of its own whose clock the tests move:
 * every type fires once per fact (the timers run twice at each moment) to the partners that may see
 * the resource, the one that loses its view gets the event that ends it and nothing of that tenant
 * after; the feed's order, paging, polling from its end and the token's scope; the 30-day purge.
 */
let own: OwnHost;
let base: string;
const DAY = 86_400_000;

beforeAll(async () => {
  own = await startOwnHost({ queues: true });
  base = own.apiBaseUrl;
});
afterAll(async () => own?.stop());

interface FeedEvent {
  id: string;
  type: string;
  createdAt: string;
  data: Record<string, any>;
}

async function page(partner: TestPartner, query: Record<string, string> = {}) {
  // The feed shows events once they are FEED_SETTLE_MS old: past that, what was just written.
  own.clock.advance(FEED_SETTLE_MS + 1);
  const search = new URLSearchParams(query).toString();
  return call('GET', `/events${search ? `?${search}` : ''}`, { token: partner.token, baseUrl: base });
}

/** The partner's whole feed, page by page; the token the last page gave. */
async function feed(partner: TestPartner, limit = 100): Promise<{ events: FeedEvent[]; token: string }> {
  const events: FeedEvent[] = [];
  let token: string | undefined;
  for (;;) {
    const answer = await page(partner, {
      limit: String(limit),
      ...(token ? { continuationToken: token } : {}),
    });
    expect(answer.status, answer.text).toBe(200);
    expect(typeof answer.body.continuationToken).toBe('string');
    events.push(...(answer.body.items as FeedEvent[]));
    token = answer.body.continuationToken as string;
    if (answer.body.items.length < limit) return { events, token };
  }
}

const types = (events: FeedEvent[]) => events.map((e) => e.type);
const ofTenant = (events: FeedEvent[], tenantId: string) =>
  events.filter((e) => e.data['tenantId'] === tenantId);

async function runTimers(): Promise<void> {
  await Promise.all([own.host.invoke('renewal-notices'), own.host.invoke('renewal-notices')]);
  await Promise.all([own.host.invoke('subscription-lifecycle'), own.host.invoke('subscription-lifecycle')]);
}

function moveTo(instant: number): void {
  if (instant > own.clock.now().getTime()) own.clock.set(new Date(instant));
}

async function complete(
  partner: TestPartner,
  body: Record<string, unknown>,
  keys: Record<string, number> = {},
) {
  const redemptionId = await confirmedRedemption(
    partner,
    await mintKeys(1, { seatsPerKey: 5, ...keys }, base),
    base,
  );
  const done = await call('POST', `/redemptions/${redemptionId}/complete`, {
    token: partner.token,
    baseUrl: base,
    body,
  });
  expect(done.status, done.text).toBe(200);
  return redemptionId;
}

async function offer(partner: TestPartner, tenantId: string): Promise<string> {
  const made = await call('POST', `/tenants/${tenantId}/delegation-offers`, {
    token: partner.token,
    baseUrl: base,
    body: { message: 'May we help?' },
  });
  expect(made.status, made.text).toBe(201);
  return made.body.id as string;
}

describe('the events of one tenant, to the partners that see it', () => {
  let a: TestPartner;
  let b: TestPartner;
  let unrelated: TestPartner;
  let made: TestTenant;
  let admin: string;
  let declinedOffer: string;
  let expiringOffer: string;
  let bTokenBeforeLifecycle: string;

  it('when a partner creates a tenant, adds seats, renews, and the customer changes the Partner of Record and ends a delegation, then each fact is one event to each partner that sees it', async () => {
    const unique = randomBytes(3).toString('hex');
    a = await buildPartner({ email: `a.${unique}@partner.example` }, base);
    b = await buildPartner({ email: `b.${unique}@partner.example` }, base);
    unrelated = await buildPartner({}, base);
    made = await buildTenant({ baseUrl: base, partner: a, partnerOfRecord: true });
    admin = await adminToken(made);
    const seatsRedemption = await complete(a, { action: 'add_seats', subscriptionId: made.subscriptionId });
    const renewRedemption = await complete(a, { action: 'renew', subscriptionId: made.subscriptionId });
    // The same request again answers the same, and meets the same facts: no new event.
    const again = await call('POST', `/redemptions/${renewRedemption}/complete`, {
      token: a.token,
      baseUrl: base,
      body: { action: 'renew', subscriptionId: made.subscriptionId },
    });
    expect(again.status, again.text).toBe(200);

    // A offers delegated administration and the customer accepts: A is delegated admin too.
    const accepted = await offer(a, made.tenantId);
    const accept = await call('POST', '/offers/accept', {
      baseUrl: base,
      body: { token: await offerToken(accepted) },
    });
    expect(accept.status, accept.text).toBe(200);
    // The customer makes B Partner of Record (A stays delegated admin), B offers twice: declined, then left to expire.
    const por = await call('PUT', `/subscriptions/${made.subscriptionId}/partner-of-record`, {
      token: admin,
      baseUrl: base,
      body: { partnerId: b.partnerId },
    });
    expect(por.status, por.text).toBe(200);
    const same = await call('PUT', `/subscriptions/${made.subscriptionId}/partner-of-record`, {
      token: admin,
      baseUrl: base,
      body: { partnerId: b.partnerId },
    });
    expect(same.status, same.text).toBe(200);
    declinedOffer = await offer(b, made.tenantId);
    const decline = await call('POST', '/offers/decline', {
      baseUrl: base,
      body: { token: await offerToken(declinedOffer) },
    });
    expect(decline.status, decline.text).toBe(200);
    expiringOffer = await offer(b, made.tenantId);
    // The customer ends A's delegation: A no longer sees the tenant.
    const removed = await call('DELETE', `/tenants/${made.tenantId}/delegated-admins/${a.partnerId}`, {
      token: admin,
      baseUrl: base,
    });
    expect(removed.status, removed.text).toBe(204);

    // Two events of one request may share a millisecond (then id decides): the order is checked below.
    const ofA = (await feed(a)).events;
    expect(types(ofA).sort()).toEqual(
      [
        'subscription.created',
        'redemption.completed',
        'subscription.seats_added',
        'redemption.completed',
        'subscription.renewed',
        'redemption.completed',
        'delegation_offer.accepted',
        'partner_of_record.changed',
        'delegated_admin.removed',
      ].sort(),
    );
    const one = (type: string) => {
      const found = ofA.filter((e) => e.type === type);
      expect(found, type).toHaveLength(1);
      return found[0] as FeedEvent;
    };
    expect(one('subscription.created').data).toMatchObject({
      subscriptionId: made.subscriptionId,
      tenantId: made.tenantId,
      state: 'active',
      partnerOfRecord: { partnerId: a.partnerId },
    });
    expect(one('subscription.seats_added').data).toMatchObject({
      redemptionId: seatsRedemption,
      seatsAdded: 5,
    });
    expect(one('subscription.renewed').data).toMatchObject({ redemptionId: renewRedemption });
    expect(
      ofA
        .filter((e) => e.type === 'redemption.completed')
        .map((e) => [e.data['redemptionId'], e.data['action']]),
    ).toEqual([
      [made.redemptionId, 'create_tenant'],
      [seatsRedemption, 'add_seats'],
      [renewRedemption, 'renew'],
    ]);
    expect(one('delegation_offer.accepted').data).toMatchObject({ offerId: accepted, status: 'accepted' });
    expect(one('partner_of_record.changed').data).toMatchObject({
      from: { partnerId: a.partnerId },
      to: { partnerId: b.partnerId },
      partnerOfRecord: { partnerId: b.partnerId },
    });
    // The end of A's view is the last it hears of the tenant.
    expect(ofA.at(-1)?.type).toBe('delegated_admin.removed');
    expect(ofA.at(-1)?.data).toMatchObject({
      tenantId: made.tenantId,
      partnerId: a.partnerId,
      by: 'customer',
    });
    // Nothing of a token, a key or the admin's address in any event.
    expect(JSON.stringify(ofA)).not.toMatch(/kca_|kco_|kcp_|@contoso|[A-Z0-9]{5}-[A-Z0-9]{5}-/);

    const ofB = await feed(b);
    expect(types(ofB.events)).toEqual(['partner_of_record.changed', 'delegation_offer.declined']);
    expect(ofB.events[1]?.data).toMatchObject({ offerId: declinedOffer, status: 'declined' });
    bTokenBeforeLifecycle = ofB.token;
    expect((await feed(unrelated)).events).toEqual([]);
  });

  it('when the clock moves through the offer expiry, the renewal notices and the end of the subscription, then each is one event, to B only', async () => {
    const start = own.clock.now().getTime();
    const end = Date.parse(
      (await call('GET', `/subscriptions/${made.subscriptionId}`, { token: b.token, baseUrl: base })).body
        .termEnd,
    );
    moveTo(start + 91 * DAY);
    await runTimers();
    for (const days of [60, 30, 7, 1]) {
      moveTo(end - days * DAY + 60_000);
      await runTimers();
    }
    moveTo(end + 60_000);
    await runTimers();
    const sub = (
      await call('GET', `/subscriptions/${made.subscriptionId}`, { token: b.token, baseUrl: base })
    ).body;
    moveTo(Date.parse(sub.graceEndsAt) + 60_000);
    await runTimers();
    moveTo(Date.parse(sub.deleteAt) + 60_000);
    await runTimers();

    // Polling from where B left off: only what came after.
    const later = await page(b, { continuationToken: bTokenBeforeLifecycle });
    expect(later.status, later.text).toBe(200);
    const lifecycle = later.body.items as FeedEvent[];
    expect(types(lifecycle)).toEqual([
      'delegation_offer.expired',
      'subscription.renewal_due',
      'subscription.renewal_due',
      'subscription.renewal_due',
      'subscription.renewal_due',
      'subscription.expired',
      'subscription.disabled',
      'subscription.deleted',
    ]);
    expect(lifecycle[0]?.data).toMatchObject({ offerId: expiringOffer, status: 'expired' });
    expect(lifecycle.slice(1, 5).map((e) => e.data['daysLeft'])).toEqual([60, 30, 7, 1]);
    expect(lifecycle.slice(5).map((e) => e.data['state'])).toEqual(['expired', 'disabled', 'deleted']);
    // A lost its view with the end of its delegation: nothing of the tenant after it.
    const ofA = (await feed(a)).events;
    expect(ofTenant(ofA, made.tenantId)).toHaveLength(9);
    expect(ofA.at(-1)?.type).toBe('delegated_admin.removed');
    expect((await feed(unrelated)).events).toEqual([]);
  });

  it('when the feed is read in pages, then it is the same events in (createdAt, id) order; at its end a token still comes, and a new event appears on the next call', async () => {
    const whole = (await feed(b)).events;
    expect(whole.length).toBe(10);
    const sorted = [...whole].sort((x, y) =>
      x.createdAt === y.createdAt ? (x.id < y.id ? -1 : 1) : x.createdAt < y.createdAt ? -1 : 1,
    );
    expect(whole.map((e) => e.id)).toEqual(sorted.map((e) => e.id));
    expect(new Set(whole.map((e) => e.id)).size).toBe(whole.length);
    const paged = await feed(b, 3);
    expect(paged.events.map((e) => e.id)).toEqual(whole.map((e) => e.id));

    // At the end: no items, and a token again.
    const end = await page(b, { continuationToken: paged.token });
    expect(end.status, end.text).toBe(200);
    expect(end.body.items).toEqual([]);
    expect(typeof end.body.continuationToken).toBe('string');
    // A new fact: a tenant B creates as Partner of Record.
    const second = await buildTenant({ baseUrl: base, partner: b, partnerOfRecord: true });
    const next = await page(b, { continuationToken: end.body.continuationToken });
    expect(types(next.body.items).sort()).toEqual(['redemption.completed', 'subscription.created']);
    expect(next.body.items.map((e: FeedEvent) => e.data['tenantId'])).toEqual([
      second.tenantId,
      second.tenantId,
    ]);
  });

  it("when another partner sends B's token, then 400 invalid_continuation_token", async () => {
    const { token } = await feed(b);
    expectProblem(await page(a, { continuationToken: token }), 400, 'invalid_continuation_token');
    expectProblem(await page(b, { continuationToken: 'nonsense' }), 400, 'invalid_continuation_token');
  });
});

describe('direct billing, a Partner of Record removed, and the purge', () => {
  it('when the Partner of Record switches to direct billing and is then removed, then it gets both and nothing after; after 30 days the purge deletes the older events only', async () => {
    const c = await buildPartner({}, base);
    const made = await buildTenant({ baseUrl: base, partner: c, partnerOfRecord: true });
    const admin = await adminToken(made);
    const switched = await call('POST', `/subscriptions/${made.subscriptionId}/direct-billing`, {
      token: admin,
      baseUrl: base,
      body: { forfeitPrepaidDays: true },
    });
    expect(switched.status, switched.text).toBe(201);
    const successor = switched.body.subscription.id as string;
    const removed = await call('DELETE', `/subscriptions/${successor}/partner-of-record`, {
      token: admin,
      baseUrl: base,
    });
    expect(removed.status, removed.text).toBe(204);
    moveTo(own.clock.now().getTime() + 400 * DAY);
    await runTimers();
    const ofC = (await feed(c)).events;
    expect(types(ofC).slice(0, 2).sort()).toEqual(['redemption.completed', 'subscription.created']);
    expect(types(ofC).slice(2)).toEqual([
      'subscription.switched_to_direct_billing',
      'partner_of_record.changed',
    ]);
    expect(ofC[2]?.data).toMatchObject({
      subscriptionId: successor,
      previousSubscriptionId: made.subscriptionId,
      billing: 'direct',
    });
    expect(ofC[3]?.data).toMatchObject({ from: { partnerId: c.partnerId }, to: null, partnerOfRecord: null });

    // The purge: 30 days on, everything above is gone; an event of today stays.
    moveTo(own.clock.now().getTime() + 31 * DAY);
    const fresh = await buildTenant({ baseUrl: base, partner: c, partnerOfRecord: true });
    await own.host.invoke('events-purge');
    await own.host.invoke('events-purge');
    const kept = (await feed(c)).events;
    expect(types(kept).sort()).toEqual(['redemption.completed', 'subscription.created']);
    expect(kept.map((e) => e.data['tenantId'])).toEqual([fresh.tenantId, fresh.tenantId]);
    const stored = (await own.dump())['events'] ?? [];
    const oldest = Date.parse(own.clock.now().toISOString()) - 30 * DAY;
    expect(stored.filter((e) => Date.parse(e['createdAt'] as string) < oldest)).toEqual([]);
  });
});

describe('a write that lands late', () => {
  it('when an event stamped before a later one is written after a poller read the later one, then the poller still gets it: the feed shows events once they are 30 s old', async () => {
    const d = await buildPartner({}, base);
    const { token } = await feed(d);
    await buildTenant({ baseUrl: base, partner: d, partnerOfRecord: true });
    // Polled at once: what was just written is not shown yet, so the token does not move past it.
    const early = await call('GET', `/events?continuationToken=${encodeURIComponent(token)}`, {
      token: d.token,
      baseUrl: base,
    });
    expect(early.status, early.text).toBe(200);
    expect(early.body.items).toEqual([]);
    // A slow request's event, stamped 5 s before the others, lands now (after that poll).
    const stampedEarlier = new Date(own.clock.now().getTime() - 5_000).toISOString();
    const [written] = ((await own.dump())['events'] ?? []).filter(
      (e) => e['partnerId'] === d.id && e['type'] === 'subscription.created',
    );
    await own.runtime.deps.repos.events.create({
      id: `late-fact:${d.id}`,
      partnerId: d.id,
      type: 'subscription.created',
      createdAt: stampedEarlier,
      data: written?.['data'] as Record<string, unknown>,
      tenantId: null,
    });
    const later = await page(d, { continuationToken: early.body.continuationToken as string });
    expect(later.status, later.text).toBe(200);
    expect((later.body.items as FeedEvent[]).map((e) => e.id)).toContain(`late-fact:${d.id}`);
    expect(later.body.items).toHaveLength(3);
    expect(later.body.items[0].id).toBe(`late-fact:${d.id}`);
  });
});
