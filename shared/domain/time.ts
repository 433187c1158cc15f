/** All instants are UTC and stored as ISO 8601 strings. */
export function iso(date: Date): string {
  return date.toISOString();
}

export function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * 60_000);
}

export function addMilliseconds(date: Date, ms: number): Date {
  return new Date(date.getTime() + ms);
}

export function isAtOrAfter(now: Date, instant: string): boolean {
  return now.getTime() >= Date.parse(instant);
}
