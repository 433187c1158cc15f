import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPartner, call, expectProblem, mintKey, mintKeys, type TestPartner } from '../support/api';
import { startOwnHost, type OwnHost } from '../support/own-host';
import { adminToken, buildTenant, confirmedRedemption, mailFor, type TestTenant } from '../support/tenants';

/** Renewal and seats, with a clock of their own (disabled and deleted subscriptions need time to pass). */
let own: OwnHost;
let base: string;
const DAY = 86_400_000;

beforeAll(async () => {
  own = await startOwnHost({ queues: true });
  base = own.apiBaseUrl;
});
afterAll(async () => own?.stop());

async function keysFor(
  partner: TestPartner,
  count: number,
  terms: { sku?: string; seatsPerKey?: number; termMonths?: number } = {},
) {
  return confirmedRedemption(partner, await mintKeys(count, { seatsPerKey: 10, ...terms }, base), base);
}

async function complete(partner: TestPartner, redemptionId: string, body: unknown) {
  return call('POST', `/redemptions/${redemptionId}/complete`, { token: partner.token, body, baseUrl: base });
}

async function subscription(made: TestTenant) {
  return (
    await call('GET', `/subscriptions/${made.subscriptionId}`, { token: made.partner.token, baseUrl: base })
  ).body;
}

