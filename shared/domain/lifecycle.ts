import { addDays, addMonths } from './calendar';
import { isAtOrAfter, iso } from './time';

/**
 * The calendar of a subscription's current term, and what the timers owe it: renewal notices at
 * `noticeDays` before the term's end, then expiry at the end, the end of grace `graceDays` later and
 * deletion `retentionDays` after the end. Pure: the renewal-notices and subscription-lifecycle timers,
 * the timeline of `GET /subscriptions/{id}` and the tests all read the schedule from here.
 */
export interface LifecyclePolicy {
  graceDays: number;
  retentionDays: number;
  /** Days before the end, most distant first (60, 30, 7, 1). */
  noticeDays: number[];
}

/** The stages a product-key subscription goes through, in order. */
export const STAGES = ['active', 'expired', 'disabled', 'deleted'] as const;
export type Stage = (typeof STAGES)[number];

/** What the renewal-notices timer did with a threshold of the current term. */
export type NoticeOutcome = 'sent' | 'skipped';
export type NoticeStatus = NoticeOutcome | 'scheduled';

/** The part of a subscription the schedule reads. */
export interface TermCalendar {
  /** Start and end of the current term (for an early renewal: the last one). */
  start: string;
  end: string;
  billing: 'product_key' | 'direct';
  /** The stage the lifecycle timer last recorded (or migrated: nothing more happens). */
  state: Stage | 'migrated';
  /** Outcomes of the renewal notices, valid for the term ending at `termEnd`. */
  notices: { termEnd: string; outcomes: Readonly<Record<string, NoticeOutcome>> };
}

export interface NoticeThreshold {
  days: number;
  at: string;
  status: NoticeStatus;
}

export function noticeAt(end: string, days: number): string {
  return iso(addDays(new Date(end), -days));
}

export function graceEndOf(end: string, policy: LifecyclePolicy): string {
  return iso(addDays(new Date(end), policy.graceDays));
}

export function deletionOf(end: string, policy: LifecyclePolicy): string {
  return iso(addDays(new Date(end), policy.retentionDays));
}

/** When each stage begins for a term ending at `end`. */
export function stageStarts(end: string, policy: LifecyclePolicy): Record<Exclude<Stage, 'active'>, string> {
  return { expired: end, disabled: graceEndOf(end, policy), deleted: deletionOf(end, policy) };
}

/** The stage the dates alone give at `now`. */
export function stageByDate(end: string, now: Date, policy: LifecyclePolicy): Stage {
  const starts = stageStarts(end, policy);
  if (isAtOrAfter(now, starts.deleted)) return 'deleted';
  if (isAtOrAfter(now, starts.disabled)) return 'disabled';
  if (isAtOrAfter(now, starts.expired)) return 'expired';
  return 'active';
}

function notified(calendar: TermCalendar): boolean {
  return calendar.billing === 'product_key' && calendar.state !== 'migrated' && calendar.state !== 'deleted';
}

/**
 * The renewal notices of the current term and what became of each. A threshold that falls before the
 * term's start (a short term) or at or after its end is skipped by rule; one that is neither sent nor
 * skipped yet is scheduled, even when its time has passed and the timer has not run since.
 */
export function noticeThresholds(calendar: TermCalendar, policy: LifecyclePolicy): NoticeThreshold[] {
  if (!notified(calendar) && calendar.state !== 'deleted') return [];
  const outcomes = calendar.notices.termEnd === calendar.end ? calendar.notices.outcomes : {};
  return policy.noticeDays.map((days) => {
    const at = noticeAt(calendar.end, days);
    const outOfTerm =
      Date.parse(at) < Date.parse(calendar.start) || Date.parse(at) >= Date.parse(calendar.end);
    return { days, at, status: outcomes[String(days)] ?? (outOfTerm ? 'skipped' : 'scheduled') };
  });
}

export interface NoticeDecision {
  /** The threshold to send now (days before the end), or null. */
  send: number | null;
  /** Thresholds passed over: superseded by a more urgent one, or too late after the end. */
  skip: number[];
}

/**
 * What the renewal-notices timer does at `now`: of the thresholds whose time has come and that are
 * still scheduled, only the most urgent (fewest days) is sent; the ones it supersedes are skipped, as
 * the customer gains nothing from a 60-day notice that arrives after the 30-day one is due. Once the
 * term has ended no notice is sent: the expiry notification speaks instead.
 */
export function dueNotices(calendar: TermCalendar, now: Date, policy: LifecyclePolicy): NoticeDecision {
  if (!notified(calendar)) return { send: null, skip: [] };
  const due = noticeThresholds(calendar, policy)
    .filter((n) => n.status === 'scheduled' && isAtOrAfter(now, n.at))
    .map((n) => n.days)
    .sort((a, b) => a - b);
  if (due.length === 0) return { send: null, skip: [] };
  if (isAtOrAfter(now, calendar.end)) return { send: null, skip: due };
  const [send, ...skip] = due as [number, ...number[]];
  return { send, skip };
}

/** The outcomes after a decision, for the current term. */
export function withDecision(calendar: TermCalendar, decision: NoticeDecision): TermCalendar['notices'] {
  const outcomes = calendar.notices.termEnd === calendar.end ? { ...calendar.notices.outcomes } : {};
  if (decision.send !== null) outcomes[String(decision.send)] = 'sent';
  for (const days of decision.skip) outcomes[String(days)] = 'skipped';
  return { termEnd: calendar.end, outcomes };
}

/** When the renewal-notices timer next has something to do: the earliest threshold still scheduled. */
export function nextNoticeAt(calendar: TermCalendar, policy: LifecyclePolicy): string | null {
  if (!notified(calendar)) return null;
  const scheduled = noticeThresholds(calendar, policy)
    .filter((n) => n.status === 'scheduled')
    .map((n) => n.at)
    .sort();
  return scheduled[0] ?? null;
}

/**
 * The stages the lifecycle timer must pass at `now`, in order, from the one it recorded last: each gets
 * its notification. A subscription renewed meanwhile is active by its dates and passes none.
 */
export function stagesToPass(calendar: TermCalendar, now: Date, policy: LifecyclePolicy): Stage[] {
  if (calendar.billing === 'direct' || calendar.state === 'migrated') return [];
  const from = STAGES.indexOf(calendar.state);
  const to = STAGES.indexOf(stageByDate(calendar.end, now, policy));
  return STAGES.slice(from + 1, to + 1);
}

/**
 * When the lifecycle timer next has something to do: the start of the next stage, or for a subscription
 * billed directly the end of its term (when it renews itself).
 */
export function nextStageAt(calendar: TermCalendar, policy: LifecyclePolicy): string | null {
  if (calendar.state === 'migrated' || calendar.state === 'deleted') return null;
  if (calendar.billing === 'direct') return calendar.end;
  const next = STAGES[STAGES.indexOf(calendar.state) + 1];
  return next ? stageStarts(calendar.end, policy)[next as Exclude<Stage, 'active'>] : null;
}

/** A directly billed subscription's terms carried over its end: each end starts a new term of `months`. */
export function termsRolledOver<T extends { start: string; end: string }>(
  terms: readonly T[],
  now: Date,
  months: number,
  next: (last: T, start: string, end: string) => T,
): T[] {
  const rolled = [...terms];
  for (
    let last = rolled[rolled.length - 1];
    last && isAtOrAfter(now, last.end);
    last = rolled[rolled.length - 1]
  ) {
    rolled.push(next(last, last.end, iso(addMonths(new Date(last.end), months))));
  }
  return rolled;
}
