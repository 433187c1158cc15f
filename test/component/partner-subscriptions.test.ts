import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CountingStore } from '../../bench/counting-store';
import { buildPartner, call, expectProblem, mintKeys, type TestPartner } from '../support/api';
import { startOwnHost, type OwnHost } from '../support/own-host';
import { adminToken, buildTenant, confirmedRedemption, mailFor, type TestTenant } from '../support/tenants';

/**
 * GET /subscriptions: a partner tool's "renewals due" list, soonest end first, filtered by end and
 * state, from one partition (the store port records every query of the request). On a host of its
 * own, so the clock can move.
 */
let own: OwnHost;
let base: string;
let store: CountingStore;
const DAY = 86_400_000;

beforeAll(async () => {
  own = await startOwnHost({
    queues: true,
    wrapStore: (inner) => {
      store = new CountingStore(inner);
      return store;
    },
  });
  base = own.apiBaseUrl;
});
afterAll(async () => own?.stop());

async function list(partner: TestPartner, query = '') {
  store.reset();
  const response = await call('GET', `/subscriptions${query}`, { token: partner.token, baseUrl: base });
  expect(
    store.calls.filter((c) => c.includes('cross-partition')),
    'cross-partition query on a request path',
  ).toEqual([]);
  return response;
}

const ids = (response: { body: { items: { id: string }[] } }) => response.body.items.map((s) => s.id);

describe('GET /subscriptions', () => {
  it("when a partner lists its subscriptions, then it sees those it is POR or delegated admin of, soonest end first, narrowed by end and state, and nobody else's", async () => {
    const partner = await buildPartner({}, base);
    const terms = [12, 1, 6];
    const made: TestTenant[] = [];
    for (const termMonths of terms)
      made.push(await buildTenant({ baseUrl: base, partner, terms: { termMonths } }));
    // A tenant where it is delegated admin only (another partner is POR).
    const delegated = await buildTenant({
      baseUrl: base,
      partner,
      partnerOfRecord: false,
      delegatedAdministration: true,
      terms: { termMonths: 3 },
    });
    // One it created but no longer serves: POR handed to someone else.
    const handedOver = await buildTenant({ baseUrl: base, partner, terms: { termMonths: 2 } });
    const other = await buildPartner({}, base);
    await call('PUT', `/subscriptions/${handedOver.subscriptionId}/partner-of-record`, {
      token: await adminToken(handedOver),
      baseUrl: base,
      body: { partnerId: other.partnerId },
    });

    const all = await list(partner);
    expect(all.status, all.text).toBe(200);
    expect(ids(all)).toEqual([made[1], delegated, made[2], made[0]].map((m) => m?.subscriptionId));
    const ends = all.body.items.map((s: { termEnd: string }) => s.termEnd);
    expect([...ends].sort()).toEqual(ends);

    const soon = new Date(Date.now() + 100 * DAY).toISOString().slice(0, 10);
    expect(ids(await list(partner, `?expiresBefore=${soon}`))).toEqual(
      [made[1], delegated].map((m) => m?.subscriptionId),
    );
    expect(ids(await list(other))).toEqual([handedOver.subscriptionId]);
    expect(ids(await list(await buildPartner({}, base)))).toEqual([]);

    // Paged: two at a time, the same order.
    const first = await list(partner, '?limit=2');
    expect(ids(first)).toEqual([made[1], delegated].map((m) => m?.subscriptionId));
    const second = await list(
      partner,
      `?limit=2&continuationToken=${encodeURIComponent(first.body.continuationToken)}`,
    );
    expect(ids(second)).toEqual([made[2], made[0]].map((m) => m?.subscriptionId));
    expectProblem(
      await list(other, `?continuationToken=${encodeURIComponent(first.body.continuationToken)}`),
      400,
      'invalid_continuation_token',
    );

    // State by the dates: a month and a week on, the 1-month one is expired.
    own.clock.advance(40 * DAY);
    expect(ids(await list(partner, '?state=expired'))).toEqual([made[1]?.subscriptionId]);
    expect(ids(await list(partner, '?state=active'))).toEqual(
      [delegated, made[2], made[0]].map((m) => m?.subscriptionId),
    );

    // A renewal moves it to its new place in the list.
    const redemptionId = await confirmedRedemption(
      partner,
      await mintKeys(1, { seatsPerKey: 25, termMonths: 24 }, base),
      base,
    );
    const renewed = await call('POST', `/redemptions/${redemptionId}/complete`, {
      token: partner.token,
      baseUrl: base,
      body: { action: 'renew', subscriptionId: made[1]?.subscriptionId },
    });
    expect(renewed.status, renewed.text).toBe(200);
    expect(ids(await list(partner))).toEqual(
      [delegated, made[2], made[0], made[1]].map((m) => m?.subscriptionId),
    );

    expectProblem(await list(partner, '?state=gone'), 400, 'validation_failed');
    expectProblem(await list(partner, '?expiresBefore=soon'), 400, 'validation_failed');
  });

  it("when seats are added with keys whose term ends before the subscription's, then 422 key_term_too_short saying the date the keys must reach", async () => {
    const made = await buildTenant({ baseUrl: base });
    const redemptionId = await confirmedRedemption(
      made.partner,
      await mintKeys(1, { termMonths: 1 }, base),
      base,
    );
    const refused = await call('POST', `/redemptions/${redemptionId}/complete`, {
      token: made.partner.token,
      baseUrl: base,
      body: { action: 'add_seats', subscriptionId: made.subscriptionId },
    });
    expectProblem(refused, 422, 'key_term_too_short');
    expect(refused.body.detail).toContain(made.body.subscription.termEnd.slice(0, 10));
    // Keys long enough: the seats run to the end of the term.
    const enough = await confirmedRedemption(
      made.partner,
      await mintKeys(1, { termMonths: 12, seatsPerKey: 5 }, base),
      base,
    );
    const added = await call('POST', `/redemptions/${enough}/complete`, {
      token: made.partner.token,
      baseUrl: base,
      body: { action: 'add_seats', subscriptionId: made.subscriptionId },
    });
    expect(added.status, added.text).toBe(200);
    expect(added.body.subscription).toMatchObject({ seats: 30, termEnd: made.body.subscription.termEnd });
  });

  it('when keys are applied to a subscription moved to direct billing, then 409 subscription_migrated, not 403, even for its former POR', async () => {
    const made = await buildTenant({ baseUrl: base });
    const token = await adminToken(made);
    await mailFor(`welcome_admin:${made.adminUserId}`);
    const switched = await call('POST', `/subscriptions/${made.subscriptionId}/direct-billing`, {
      token,
      baseUrl: base,
      body: { forfeitPrepaidDays: true },
    });
    expect(switched.status, switched.text).toBe(201);
    for (const action of ['renew', 'add_seats']) {
      for (const subscriptionId of [made.subscriptionId, switched.body.subscription.id]) {
        const redemptionId = await confirmedRedemption(made.partner, await mintKeys(1, {}, base), base);
        expectProblem(
          await call('POST', `/redemptions/${redemptionId}/complete`, {
            token: made.partner.token,
            baseUrl: base,
            body: { action, subscriptionId },
          }),
          409,
          'subscription_migrated',
        );
      }
    }
  });
});
