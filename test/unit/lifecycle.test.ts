import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths } from '../../shared/domain/calendar';
import { dueNotices, stagesToPass } from '../../shared/domain/lifecycle';
import { rolledOver } from '../../shared/domain/billing';
import {
  asOf,
  calendarOf,
  newSubscription,
  stateAt,
  termEnd,
  termStart,
  type Subscription,
} from '../../shared/domain/subscription';
import {
  deleted,
  timeline,
  withNoticesDecided,
  withStagePassed,
} from '../../shared/domain/subscription-stages';
import { renewed } from '../../shared/domain/subscription-terms';

/** The schedule of a term as pure functions: what the two timers decide at any moment. */
const policy = { graceDays: 30, retentionDays: 120, noticeDays: [60, 30, 7, 1] };
const DAY = 86_400_000;
const HOUR = 3_600_000;

function subscription(
  start: string,
  termMonths = 12,
  billing: 'product_key' | 'direct' = 'product_key',
): Subscription {
  return newSubscription({
    id: 's1',
    tenantId: 't1',
    sku: 'BUSINESS_BASIC' as const,
    billing,
    start: new Date(start),
    termMonths,
    seats: 10,
    source: billing === 'direct' ? { directBilling: true } : { redemptionId: 'r0' },
    licenseHolders: ['admin'],
    partnerOfRecord: 'p1',
    policy,
  });
}

const before = (s: Subscription, days: number, hours = 0) =>
  new Date(Date.parse(termEnd(s)) - days * DAY + hours * HOUR);
const after = (s: Subscription, days: number) => new Date(Date.parse(termEnd(s)) + days * DAY);

/** One run of the renewal-notices timer at `now`: the decision, written down. */
function runNotices(s: Subscription, now: Date) {
  const decision = dueNotices(calendarOf(s), now, policy);
  return { decision, next: withNoticesDecided(s, decision, now, policy) };
}

function outcomes(s: Subscription) {
  return Object.fromEntries(
    timeline(s, new Date(termEnd(s)), policy)
      .filter((e) => e.event === 'renewal_notice')
      .map((e) => [e.daysBeforeExpiry, e.status]),
  );
}

