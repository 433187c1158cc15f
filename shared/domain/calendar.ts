/**
 * Calendar arithmetic in UTC. A term of N months ends on the same day of the month N months later,
 * or on the last day of that month when it is shorter (Jan 31 + 1 month = Feb 28 or 29), at the
 * same time of day.
 */
export function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(
    Date.UTC(
      year,
      month,
      Math.min(date.getUTCDate(), lastDay),
      date.getUTCHours(),
      date.getUTCMinutes(),
      date.getUTCSeconds(),
      date.getUTCMilliseconds(),
    ),
  );
}

export const DAY_MS = 24 * 60 * 60_000;

/** "N days before" and "N days after" are exact multiples of 24 h, as docs/decisions.md defines them. */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}
