import { describe, expect, it } from 'vitest';
import { completeRedemption } from '../../shared/app/complete';
import { listSubscriptions } from '../../shared/app/partner-subscriptions';
import { switchToDirectBilling } from '../../shared/app/subscriptions';
import { addUser, getUser, listUsers, updateUser } from '../../shared/app/users';
import { completionView, userView } from '../../shared/http/views';
import { DAY, useCaseDeps, type SeededTenant } from '../support/usecase';

/**
 * What `GET /subscriptions/{id}` and the users view tell a partner tool, as use cases through the
 * published views: the term in force and the terms bought after it (an early renewal), the dates a
 * subscription billed directly renews itself and a migrated one ended, and who can sign in while a
 * subscription is disabled. The same over HTTP, checked against the contract, is
 * test/component/subscription-view.test.ts.
 */
const world = useCaseDeps();

/** Forward only: the customers of earlier tests live at earlier dates. */
function moveTo(instant: number): void {
  if (instant > world.clock.now().getTime()) world.clock.set(new Date(instant));
}

async function renewWith(made: SeededTenant, seatsPerKey: number): Promise<void> {
  const redemptionId = await world.confirmedRedemption(
    made.partner,
    await world.mintKeys(1, { seatsPerKey }),
  );
  await completeRedemption(world.deps, made.partner.principal, redemptionId, {
    action: 'renew',
    subscriptionId: made.subscriptionId,
  });
}

const plusDays = (at: string, days: number) => new Date(Date.parse(at) + days * DAY).toISOString();

describe('the term in force and the terms bought after it', () => {
  it('when an active subscription is renewed early with fewer seats, then termStart and seats are the term in force, termEnd the end of paid coverage, and the renewal an upcoming term whose start is in the timeline', async () => {
    const made = await world.tenant();
    const before = await world.subscription(made.admin, made.subscriptionId);
    await renewWith(made, 5);

    const after = await world.subscription(made.admin, made.subscriptionId);
    const coverageEnd = after.terms[1]?.termEnd as string;
    expect(Date.parse(coverageEnd)).toBeGreaterThan(Date.parse(before.termEnd));
    expect(after).toMatchObject({
      state: 'active',
      termStart: before.termStart,
      seats: 25,
      termEnd: coverageEnd,
      graceEndsAt: plusDays(coverageEnd, 30),
      deleteAt: plusDays(coverageEnd, 120),
      currentTerm: { start: before.termStart, end: before.termEnd, seats: 25 },
      upcomingTerms: [{ start: before.termEnd, end: coverageEnd, seats: 5 }],
    });
    expect(before).toMatchObject({
      seats: 25,
      currentTerm: { start: before.termStart, end: before.termEnd, seats: 25 },
      upcomingTerms: [],
    });
    expect(after.timeline.filter((e) => e.event === 'term_start')).toEqual([
      { event: 'term_start', at: before.termEnd, status: 'scheduled', seats: 5 },
    ]);
    expect(after.timeline.find((e) => e.event === 'expiry')?.at).toBe(coverageEnd);
    // In date order: the upcoming term's start comes before the notices of the end of coverage.
    const dates = after.timeline.map((e) => Date.parse(e.at));
    expect(dates).toEqual([...dates].sort((a, b) => a - b));

    // The renewals-due list still follows the end of paid coverage.
    const due = async (before: string) =>
      (
        await listSubscriptions(world.deps, made.partner.principal, { expiresBefore: before, limit: 50 })
      ).items.map((s) => s.subscription.id);
    expect(await due(plusDays(before.termEnd, 1))).not.toContain(made.subscriptionId);
    expect(await due(plusDays(coverageEnd, 1))).toContain(made.subscriptionId);

    // Once the renewal's term has begun, it is the term in force and nothing is upcoming.
    moveTo(Date.parse(before.termEnd) + DAY);
    const later = await world.subscription(made.admin, made.subscriptionId);
    expect(later).toMatchObject({
      state: 'active',
      termStart: before.termEnd,
      seats: 5,
      termEnd: coverageEnd,
      currentTerm: { start: before.termEnd, end: coverageEnd, seats: 5 },
      upcomingTerms: [],
    });
    expect(later.timeline.map((e) => e.event)).not.toContain('term_start');
  });
});

