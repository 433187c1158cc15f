import { describe, expect, it } from 'vitest';
import { codeOf } from '../support/domain-errors';
import { withLicense } from '../../shared/domain/licenses';
import {
  licensableSeats,
  newSubscription,
  seatsAt,
  stateAt,
  termEnd,
  termStart,
  type KeySummary,
  type Subscription,
} from '../../shared/domain/subscription';
import { timeline } from '../../shared/domain/subscription-stages';
import { renewed, withSeatsAdded } from '../../shared/domain/subscription-terms';

const policy = { graceDays: 30, retentionDays: 120, noticeDays: [60, 30, 7, 1] };
const START = new Date('2026-01-31T10:00:00.000Z');
const END = '2027-01-31T10:00:00.000Z';
const DAY = 86_400_000;
const afterEnd = (days: number) => new Date(Date.parse(END) + days * DAY);

function buildSubscription(overrides: Partial<Subscription> = {}): Subscription {
  return {
    ...newSubscription({
      id: 's1',
      tenantId: 't1',
      sku: 'BUSINESS_BASIC' as const,
      billing: 'product_key',
      start: START,
      termMonths: 12,
      seats: 10,
      source: { redemptionId: 'r0' },
      licenseHolders: ['admin'],
      partnerOfRecord: null,
      policy,
    }),
    ...overrides,
  };
}

const keys = (overrides: Partial<KeySummary> = {}) => ({
  sku: 'BUSINESS_BASIC' as const,
  totalSeats: 10,
  termMonths: 12,
  ...overrides,
});

