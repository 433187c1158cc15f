import { describe, expect, it } from 'vitest';
import { call, expectProblem, mintKeys } from '../support/api';
import { buildTenant, confirmedRedemption } from '../support/tenants';

/**
 * add_seats over HTTP: keys whose term runs well past the term the seats join are refused with the
 * facts to decide on (`unusedDays`, `seatsEndOn`) unless the body accepts the unused term, and the
 * answer then states it. The rules in every state are in test/usecase/add-seats.test.ts; every
 * answer here is also checked against the published contract (test/support/contract.ts).
 */
describe('POST /redemptions/{id}/complete with add_seats', () => {
  it('when a 24-month key adds seats to a 12-month term, then 409 key_term_exceeds_remaining with unusedDays and seatsEndOn; with acceptUnusedTerm, then 200 stating unusedDays', async () => {
    const made = await buildTenant();
    const termEnd: string = made.body.subscription.termEnd;
    const redemptionId = await confirmedRedemption(
      made.partner,
      await mintKeys(1, { seatsPerKey: 2, termMonths: 24 }),
    );
    const complete = (body: Record<string, unknown>) =>
      call('POST', `/redemptions/${redemptionId}/complete`, {
        token: made.partner.token,
        body: { action: 'add_seats', subscriptionId: made.subscriptionId, ...body },
      });

    const refused = await complete({});
    expectProblem(refused, 409, 'key_term_exceeds_remaining');
    expect(refused.body.seatsEndOn).toBe(termEnd);
    expect(Number.isInteger(refused.body.unusedDays)).toBe(true);
    expect(refused.body.unusedDays).toBeGreaterThanOrEqual(365);
    expect(refused.body.unusedDays).toBeLessThanOrEqual(366);
    expect(refused.body.detail).toContain('acceptUnusedTerm');
    const redemption = await call('GET', `/redemptions/${redemptionId}`, { token: made.partner.token });
    expect(redemption.body.status).toBe('confirmed');

    expectProblem(await complete({ acceptUnusedTerm: 'yes' }), 400, 'validation_failed');

    const added = await complete({ acceptUnusedTerm: true });
    expect(added.status, added.text).toBe(200);
    expect(added.body.unusedDays).toBe(refused.body.unusedDays);
    expect(added.body.subscription).toMatchObject({ seats: 27, termEnd });
    // The same request again answers the same.
    const again = await complete({ acceptUnusedTerm: true });
    expect(again.status, again.text).toBe(200);
    expect(again.body.unusedDays).toBe(added.body.unusedDays);
  });

  it('when keys as long as the term add seats, then 200 with unusedDays 0; renew states no unusedDays', async () => {
    const made = await buildTenant();
    const added = await call(
      'POST',
      `/redemptions/${await confirmedRedemption(made.partner, await mintKeys(1, { seatsPerKey: 5 }))}/complete`,
      { token: made.partner.token, body: { action: 'add_seats', subscriptionId: made.subscriptionId } },
    );
    expect(added.status, added.text).toBe(200);
    expect(added.body).toMatchObject({ unusedDays: 0, subscription: { seats: 30 } });
    const renewed = await call(
      'POST',
      `/redemptions/${await confirmedRedemption(made.partner, await mintKeys(1))}/complete`,
      { token: made.partner.token, body: { action: 'renew', subscriptionId: made.subscriptionId } },
    );
    expect(renewed.status, renewed.text).toBe(200);
    expect(renewed.body).not.toHaveProperty('unusedDays');
    // acceptUnusedTerm belongs to add_seats only.
    const stray = await call(
      'POST',
      `/redemptions/${await confirmedRedemption(made.partner, await mintKeys(1))}/complete`,
      {
        token: made.partner.token,
        body: { action: 'renew', subscriptionId: made.subscriptionId, acceptUnusedTerm: true },
      },
    );
    expectProblem(stray, 400, 'validation_failed');
  });
});
