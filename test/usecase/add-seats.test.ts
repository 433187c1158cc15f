import { describe, expect, it } from 'vitest';
import { completeRedemption } from '../../shared/app/complete';
import { lookupKey } from '../../shared/app/product-keys';
import { getRedemption } from '../../shared/app/redemptions';
import { addMonths } from '../../shared/domain/calendar';
import { effectiveStatus } from '../../shared/domain/redemption';
import { DAY, operator, refusal, useCaseDeps, type SeededPartner } from '../support/usecase';

/**
 * add_seats never spends a key for nothing: not on a subscription past its end (the seats would
 * serve only the grace period; renew instead), and not with keys whose term runs well past the term
 * the seats join (the rest of the key would vanish) unless the partner says it accepts that. The
 * HTTP answers (the problem's members, the answer's `unusedDays`) are in test/component/add-seats.test.ts.
 */
const world = useCaseDeps();

const addSeats = (subscriptionId: string, acceptUnusedTerm?: boolean) => ({
  action: 'add_seats' as const,
  subscriptionId,
  ...(acceptUnusedTerm === undefined ? {} : { acceptUnusedTerm }),
});

async function redemptionStatus(partner: SeededPartner, id: string): Promise<string> {
  const { redemption, at } = await getRedemption(world.deps, partner.principal, id);
  return effectiveStatus(redemption, at);
}

async function keyStates(keys: string[]): Promise<{ state: string; redemptionId: string | undefined }[]> {
  return Promise.all(
    keys.map(async (key) => {
      const { key: record, state } = await lookupKey(world.deps, operator, key);
      return { state, redemptionId: record.reservation?.redemptionId ?? record.redemption?.redemptionId };
    }),
  );
}

/** Whole days from the end of the seats to the end of `months` counted from the clock's now. */
function daysPast(seatsEnd: string, months: number): number {
  return Math.floor((addMonths(world.clock.now(), months).getTime() - Date.parse(seatsEnd)) / DAY);
}

describe('add_seats on a subscription past its end', () => {
  it('when seats are added to an expired subscription, then subscription_not_active saying to renew, the keys stay in the confirmed redemption and renew completes it', async () => {
    const made = await world.tenant();
    const before = await world.subscription(made.admin, made.subscriptionId);
    world.clock.set(new Date(Date.parse(before.termEnd) + 4 * DAY));
    expect((await world.subscription(made.admin, made.subscriptionId)).state).toBe('expired');
    const keys = await world.mintKeys(1, { seatsPerKey: 2, termMonths: 24 });
    const redemptionId = await world.confirmedRedemption(made.partner, keys);

    const refused = await refusal(
      completeRedemption(world.deps, made.partner.principal, redemptionId, addSeats(made.subscriptionId)),
    );
    expect(refused.code).toBe('subscription_not_active');
    expect(refused.detail).toMatch(/renew/);
    expect(await redemptionStatus(made.partner, redemptionId)).toBe('confirmed');
    expect(await keyStates(keys)).toEqual([{ state: 'reserved', redemptionId }]);
    expect(await world.subscription(made.admin, made.subscriptionId)).toMatchObject({
      state: 'expired',
      seats: 25,
      termEnd: before.termEnd,
    });

    const renewed = await completeRedemption(world.deps, made.partner.principal, redemptionId, {
      action: 'renew',
      subscriptionId: made.subscriptionId,
    });
    expect(renewed.kind).toBe('subscription_changed');
    expect(await world.subscription(made.admin, made.subscriptionId)).toMatchObject({
      state: 'active',
      termStart: before.termEnd,
    });
    expect(await keyStates(keys)).toEqual([{ state: 'redeemed', redemptionId }]);
  });
});

