import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, mintKeys } from '../support/api';
import { startOwnHost, type OwnHost } from '../support/own-host';
import { adminToken, buildTenant, confirmedRedemption, type TestTenant } from '../support/tenants';

/**
 * What a partner tool reads over HTTP, every answer checked against the published contract: the term
 * in force and the terms bought after it (an early renewal), the timeline of a subscription billed
 * directly and of the one it replaced, and whether each user can sign in while the subscription is
 * disabled. On a host of its own, whose clock the last test moves. The rules case by case are
 * test/usecase/subscription-view.test.ts and test/unit/subscription-view.test.ts.
 */
let own: OwnHost;
let base: string;
const DAY = 86_400_000;

beforeAll(async () => {
  own = await startOwnHost({ queues: true });
  base = own.apiBaseUrl;
});
afterAll(async () => own?.stop());

async function renew(made: TestTenant, seatsPerKey: number) {
  const keys = await mintKeys(1, { seatsPerKey }, base);
  const redemptionId = await confirmedRedemption(made.partner, keys, base);
  const renewed = await call('POST', `/redemptions/${redemptionId}/complete`, {
    token: made.partner.token,
    baseUrl: base,
    body: { action: 'renew', subscriptionId: made.subscriptionId },
  });
  expect(renewed.status, renewed.text).toBe(200);
  return renewed.body.subscription;
}

describe('GET /subscriptions/{id}', () => {
  it('when a subscription is renewed early with fewer seats, then termStart and seats are the term in force, termEnd the end of coverage, and the renewal an upcoming term in the timeline', async () => {
    const made = await buildTenant({ baseUrl: base });
    const first = made.body.subscription;
    expect(first).toMatchObject({
      seats: 25,
      currentTerm: { start: first.termStart, end: first.termEnd, seats: 25 },
      upcomingTerms: [],
    });
    const answered = await renew(made, 5);
    const read = await call('GET', `/subscriptions/${made.subscriptionId}`, {
      token: made.partner.token,
      baseUrl: base,
    });
    expect(read.status).toBe(200);
    expect(read.body).toEqual(answered);
    const coverageEnd = read.body.terms[1].termEnd;
    expect(read.body).toMatchObject({
      seats: 25,
      termStart: first.termStart,
      termEnd: coverageEnd,
      currentTerm: { start: first.termStart, end: first.termEnd, seats: 25 },
      upcomingTerms: [{ start: first.termEnd, end: coverageEnd, seats: 5 }],
    });
    expect(read.body.timeline.map((e: { event: string }) => e.event)).toEqual([
      'term_start',
      'renewal_notice',
      'renewal_notice',
      'renewal_notice',
      'renewal_notice',
      'expiry',
      'grace_end',
      'deletion',
    ]);
    expect(read.body.timeline[0]).toEqual({
      event: 'term_start',
      at: first.termEnd,
      status: 'scheduled',
      seats: 5,
    });
  });

  it('when a subscription moves to direct billing, then the new one shows the date it renews itself and the previous one the date it ended', async () => {
    const made = await buildTenant({ baseUrl: base });
    const token = await adminToken(made);
    const switched = await call('POST', `/subscriptions/${made.subscriptionId}/direct-billing`, {
      token,
      baseUrl: base,
      body: { forfeitPrepaidDays: true },
    });
    expect(switched.status, switched.text).toBe(201);
    const { subscription, previous } = switched.body;
    expect(subscription.timeline).toEqual([
      { event: 'auto_renewal', at: subscription.termEnd, status: 'scheduled', seats: 25 },
    ]);
    expect(previous.timeline).toEqual([{ event: 'migrated', at: subscription.termStart, status: 'done' }]);
    const read = await call('GET', `/subscriptions/${made.subscriptionId}`, { token, baseUrl: base });
    expect(read.body.timeline).toEqual(previous.timeline);
  });
});

describe('the users view', () => {
  it('while the subscription is disabled, then users that are not Global Administrators show signInAllowed false with the reason, in every answer, until it is renewed', async () => {
    const made = await buildTenant({ baseUrl: base });
    const token = await adminToken(made);
    expect(made.body.adminUser).toMatchObject({ signInAllowed: true, signInBlockedReason: null });
    const added = await call('POST', `/tenants/${made.tenantId}/users`, {
      token,
      baseUrl: base,
      body: { firstName: 'Jane', lastName: 'Doe', userName: 'jane' },
    });
    expect(added.status, added.text).toBe(201);
    expect(added.body).toMatchObject({ signInAllowed: true, signInBlockedReason: null });
    const jane = added.body.id as string;
    const signIn = async () =>
      (await call('GET', `/tenants/${made.tenantId}/users`, { token, baseUrl: base })).body.items.map(
        (u: { userName: string; signInAllowed: boolean; signInBlockedReason: string | null }) => [
          u.userName.split('@')[0],
          u.signInAllowed,
          u.signInBlockedReason,
        ],
      );

    own.clock.set(new Date(Date.parse(made.body.subscription.termEnd) + 40 * DAY));
    expect(await signIn()).toEqual([
      ['admin', true, null],
      ['jane', false, 'subscription_disabled'],
    ]);
    const one = await call('GET', `/tenants/${made.tenantId}/users/${jane}`, { token, baseUrl: base });
    expect(one.body).toMatchObject({ signInAllowed: false, signInBlockedReason: 'subscription_disabled' });
    const patched = await call('PATCH', `/tenants/${made.tenantId}/users/${jane}`, {
      token,
      baseUrl: base,
      body: { firstName: 'Janet' },
    });
    expect(patched.status, patched.text).toBe(200);
    expect(patched.body).toMatchObject({
      displayName: 'Janet Doe',
      signInAllowed: false,
      signInBlockedReason: 'subscription_disabled',
    });

    await renew(made, 25);
    expect(await signIn()).toEqual([
      ['admin', true, null],
      ['jane', true, null],
    ]);
  });
});
