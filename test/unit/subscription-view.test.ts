import { describe, expect, it } from 'vitest';
import { migratedAt, migratedTo, nextAutoRenewal, withMigrationPlanned } from '../../shared/domain/billing';
import {
  newSubscription,
  signInBlockedReason,
  termAt,
  termEnd,
  upcomingTerms,
  type Subscription,
} from '../../shared/domain/subscription';
import { timeline } from '../../shared/domain/subscription-stages';
import { renewed } from '../../shared/domain/subscription-terms';

/**
 * What a reader is shown of a subscription's terms: the term in force and those bought after it, the
 * timeline's term starts, automatic renewals and migration, and who can sign in in each state.
 */
const policy = { graceDays: 30, retentionDays: 120, noticeDays: [60, 30, 7, 1] };
const START = new Date('2026-01-31T10:00:00.000Z');
const END = '2027-01-31T10:00:00.000Z';
const DAY = 86_400_000;
const at = (days: number) => new Date(Date.parse(END) + days * DAY);

function subscription(billing: Subscription['billing'] = 'product_key'): Subscription {
  return newSubscription({
    id: 's1',
    tenantId: 't1',
    sku: 'BUSINESS_BASIC',
    billing,
    start: START,
    termMonths: 12,
    seats: 10,
    source: billing === 'direct' ? { directBilling: true } : { redemptionId: 'r0' },
    licenseHolders: ['admin'],
    partnerOfRecord: null,
    policy,
  });
}

/** Renewed early, 45 days before its end, with a 1-month key of 4 seats. */
function renewedEarly(): Subscription {
  const keys = { sku: 'BUSINESS_BASIC' as const, totalSeats: 4, termMonths: 1 };
  return renewed(subscription(), keys, 'r1', at(-45), policy);
}

describe('the term in force and the terms bought after it', () => {
  it('when renewed early, then the term in force stays the first until its end, the renewal is upcoming, and coverage ends with the renewal', () => {
    const s = renewedEarly();
    const renewalEnd = '2027-02-28T10:00:00.000Z';
    expect(termEnd(s)).toBe(renewalEnd);
    expect(termAt(s, at(-45))).toMatchObject({ start: START.toISOString(), end: END, seats: 10 });
    expect(upcomingTerms(s, at(-45))).toMatchObject([{ start: END, end: renewalEnd, seats: 4 }]);
    expect(termAt(s, at(0))).toMatchObject({ start: END, end: renewalEnd, seats: 4 });
    expect(upcomingTerms(s, at(0))).toEqual([]);
    // After the end of coverage, the last term.
    expect(termAt(s, at(60))).toMatchObject({ start: END, seats: 4 });
  });

  it('when the timeline of an early renewal is drawn, then the renewal term starts in it, in date order with the notices of the end of coverage', () => {
    const events = timeline(renewedEarly(), at(-45), policy);
    expect(
      events.map((e) => [e.event, e.at.slice(0, 10), e.status, e.seats ?? e.daysBeforeExpiry ?? null]),
    ).toEqual([
      // The notices before the renewal term's start fall outside it: skipped by rule (a short term).
      ['renewal_notice', '2026-12-30', 'skipped', 60],
      ['renewal_notice', '2027-01-29', 'skipped', 30],
      ['term_start', '2027-01-31', 'scheduled', 4],
      ['renewal_notice', '2027-02-21', 'scheduled', 7],
      ['renewal_notice', '2027-02-27', 'scheduled', 1],
      ['expiry', '2027-02-28', 'scheduled', null],
      ['grace_end', '2027-03-30', 'scheduled', null],
      ['deletion', '2027-06-28', 'scheduled', null],
    ]);
    expect(timeline(renewedEarly(), at(1), policy).map((e) => e.event)).not.toContain('term_start');
  });
});

describe('direct billing and migration in the timeline', () => {
  it('when billed directly, then the timeline holds only the next automatic renewal, which moves on a year at each end', () => {
    const s = subscription('direct');
    expect(nextAutoRenewal(s, at(-10))).toEqual({ at: END, seats: 10 });
    expect(timeline(s, at(-10), policy)).toEqual([
      { event: 'auto_renewal', at: END, status: 'scheduled', seats: 10 },
    ]);
    expect(timeline(s, at(1), policy)).toEqual([
      { event: 'auto_renewal', at: '2028-01-31T10:00:00.000Z', status: 'scheduled', seats: 10 },
    ]);
    expect(nextAutoRenewal(subscription(), at(-10))).toBeNull();
  });

  it('when a subscription moved to direct billing, then its timeline holds the date it ended', () => {
    const planned = withMigrationPlanned(subscription(), 's2', at(-20)) as Subscription;
    expect(migratedAt(planned)).toBeNull();
    const moved = migratedTo(planned, at(-19)) as Subscription;
    expect(migratedAt(moved)).toBe(at(-20).toISOString());
    expect(timeline(moved, at(5), policy)).toEqual([
      { event: 'migrated', at: at(-20).toISOString(), status: 'done' },
    ]);
  });
});

describe('who can sign in', () => {
  it('when the subscription is disabled, then only Global Administrators can; once deleted, nobody', () => {
    const rows = (['active', 'expired', 'disabled', 'deleted', 'migrated'] as const).map((state) => [
      state,
      signInBlockedReason(state, true),
      signInBlockedReason(state, false),
    ]);
    expect(rows).toEqual([
      ['active', null, null],
      ['expired', null, null],
      ['disabled', null, 'subscription_disabled'],
      ['deleted', 'subscription_deleted', 'subscription_deleted'],
      ['migrated', null, null],
    ]);
  });
});