describe("add_seats with keys that outlive the seats' term", () => {
  it('when a 24-month key adds seats to a term with 12 months left, then key_term_exceeds_remaining with unusedDays and seatsEndOn, and nothing is written', async () => {
    const made = await world.tenant();
    const before = await world.subscription(made.admin, made.subscriptionId);
    const keys = await world.mintKeys(1, { seatsPerKey: 2, termMonths: 24 });
    const redemptionId = await world.confirmedRedemption(made.partner, keys);

    const expected = daysPast(before.termEnd, 24);
    const refused = await refusal(
      completeRedemption(world.deps, made.partner.principal, redemptionId, addSeats(made.subscriptionId)),
    );
    expect(refused.code).toBe('key_term_exceeds_remaining');
    expect(refused.details.extensions).toEqual({ unusedDays: expected, seatsEndOn: before.termEnd });
    expect(expected).toBeGreaterThanOrEqual(365);
    expect(refused.detail).toContain(before.termEnd.slice(0, 10));
    expect(refused.detail).toContain('acceptUnusedTerm');
    expect(await redemptionStatus(made.partner, redemptionId)).toBe('confirmed');
    expect(await keyStates(keys)).toEqual([{ state: 'reserved', redemptionId }]);
    expect((await world.subscription(made.admin, made.subscriptionId)).seats).toBe(25);
    // Saying no is the same as not saying.
    expect(
      (
        await refusal(
          completeRedemption(
            world.deps,
            made.partner.principal,
            redemptionId,
            addSeats(made.subscriptionId, false),
          ),
        )
      ).code,
    ).toBe('key_term_exceeds_remaining');
  });

  it('when the partner accepts the unused term, then the seats are added to the end of the term and the answer states the unused days, again when asked again', async () => {
    const made = await world.tenant();
    const before = await world.subscription(made.admin, made.subscriptionId);
    const keys = await world.mintKeys(1, { seatsPerKey: 2, termMonths: 24 });
    const redemptionId = await world.confirmedRedemption(made.partner, keys);
    const expected = daysPast(before.termEnd, 24);
    const request = addSeats(made.subscriptionId, true);

    const added = await completeRedemption(world.deps, made.partner.principal, redemptionId, request);
    if (added.kind !== 'subscription_changed') throw new Error(`unexpected ${added.kind}`);
    expect(added.unusedDays).toBe(expected);
    expect(await world.subscription(made.admin, made.subscriptionId)).toMatchObject({
      seats: 27,
      termEnd: before.termEnd,
    });
    expect(await keyStates(keys)).toEqual([{ state: 'redeemed', redemptionId }]);

    const again = await completeRedemption(world.deps, made.partner.principal, redemptionId, request);
    expect(again).toMatchObject({ kind: 'subscription_changed', unusedDays: expected });
    expect((await world.subscription(made.admin, made.subscriptionId)).seats).toBe(27);
  });

  it('when the keys outlive the term by 30 days, then they pass without asking and unusedDays says so; by 31 days, then the partner is asked', async () => {
    // A fixed day in the future (the clock only moves forward), so that "12 months after" is plain
    // calendar arithmetic: no month end is clamped.
    const start = world.clock.now();
    world.clock.set(new Date(Date.UTC(start.getUTCFullYear() + 1, 2, 10, 10)));
    const thirty = await world.tenant();
    const thirtyOne = await world.tenant({ partner: thirty.partner });
    const termOf = async (made: typeof thirty) => world.subscription(made.admin, made.subscriptionId);
    const [a, b] = [await termOf(thirty), await termOf(thirtyOne)];

    world.clock.set(new Date(Date.parse(a.termStart) + 30 * DAY));
    const passes = await completeRedemption(
      world.deps,
      thirty.partner.principal,
      await world.confirmedRedemption(thirty.partner, await world.mintKeys(1, { seatsPerKey: 1 })),
      addSeats(thirty.subscriptionId),
    );
    if (passes.kind !== 'subscription_changed') throw new Error(`unexpected ${passes.kind}`);
    expect(passes.unusedDays).toBe(30);
    expect((await termOf(thirty)).seats).toBe(26);

    world.clock.set(new Date(Date.parse(b.termStart) + 31 * DAY));
    const redemptionId = await world.confirmedRedemption(
      thirtyOne.partner,
      await world.mintKeys(1, { seatsPerKey: 1 }),
    );
    const asked = await refusal(
      completeRedemption(
        world.deps,
        thirtyOne.partner.principal,
        redemptionId,
        addSeats(thirtyOne.subscriptionId),
      ),
    );
    expect(asked.code).toBe('key_term_exceeds_remaining');
    expect(asked.details.extensions).toEqual({ unusedDays: 31, seatsEndOn: b.termEnd });
    const accepted = await completeRedemption(
      world.deps,
      thirtyOne.partner.principal,
      redemptionId,
      addSeats(thirtyOne.subscriptionId, true),
    );
    if (accepted.kind !== 'subscription_changed') throw new Error(`unexpected ${accepted.kind}`);
    expect(accepted.unusedDays).toBe(31);
    expect((await termOf(thirtyOne)).seats).toBe(26);
  });

  it('when keys as long as the term add seats, then unusedDays is 0; a renewal states none', async () => {
    const made = await world.tenant();
    const added = await completeRedemption(
      world.deps,
      made.partner.principal,
      await world.confirmedRedemption(made.partner, await world.mintKeys(1, { seatsPerKey: 3 })),
      addSeats(made.subscriptionId),
    );
    expect(added).toMatchObject({ kind: 'subscription_changed', unusedDays: 0 });
    const renewed = await completeRedemption(
      world.deps,
      made.partner.principal,
      await world.confirmedRedemption(made.partner, await world.mintKeys(1)),
      { action: 'renew', subscriptionId: made.subscriptionId },
    );
    expect(renewed.kind).toBe('subscription_changed');
    expect(renewed).not.toHaveProperty('unusedDays');
  });
});