describe('subscription lifecycle', () => {
  it('when created from keys, then its term runs 12 calendar months from the start', () => {
    const s = buildSubscription();
    expect([termStart(s), termEnd(s)]).toEqual([START.toISOString(), END]);
    // The timers' index: the first notice for renewal-notices, the end for subscription-lifecycle.
    expect(s.nextNoticeAt).toBe(new Date(Date.parse(END) - 60 * DAY).toISOString());
    expect(s.nextEventAt).toBe(END);
  });

  it.each([
    [-1, 'active'],
    [0, 'expired'],
    [29, 'expired'],
    [30, 'disabled'],
    [119, 'disabled'],
    [120, 'deleted'],
  ] as const)('when %i days after the end have passed, then the state is %s', (days, state) => {
    expect(stateAt(buildSubscription(), afterEnd(days), policy)).toBe(state);
  });

  it('when an active subscription is renewed, then the new term starts at the current end and notices re-arm', () => {
    const s = renewed(buildSubscription(), keys({ totalSeats: 25 }), 'r1', afterEnd(-10), policy);
    expect(termStart(s)).toBe(END);
    expect(termEnd(s)).toBe('2028-01-31T10:00:00.000Z');
    expect(seatsAt(s, afterEnd(-10))).toBe(10);
    expect(seatsAt(s, afterEnd(1))).toBe(25);
    expect(s.nextNoticeAt).toBe(new Date(Date.parse('2028-01-31T10:00:00.000Z') - 60 * DAY).toISOString());
  });

  it('when an expired subscription is renewed, then the term still extends from its end (no gap is given away)', () => {
    const s = renewed(buildSubscription(), keys(), 'r1', afterEnd(10), policy);
    expect(termStart(s)).toBe(END);
    expect(stateAt(s, afterEnd(10), policy)).toBe('active');
  });

  it('when a disabled subscription is renewed, then a new term starts now', () => {
    const now = afterEnd(45);
    const s = renewed(buildSubscription(), keys({ termMonths: 1 }), 'r1', now, policy);
    expect(termStart(s)).toBe(now.toISOString());
    expect(stateAt(s, now, policy)).toBe('active');
  });

  it('when the same redemption is applied twice, then the second time changes nothing', () => {
    const once = renewed(buildSubscription(), keys(), 'r1', START, policy);
    expect(renewed(once, keys(), 'r1', START, policy)).toBe(once);
    const seats = withSeatsAdded(buildSubscription(), keys({ totalSeats: 5 }), 'r2', START, policy);
    expect(withSeatsAdded(seats, keys({ totalSeats: 5 }), 'r2', START, policy)).toBe(seats);
  });

  it.each([
    [
      'keys of another product',
      () => renewed(buildSubscription(), keys({ sku: 'ENTERPRISE_E3' }), 'r', START, policy),
      'key_sku_mismatch',
    ],
    [
      'fewer seats than licenses',
      () =>
        renewed(
          buildSubscription({ licenseHolders: ['a', 'b', 'c'] }),
          keys({ totalSeats: 2 }),
          'r',
          START,
          policy,
        ),
      'insufficient_seats',
    ],
    [
      'a deleted subscription',
      () => renewed(buildSubscription(), keys(), 'r', afterEnd(120), policy),
      'subscription_deleted',
    ],
    [
      'a migrated subscription',
      () => renewed(buildSubscription({ state: 'migrated' }), keys(), 'r', START, policy),
      'subscription_migrated',
    ],
    [
      'seats for a disabled one',
      () => withSeatsAdded(buildSubscription(), keys(), 'r', afterEnd(31), policy),
      'subscription_not_active',
    ],
  ])('when renewing or adding seats with %s, then it is refused', (_what, action, code) => {
    expect(codeOf(action)).toBe(code);
  });

  it('when seats are added to an expired subscription, then it is refused: they would serve only the grace period (renew instead)', () => {
    const refused = () =>
      withSeatsAdded(buildSubscription(), keys({ totalSeats: 5 }), 'r1', afterEnd(3), policy);
    expect(codeOf(refused)).toBe('subscription_not_active');
  });

  it('when licenses are taken, then they never exceed the seats in force', () => {
    let s = buildSubscription({
      terms: [{ start: START.toISOString(), end: END, seats: 3, source: { redemptionId: 'r' } }],
    });
    s = withLicense(s, 'u1', START, policy) ?? s;
    s = withLicense(s, 'u2', START, policy) ?? s;
    expect(s.licenseHolders).toEqual(['admin', 'u1', 'u2']);
    expect(withLicense(s, 'u1', START, policy)).toBeUndefined();
    expect(codeOf(() => withLicense(s, 'u3', START, policy))).toBe('no_licenses_available');
    expect(codeOf(() => withLicense(buildSubscription(), 'u', afterEnd(40), policy))).toBe(
      'subscription_disabled',
    );
  });

  it('when a renewal with fewer seats is bought, then no more licenses are granted than it keeps', () => {
    let s = buildSubscription({
      terms: [{ start: START.toISOString(), end: END, seats: 4, source: { redemptionId: 'r' } }],
    });
    s = renewed(s, keys({ totalSeats: 2 }), 'r1', afterEnd(-10), policy);
    expect(seatsAt(s, afterEnd(-10))).toBe(4);
    s = withLicense(s, 'u1', afterEnd(-10), policy) ?? s;
    // The admin and u1 hold the renewal's 2 seats: the current term's 2 free seats would lapse with it.
    expect(codeOf(() => withLicense(s, 'u2', afterEnd(-10), policy))).toBe('no_licenses_available');
    expect(licensableSeats(s, afterEnd(-10))).toBe(2);
    expect(licensableSeats(s, afterEnd(1))).toBe(2);
  });

  it('when the timeline is drawn, then notices, expiry, grace end and deletion are dated from the term end', () => {
    const events = timeline(
      buildSubscription({ notices: { termEnd: END, outcomes: { '60': 'sent' } } }),
      afterEnd(-45),
      policy,
    );
    expect(events.map((e) => [e.event, e.daysBeforeExpiry ?? null, e.status])).toEqual([
      ['renewal_notice', 60, 'sent'],
      ['renewal_notice', 30, 'scheduled'],
      ['renewal_notice', 7, 'scheduled'],
      ['renewal_notice', 1, 'scheduled'],
      ['expiry', null, 'scheduled'],
      ['grace_end', null, 'scheduled'],
      ['deletion', null, 'scheduled'],
    ]);
    expect(events[1]?.at).toBe(new Date(Date.parse(END) - 30 * DAY).toISOString());
    expect(
      timeline(buildSubscription(), afterEnd(31), policy)
        .map((e) => e.status)
        .slice(4),
    ).toEqual(['done', 'done', 'scheduled']);
  });
});