describe('complete: renew and add_seats', () => {
  it('when the POR renews an active subscription, then the new term starts at the current end with the keys seats, and a notice goes out', async () => {
    const made = await buildTenant({ baseUrl: base });
    const before = await subscription(made);
    const redemptionId = await keysFor(made.partner, 3);
    const renewed = await complete(made.partner, redemptionId, {
      action: 'renew',
      subscriptionId: made.subscriptionId,
    });
    expect(renewed.status).toBe(200);
    const after = renewed.body.subscription;
    expect(after.termStart).toBe(before.termEnd);
    expect(Date.parse(after.termEnd)).toBeGreaterThan(Date.parse(before.termEnd));
    expect(after.seats).toBe(25);
    expect(after.terms).toEqual([
      before.terms[0],
      { termStart: before.termEnd, termEnd: after.termEnd, seats: 30 },
    ]);
    expect(after.timeline[0].at).toBe(new Date(Date.parse(after.termEnd) - 60 * DAY).toISOString());
    const mail = await mailFor(`subscription_renewed:${made.subscriptionId}:${redemptionId}`);
    expect(mail.to.sort()).toEqual([made.adminEmail, 'partner@fabrikam.example'].sort());
  });

  it('when a subscription is renewed in its grace period, then it extends from its end and is active again', async () => {
    const made = await buildTenant({ baseUrl: base });
    const before = await subscription(made);
    own.clock.set(new Date(Date.parse(before.termEnd) + 5 * DAY));
    expect((await subscription(made)).state).toBe('expired');
    const renewed = await complete(made.partner, await keysFor(made.partner, 1), {
      action: 'renew',
      subscriptionId: made.subscriptionId,
    });
    expect(renewed.body.subscription).toMatchObject({ state: 'active', termStart: before.termEnd });
  });

  it('when a disabled subscription is renewed, then a new term starts now; seats cannot be added to it', async () => {
    const made = await buildTenant({ baseUrl: base });
    const before = await subscription(made);
    own.clock.set(new Date(Date.parse(before.termEnd) + 40 * DAY));
    expect((await subscription(made)).state).toBe('disabled');
    expectProblem(
      await complete(made.partner, await keysFor(made.partner, 1), {
        action: 'add_seats',
        subscriptionId: made.subscriptionId,
      }),
      409,
      'subscription_not_active',
    );
    const now = own.clock.now().getTime();
    const renewed = await complete(made.partner, await keysFor(made.partner, 1, { termMonths: 1 }), {
      action: 'renew',
      subscriptionId: made.subscriptionId,
    });
    expect(renewed.body.subscription.state).toBe('active');
    expect(Math.abs(Date.parse(renewed.body.subscription.termStart) - now)).toBeLessThan(60_000);
  });

  it('when a deleted subscription is renewed, then 409 subscription_deleted and the keys stay reserved', async () => {
    const made = await buildTenant({ baseUrl: base });
    const before = await subscription(made);
    own.clock.set(new Date(Date.parse(before.termEnd) + 121 * DAY));
    const redemptionId = await keysFor(made.partner, 1);
    expectProblem(
      await complete(made.partner, redemptionId, { action: 'renew', subscriptionId: made.subscriptionId }),
      409,
      'subscription_deleted',
    );
    expect(
      (await call('GET', `/redemptions/${redemptionId}`, { token: made.partner.token, baseUrl: base })).body
        .status,
    ).toBe('confirmed');
  });

  it('when the subscription is disabled, then adding a user is 409 subscription_disabled; in grace it works', async () => {
    const made = await buildTenant({ baseUrl: base });
    const token = await adminToken(made);
    const before = await subscription(made);
    const add = (userName: string) =>
      call('POST', `/tenants/${made.tenantId}/users`, {
        token,
        body: { firstName: 'U', lastName: 'V', userName },
        baseUrl: base,
      });
    own.clock.set(new Date(Date.parse(before.termEnd) + 10 * DAY));
    expect((await add('in.grace')).status).toBe(201);
    own.clock.set(new Date(Date.parse(before.termEnd) + 31 * DAY));
    expectProblem(await add('too.late'), 409, 'subscription_disabled');
  });

  it('when seats are added, then they count until the current end and licenses stay', async () => {
    const made = await buildTenant({ baseUrl: base });
    const before = await subscription(made);
    const added = await complete(made.partner, await keysFor(made.partner, 2), {
      action: 'add_seats',
      subscriptionId: made.subscriptionId,
    });
    expect(added.status).toBe(200);
    expect(added.body.subscription).toMatchObject({ seats: 45, assignedSeats: 1, termEnd: before.termEnd });
  });

  it('when keys of another product are applied, then 422 key_sku_mismatch', async () => {
    const made = await buildTenant({ baseUrl: base });
    const redemptionId = await keysFor(made.partner, 1, { sku: 'ENTERPRISE_E3' });
    expectProblem(
      await complete(made.partner, redemptionId, { action: 'renew', subscriptionId: made.subscriptionId }),
      422,
      'key_sku_mismatch',
    );
    expectProblem(
      await complete(made.partner, redemptionId, {
        action: 'add_seats',
        subscriptionId: made.subscriptionId,
      }),
      422,
      'key_sku_mismatch',
    );
  });

  it('when the new term has fewer seats than licenses, then 422 insufficient_seats', async () => {
    const made = await buildTenant({ baseUrl: base });
    const token = await adminToken(made);
    for (const userName of ['ann', 'ben', 'cid']) {
      expect(
        (
          await call('POST', `/tenants/${made.tenantId}/users`, {
            token,
            body: { firstName: 'X', lastName: 'Y', userName },
            baseUrl: base,
          })
        ).status,
      ).toBe(201);
    }
    const redemptionId = await confirmedRedemption(
      made.partner,
      [await mintKey({ seatsPerKey: 3 }, base)],
      base,
    );
    expectProblem(
      await complete(made.partner, redemptionId, { action: 'renew', subscriptionId: made.subscriptionId }),
      422,
      'insufficient_seats',
    );
  });

  it('when a delegated admin renews, then it may; a partner with no relation gets 404', async () => {
    const made = await buildTenant({ baseUrl: base, partnerOfRecord: false, delegatedAdministration: true });
    expect(
      (
        await complete(made.partner, await keysFor(made.partner, 1), {
          action: 'renew',
          subscriptionId: made.subscriptionId,
        })
      ).status,
    ).toBe(200);
    const stranger = await buildPartner({}, base);
    const redemptionId = await keysFor(stranger, 1);
    expectProblem(
      await complete(stranger, redemptionId, { action: 'renew', subscriptionId: made.subscriptionId }),
      404,
      'not_found',
    );
    expectProblem(
      await complete(stranger, redemptionId, {
        action: 'add_seats',
        subscriptionId: '00000000-0000-4000-8000-000000000000',
      }),
      404,
      'not_found',
    );
  });
});
