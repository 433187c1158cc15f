import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { completeRedemption } from '../../shared/app/complete';
import { advanceLifecycles, sendRenewalNotices } from '../../shared/app/lifecycle';
import { switchToDirectBilling } from '../../shared/app/subscriptions';
import { DAY, rejectedCode, useCaseDeps, type SeededPartner, type SeededTenant } from '../support/usecase';

/**
 * The lifecycle's decisions, with the timers' use cases run directly on a clock the tests move:
 * renewal against each state the timers left, the most urgent notice after an outage, a subscription
 * billed directly renewing itself. The whole life of one subscription over HTTP, every email read
 * back from the local ACS endpoint, is test/component/lifecycle.test.ts.
 */
const world = useCaseDeps();
const unique = () => randomBytes(4).toString('hex');

/** Both timers, each run twice at once (an overlapping run, a retry), then the emails sent. */
async function runTimers(): Promise<void> {
  await Promise.all([sendRenewalNotices(world.deps), sendRenewalNotices(world.deps)]);
  await Promise.all([advanceLifecycles(world.deps), advanceLifecycles(world.deps)]);
  await world.deliver();
}

/** Forward only: the customers of earlier tests live at earlier dates. */
function moveTo(instant: number): void {
  if (instant > world.clock.now().getTime()) world.clock.set(new Date(instant));
}

interface Customer {
  made: SeededTenant;
  por: SeededPartner;
  porEmail: string;
  admins: string[];
  end: number;
}

/** A tenant with a Partner of Record of its own and a second Global Administrator. */
async function customer(): Promise<Customer> {
  const porEmail = `por.${unique()}@partner.example`;
  const por = await world.partner({ email: porEmail });
  const made = await world.tenant({ partner: por, partnerOfRecord: true });
  const second = `second.${unique()}@contoso.example`;
  await world.addUser(made, {
    firstName: 'Bea',
    lastName: 'Neri',
    userName: 'bea',
    roles: ['global_administrator'],
    email: second,
  });
  const end = Date.parse((await world.subscription(made.admin, made.subscriptionId)).termEnd);
  return { made, por, porEmail, admins: [made.adminEmail, second], end };
}

const stateOf = async (c: Customer) =>
  (await world.subscription(c.por.principal, c.made.subscriptionId)).state;

async function renewalKeys(c: Customer): Promise<string> {
  return world.confirmedRedemption(c.por, await world.mintKeys(1, { seatsPerKey: 30 }));
}

const renew = (c: Customer) => ({ action: 'renew' as const, subscriptionId: c.made.subscriptionId });

const noticeId = (c: Customer, days: number) =>
  `${c.made.subscriptionId}:${new Date(c.end).toISOString()}:renewal_notice:${days}`;

describe('renewal against each state', () => {
  it('when an expired subscription is renewed, then it is active again from its old end, and the admins and the POR are told', async () => {
    const c = await customer();
    moveTo(c.end + 5 * DAY);
    await runTimers();
    expect(await stateOf(c)).toBe('expired');
    const redemptionId = await renewalKeys(c);
    await completeRedemption(world.deps, c.por.principal, redemptionId, renew(c));
    expect(await world.subscription(c.made.admin, c.made.subscriptionId)).toMatchObject({
      state: 'active',
      termStart: new Date(c.end).toISOString(),
      seats: 30,
    });
    const renewedId = `subscription_renewed:${c.made.subscriptionId}:${redemptionId}`;
    expect([...(await world.mailFor(`${renewedId}:customer`)).to].sort()).toEqual([...c.admins].sort());
    expect((await world.mailFor(`${renewedId}:partner:${c.por.partner.programId}`)).to).toEqual([c.porEmail]);
    // Its next term's notices are scheduled again, and the lifecycle has nothing to do now.
    await runTimers();
    const after = await world.subscription(c.made.admin, c.made.subscriptionId);
    expect(after.state).toBe('active');
    expect(after.timeline.slice(0, 4).map((e) => e.status)).toEqual([
      'scheduled',
      'scheduled',
      'scheduled',
      'scheduled',
    ]);
  });

  it('when a disabled subscription is renewed, then a new term starts now and access is restored; a deleted one is refused', async () => {
    const c = await customer();
    moveTo(c.end + 40 * DAY);
    await runTimers();
    expect(await stateOf(c)).toBe('disabled');
    expect(
      await rejectedCode(world.addUser(c.made, { firstName: 'No', lastName: 'Pe', userName: 'nope' })),
    ).toBe('subscription_disabled');
    const now = world.clock.now().getTime();
    await completeRedemption(world.deps, c.por.principal, await renewalKeys(c), renew(c));
    const renewed = await world.subscription(c.made.admin, c.made.subscriptionId);
    expect(renewed.state).toBe('active');
    expect(Date.parse(renewed.termStart)).toBeGreaterThanOrEqual(now);
    const user = await world.addUser(c.made, { firstName: 'Back', lastName: 'Again', userName: 'back' });
    expect(user.licensed).toBe(true);

    const gone = await customer();
    moveTo(gone.end + 121 * DAY);
    await runTimers();
    await runTimers();
    expect(await stateOf(gone)).toBe('deleted');
    const late = await renewalKeys(gone);
    expect(await rejectedCode(completeRedemption(world.deps, gone.por.principal, late, renew(gone)))).toBe(
      'subscription_deleted',
    );
  });
});

describe('after an outage', () => {
  it('when the timers come back after the 60- and 30-day thresholds, then only the most urgent notice goes out and the superseded one shows skipped', async () => {
    const c = await customer();
    moveTo(c.end - 20 * DAY);
    await runTimers();
    expect(world.mailsFor(`${noticeId(c, 60)}:customer`)).toEqual([]);
    const notice = await world.mailFor(`${noticeId(c, 30)}:customer`);
    expect([...notice.to].sort()).toEqual([...c.admins].sort());
    expect((await world.mailFor(`${noticeId(c, 30)}:partner:${c.por.partner.programId}`)).to).toEqual([
      c.porEmail,
    ]);
    const timeline = (await world.subscription(c.made.admin, c.made.subscriptionId)).timeline;
    expect(timeline.slice(0, 4).map((e) => `${e.daysBeforeExpiry}:${e.status}`)).toEqual([
      '60:skipped',
      '30:sent',
      '7:scheduled',
      '1:scheduled',
    ]);
  });
});

describe('switching to direct billing', () => {
  it('when a subscription is switched in its last 30 days, then no confirmation is needed, the new one is active at once, gets no notices and renews itself at its end', async () => {
    const c = await customer();
    moveTo(c.end - 20 * DAY);
    const switched = await switchToDirectBilling(world.deps, c.made.admin, c.made.subscriptionId, {
      forfeitPrepaidDays: false,
    });
    expect(switched.forfeitedDays).toBe(20);
    const directId = switched.subscription.subscription.id;
    const direct = await world.subscription(c.made.admin, directId);
    expect(direct).toMatchObject({ billing: 'direct', state: 'active' });
    // No notices, expiry or grace: only the date it renews itself.
    expect(direct.timeline.map((e) => `${e.event}:${e.at}`)).toEqual([`auto_renewal:${direct.termEnd}`]);
    const end = Date.parse(direct.termEnd);
    moveTo(end + 3 * DAY);
    await runTimers();
    const later = await world.subscription(c.made.admin, directId);
    expect(later.state).toBe('active');
    expect(Date.parse(later.termStart)).toBe(end);
    expect(later.terms).toHaveLength(2);
    const notices = (await world.notifications(c.made.tenantId)).filter((n) => n.subscriptionId === directId);
    expect(notices).toEqual([]);
  });
});
