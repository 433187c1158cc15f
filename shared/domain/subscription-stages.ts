import {
  noticeThresholds,
  stageStarts,
  withDecision,
  type LifecyclePolicy,
  type NoticeDecision,
  type NoticeOutcome,
  type Stage,
} from './lifecycle';
import { migratedAt, nextAutoRenewal } from './billing';
import { calendarOf, touched, upcomingTerms, type Subscription } from './subscription';
import { isAtOrAfter, iso } from './time';

/**
 * A subscription's steps through its stages as the timers write them (notices decided, expiry, grace's
 * end, deletion and purge), and the timeline a reader sees of them.
 */

export type TimelineStatus = 'scheduled' | 'sent' | 'skipped' | 'done';

/**
 * The events of a timeline: the schedule of the end of paid coverage (`renewal_notice`, `expiry`,
 * `grace_end`, `deletion`), the start of each term bought after the one in force (`term_start`), a
 * subscription billed directly renewing itself (`auto_renewal`), and the end of one that moved to
 * direct billing (`migrated`).
 */
export const TIMELINE_EVENTS = [
  'renewal_notice',
  'expiry',
  'grace_end',
  'deletion',
  'term_start',
  'auto_renewal',
  'migrated',
] as const;

export interface TimelineEvent {
  event: (typeof TIMELINE_EVENTS)[number];
  at: string;
  status: TimelineStatus;
  /** Renewal notices only. */
  daysBeforeExpiry?: number;
  /** Term starts and automatic renewals: the seats of the term that begins. */
  seats?: number;
}

/**
 * Every dated event still to come or passed of the subscription's paid coverage, in date order, from
 * the same schedule the timers follow: the start of each term bought after the one in force (an early
 * renewal), the renewal notices before the end of coverage (sent, skipped or scheduled), expiry, end of
 * grace and deletion (done once their date has passed). A subscription billed directly has one: the
 * date it next renews itself; a migrated one has the date it ended.
 */
export function timeline(subscription: Subscription, now: Date, policy: LifecyclePolicy): TimelineEvent[] {
  if (subscription.state === 'migrated') {
    const at = migratedAt(subscription);
    return at ? [{ event: 'migrated', at, status: 'done' }] : [];
  }
  if (subscription.billing === 'direct') {
    const renewal = nextAutoRenewal(subscription, now);
    return renewal ? [{ event: 'auto_renewal', status: 'scheduled', ...renewal }] : [];
  }
  const calendar = calendarOf(subscription);
  const starts = stageStarts(calendar.end, policy);
  const passed = (at: string): TimelineStatus =>
    isAtOrAfter(now, at) || subscription.state === 'deleted' ? 'done' : 'scheduled';
  const stages: TimelineEvent[] = [
    ...noticeThresholds(calendar, policy).map(({ days, at, status }) => ({
      event: 'renewal_notice' as const,
      at,
      status,
      daysBeforeExpiry: days,
    })),
    { event: 'expiry', at: starts.expired, status: passed(starts.expired) },
    { event: 'grace_end', at: starts.disabled, status: passed(starts.disabled) },
    { event: 'deletion', at: starts.deleted, status: passed(starts.deleted) },
  ];
  return upcomingTerms(subscription, now).reduce(
    (events, term) =>
      inDateOrder(events, { event: 'term_start', at: term.start, status: 'scheduled', seats: term.seats }),
    stages,
  );
}

/** `events` with `event` put before the first that comes later. */
function inDateOrder(events: TimelineEvent[], event: TimelineEvent): TimelineEvent[] {
  const later = events.findIndex((e) => Date.parse(e.at) > Date.parse(event.at));
  const at = later < 0 ? events.length : later;
  return [...events.slice(0, at), event, ...events.slice(at)];
}

/**
 * The renewal-notices timer's decision, written down; the index moves on to the next threshold.
 * `alreadySent`: thresholds of `decision.skip` whose notice was queued after all (by a run that
 * crashed before writing its decision): recorded as sent, as they were.
 */
export function withNoticesDecided(
  subscription: Subscription,
  decision: NoticeDecision,
  now: Date,
  policy: LifecyclePolicy,
  alreadySent: number[] = [],
): Subscription {
  const calendar = calendarOf(subscription);
  const skip = decision.skip.filter((days) => !alreadySent.includes(days));
  const decided = withDecision(calendar, { send: decision.send, skip });
  const outcomes: Record<string, NoticeOutcome> = { ...decided.outcomes };
  for (const days of alreadySent) outcomes[String(days)] = 'sent';
  return touched({ ...subscription, notices: { termEnd: decided.termEnd, outcomes } }, now, policy);
}

/**
 * The lifecycle timer's step into `stage`. Passing the end also closes the renewal notices of the term
 * (any still scheduled are skipped: the expiry notification speaks for them).
 */
export function withStagePassed(
  subscription: Subscription,
  stage: Exclude<Stage, 'active' | 'deleted'>,
  now: Date,
  policy: LifecyclePolicy,
): Subscription {
  const calendar = calendarOf(subscription);
  const leftOver = noticeThresholds(calendar, policy)
    .filter((n) => n.status === 'scheduled')
    .map((n) => n.days);
  const notices = withDecision(calendar, { send: null, skip: leftOver });
  return touched({ ...subscription, state: stage, notices }, now, policy);
}

/**
 * Deletion: the licenses are released and what is kept is a tombstone that still answers for the
 * subscription (ids, dates, who was Partner of Record and delegated admin). The purge of the
 * customer's data follows in resumable steps until `purgedAt` is set.
 */
export function deleted(
  subscription: Subscription,
  delegatedAdmins: string[],
  now: Date,
  policy: LifecyclePolicy,
): Subscription {
  if (subscription.state === 'deleted') return subscription;
  const calendar = calendarOf(subscription);
  const leftOver = noticeThresholds(calendar, policy)
    .filter((n) => n.status === 'scheduled')
    .map((n) => n.days);
  return touched(
    {
      ...subscription,
      state: 'deleted',
      licenseHolders: [],
      notices: withDecision(calendar, { send: null, skip: leftOver }),
      deletion: {
        at: iso(now),
        partnerOfRecord: subscription.partnerOfRecord,
        delegatedAdmins,
        purgedAt: null,
      },
    },
    now,
    policy,
  );
}

export function purged(
  subscription: Subscription,
  now: Date,
  policy: LifecyclePolicy,
): Subscription | undefined {
  if (!subscription.deletion || subscription.deletion.purgedAt) return undefined;
  return touched(
    { ...subscription, deletion: { ...subscription.deletion, purgedAt: iso(now) } },
    now,
    policy,
  );
}