describe('renewal notices', () => {
  it.each([60, 30, 7, 1])(
    'when the timer runs at %i days before the end, then that notice and only it is sent',
    (days) => {
      let s = subscription('2026-11-26T09:30:00.000Z');
      for (const earlier of policy.noticeDays.filter((d) => d > days))
        s = runNotices(s, before(s, earlier)).next;
      expect(dueNotices(calendarOf(s), before(s, days, -1), policy)).toEqual({ send: null, skip: [] });
      const { decision, next } = runNotices(s, before(s, days));
      expect(decision).toEqual({ send: days, skip: [] });
      // Run again in the same hour, or twice at once: nothing more.
      expect(dueNotices(calendarOf(next), before(s, days, 0.5), policy)).toEqual({ send: null, skip: [] });
      expect(next.nextNoticeAt).toBe(
        days === 1
          ? null
          : before(s, policy.noticeDays[policy.noticeDays.indexOf(days) + 1] as number).toISOString(),
      );
    },
  );

  it('when a 1-month term starts on 31 January 2028, then it ends on 29 February 2028 and the 60- and 30-day notices fall before it: skipped', () => {
    const s = subscription('2028-01-31T12:00:00.000Z', 1);
    expect(termEnd(s)).toBe('2028-02-29T12:00:00.000Z');
    expect(outcomes(s)).toEqual({ 60: 'skipped', 30: 'skipped', 7: 'scheduled', 1: 'scheduled' });
    expect(s.nextNoticeAt).toBe('2028-02-22T12:00:00.000Z');
    expect(runNotices(s, new Date('2028-02-22T12:00:00.000Z')).decision).toEqual({ send: 7, skip: [] });
  });

  it('when terms end at month ends and in leap years, then the end is the same day or the last of the month, same time', () => {
    expect(addMonths(new Date('2027-01-31T08:00:00.000Z'), 1).toISOString()).toBe('2027-02-28T08:00:00.000Z');
    expect(addMonths(new Date('2028-02-29T08:00:00.000Z'), 12).toISOString()).toBe(
      '2029-02-28T08:00:00.000Z',
    );
    expect(termEnd(subscription('2027-08-31T00:00:00.000Z', 6))).toBe('2028-02-29T00:00:00.000Z');
  });

  it.each([
    ['1 day, across the 7-day threshold', 8, 6, { send: 7, skip: [] }],
    ['10 days, across the 30-day threshold', 35, 25, { send: 30, skip: [] }],
    ['26 days, across the 30- and 7-day thresholds', 31, 5, { send: 7, skip: [30] }],
    ['200 days, across every threshold and the end', 60, -140, { send: null, skip: [1, 7, 30] }],
  ])(
    'when the service was down %s, then only the most urgent notice due is sent and the others are skipped',
    (_what, lastRunDays, nextRunDays, expected) => {
      let s = subscription('2026-11-26T09:30:00.000Z');
      s = runNotices(s, before(s, 60)).next; // the 60-day notice went out on time
      s = runNotices(s, before(s, lastRunDays)).next; // the last run before the outage
      const { decision, next } = runNotices(s, before(s, nextRunDays));
      expect(decision).toEqual(expected);
      for (const days of expected.skip) expect(outcomes(next)[days]).toBe('skipped');
    },
  );

  it('when a subscription is renewed, in any state but deleted, then the notices start again for the new term', () => {
    const keys = { sku: 'BUSINESS_BASIC' as const, totalSeats: 10, termMonths: 12 };
    const s = runNotices(
      subscription('2026-11-26T09:30:00.000Z'),
      before(subscription('2026-11-26T09:30:00.000Z'), 60),
    ).next;
    for (const [state, at, start] of [
      ['active', before(s, 30), termEnd(s)],
      ['expired', after(s, 10), termEnd(s)],
      ['disabled', after(s, 40), after(s, 40).toISOString()],
    ] as const) {
      expect(stateAt(s, at, policy)).toBe(state);
      const renewal = renewed(s, keys, `r-${state}`, at, policy);
      expect(termStart(renewal)).toBe(start);
      expect(stateAt(renewal, at, policy)).toBe('active');
      expect(outcomes(renewal)).toEqual({ 60: 'scheduled', 30: 'scheduled', 7: 'scheduled', 1: 'scheduled' });
      expect(renewal.nextNoticeAt).toBe(before(renewal, 60).toISOString());
    }
  });

  it('when a subscription is billed directly, then it gets no notice and renews itself for 12 months at its end', () => {
    const s = subscription('2026-11-26T09:30:00.000Z', 12, 'direct');
    expect(s.nextNoticeAt).toBeNull();
    expect(dueNotices(calendarOf(s), before(s, 1), policy)).toEqual({ send: null, skip: [] });
    expect(s.nextEventAt).toBe(termEnd(s));
    const rolled = rolledOver(s, after(s, 400), policy) as Subscription;
    expect(rolled.terms.map((t) => t.end)).toEqual([
      '2027-11-26T09:30:00.000Z',
      '2028-11-26T09:30:00.000Z',
      '2029-11-26T09:30:00.000Z',
    ]);
    expect(stateAt(rolled, after(s, 400), policy)).toBe('active');
    expect(termEnd(asOf(s, after(s, 1)))).toBe('2028-11-26T09:30:00.000Z');
    expect(rolledOver(rolled, after(s, 400), policy)).toBeUndefined();
  });
});