describe('direct billing and migrated subscriptions', () => {
  it('when a subscription moves to direct billing, then the new one shows the date it renews itself and the previous one the date it ended', async () => {
    const made = await world.tenant();
    const switched = await switchToDirectBilling(world.deps, made.admin, made.subscriptionId, {
      forfeitPrepaidDays: true,
    });
    const directId = switched.subscription.subscription.id;
    const direct = await world.subscription(made.admin, directId);
    expect(direct.timeline).toEqual([
      { event: 'auto_renewal', at: direct.termEnd, status: 'scheduled', seats: 25 },
    ]);
    expect(direct.currentTerm).toEqual({ start: direct.termStart, end: direct.termEnd, seats: 25 });
    expect(direct.upcomingTerms).toEqual([]);
    const previous = await world.subscription(made.admin, made.subscriptionId);
    expect(previous.state).toBe('migrated');
    expect(previous.timeline).toEqual([{ event: 'migrated', at: direct.termStart, status: 'done' }]);

    // A year on, it has renewed itself (before the timer writes it down): the next renewal a year later.
    moveTo(Date.parse(direct.termEnd) + 3 * DAY);
    const renewed = await world.subscription(made.admin, directId);
    expect(renewed.termStart).toBe(direct.termEnd);
    expect(renewed.timeline).toEqual([
      { event: 'auto_renewal', at: renewed.termEnd, status: 'scheduled', seats: 25 },
    ]);
    expect(Date.parse(renewed.termEnd)).toBeGreaterThan(Date.parse(direct.termEnd) + 360 * DAY);
  });
});

describe('who can sign in', () => {
  it('while the subscription is disabled, then users that are not Global Administrators cannot sign in, and the users view says why, until it is renewed', async () => {
    const made = await world.tenant();
    expect(completionView(made.created).adminUser).toMatchObject({
      signInAllowed: true,
      signInBlockedReason: null,
    });
    const end = Date.parse((await world.subscription(made.admin, made.subscriptionId)).termEnd);
    const jane = await addUser(world.deps, made.admin, made.tenantId, {
      firstName: 'Jane',
      lastName: 'Doe',
      userName: 'jane',
      assignLicense: true,
    });
    expect(userView(jane)).toMatchObject({ signInAllowed: true, signInBlockedReason: null });
    const signIn = async () =>
      (await listUsers(world.deps, made.admin, made.tenantId, { limit: 50 })).items.map((u) => {
        const view = userView(u);
        return [view.userName.split('@')[0], view.signInAllowed, view.signInBlockedReason];
      });

    moveTo(end + 5 * DAY); // expired: full use
    expect(await signIn()).toEqual([
      ['admin', true, null],
      ['jane', true, null],
    ]);

    moveTo(end + 40 * DAY); // disabled
    expect(await signIn()).toEqual([
      ['admin', true, null],
      ['jane', false, 'subscription_disabled'],
    ]);
    expect(userView(await getUser(world.deps, made.admin, made.tenantId, jane.user.id))).toMatchObject({
      signInAllowed: false,
      signInBlockedReason: 'subscription_disabled',
    });
    const renamed = await updateUser(world.deps, made.admin, made.tenantId, jane.user.id, {
      firstName: 'Janet',
    });
    expect(userView(renamed)).toMatchObject({
      displayName: 'Janet Doe',
      signInAllowed: false,
      signInBlockedReason: 'subscription_disabled',
    });
    // Made a Global Administrator, she can sign in again.
    const promoted = await updateUser(world.deps, made.admin, made.tenantId, jane.user.id, {
      roles: ['global_administrator'],
      email: 'janet@contoso.example',
    });
    expect(userView(promoted)).toMatchObject({ signInAllowed: true, signInBlockedReason: null });
    await updateUser(world.deps, made.admin, made.tenantId, jane.user.id, { roles: [] });
    expect(await signIn()).toEqual([
      ['admin', true, null],
      ['jane', false, 'subscription_disabled'],
    ]);

    await renewWith(made, 25);
    expect(await signIn()).toEqual([
      ['admin', true, null],
      ['jane', true, null],
    ]);
  });
});
