import type { Clock } from '../shared/app/ports';

/**
 * The local stack's clock: real time plus an offset that `/admin/clock` moves, so renewals and
 * expiry can be tried without waiting (like test clocks in billing systems). Only ever forward.
 */
export class AdjustableClock implements Clock {
  /** Told every move (npm start saves the offset at once, so a crash keeps it). */
  onChange: ((offsetMs: number) => void) | null = null;

  constructor(private offsetMs = 0) {}

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  get offset(): number {
    return this.offsetMs;
  }

  set(now: Date): void {
    const offset = now.getTime() - Date.now();
    if (offset < this.offsetMs) throw new RangeError('The local clock only moves forward.');
    this.offsetMs = offset;
    this.onChange?.(offset);
  }

  advance(ms: number): void {
    if (ms < 0) throw new RangeError('The local clock only moves forward.');
    this.offsetMs += ms;
    this.onChange?.(this.offsetMs);
  }
}