describe('lifecycle stages', () => {
  it.each([
    [-1, []],
    [0, ['expired']],
    [29, ['expired']],
    [30, ['expired', 'disabled']],
    [200, ['expired', 'disabled', 'deleted']],
  ] as const)(
    'when the timer first runs %i days after the end, then it passes %j in order',
    (days, stages) => {
      const s = subscription('2026-11-26T09:30:00.000Z');
      expect(stagesToPass(calendarOf(s), after(s, days), policy)).toEqual(stages);
    },
  );

  it('when each stage is recorded, then the next is due at its own date and a renewal meanwhile passes none', () => {
    const s = subscription('2026-11-26T09:30:00.000Z');
    const expired = withStagePassed(s, 'expired', after(s, 0), policy);
    expect(expired.nextEventAt).toBe(after(s, 30).toISOString());
    expect(outcomes(expired)).toEqual({ 60: 'skipped', 30: 'skipped', 7: 'skipped', 1: 'skipped' });
    const disabled = withStagePassed(expired, 'disabled', after(s, 30), policy);
    expect(disabled.nextEventAt).toBe(after(s, 120).toISOString());
    expect(stagesToPass(calendarOf(disabled), after(s, 119), policy)).toEqual([]);
    const gone = deleted(disabled, ['p2'], after(s, 120), policy);
    expect(gone).toMatchObject({
      state: 'deleted',
      licenseHolders: [],
      deletion: { delegatedAdmins: ['p2'], purgedAt: null },
    });
    // Until the purge is done the lifecycle timer keeps it due.
    expect(Date.parse(gone.nextEventAt ?? '')).toBeLessThanOrEqual(after(s, 120).getTime());
    const renewedMeanwhile = renewed(
      expired,
      { sku: 'BUSINESS_BASIC' as const, totalSeats: 10, termMonths: 12 },
      'r1',
      after(s, 5),
      policy,
    );
    expect(stagesToPass(calendarOf(renewedMeanwhile), after(s, 6), policy)).toEqual([]);
  });
});

describe('the schedule, for any sequence of timer runs and clock moves', () => {
  it('when timers run at arbitrary moments (with renewals between), then no notice is sent twice, none is sent early or after the end, and one is skipped only for a more urgent one or the end', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('wait' as const), hours: fc.integer({ min: 0, max: 24 * 200 }) }),
      fc.record({ kind: fc.constant('run' as const), twice: fc.boolean() }),
      fc.record({ kind: fc.constant('renew' as const), months: fc.integer({ min: 1, max: 24 }) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), fc.integer({ min: 1, max: 36 }), (steps, termMonths) => {
        let s = subscription('2026-11-26T09:30:00.000Z', termMonths);
        let now = new Date('2026-11-26T09:30:00.000Z');
        const sent = new Set<string>();
        const violations: string[] = [];
        let renewals = 0;
        const check = (decision: { send: number | null; skip: number[] }, at: Date, before: Subscription) => {
          const end = Date.parse(termEnd(before));
          if (decision.send !== null) {
            const key = `${termEnd(before)}:${decision.send}`;
            if (sent.has(key)) violations.push(`sent twice: ${key}`);
            sent.add(key);
            if (at.getTime() < end - decision.send * DAY) violations.push(`sent early: ${key}`);
            if (at.getTime() >= end) violations.push(`sent after the end: ${key}`);
          }
          for (const days of decision.skip) {
            const superseded = decision.send !== null && decision.send < days;
            if (!superseded && at.getTime() < end) violations.push(`skipped ${days} for nothing`);
          }
        };
        for (const action of steps) {
          if (action.kind === 'wait') now = new Date(now.getTime() + action.hours * HOUR);
          if (action.kind === 'renew' && stateAt(s, now, policy) !== 'deleted') {
            renewals += 1;
            s = renewed(
              s,
              { sku: 'BUSINESS_BASIC' as const, totalSeats: 10, termMonths: action.months },
              `r${renewals}`,
              now,
              policy,
            );
          }
          if (action.kind === 'run') {
            const first = runNotices(s, now);
            check(first.decision, now, s);
            // A second run in the same moment (an overlapping run that lost its write) decides nothing new.
            const again = dueNotices(calendarOf(first.next), now, policy);
            if (action.twice && (again.send !== null || again.skip.length > 0))
              violations.push('second run decided again');
            s = first.next;
          }
        }
        // Once a run happens after the end, no threshold of that term is left scheduled.
        const last = runNotices(s, new Date(Math.max(now.getTime(), Date.parse(termEnd(s)))));
        check(last.decision, new Date(Math.max(now.getTime(), Date.parse(termEnd(s)))), s);
        expect(violations).toEqual([]);
        expect(Object.values(outcomes(last.next))).not.toContain('scheduled');
      }),
      { numRuns: 400 },
    );
  });
});
