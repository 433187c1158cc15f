import type { Clock } from '../shared/app/ports';

/**
 * The local stack's clock: real time plus an offset that `/admin/clock` moves, so renewals and
 * expiry can be tried without waiting (like test clocks in billing systems). Only ever forward.
 */
/** A span of the stack's time. */
export interface StackTimeSpan {
  from: Date;
  to: Date;
}

/** Moves kept for `shownSince`: more than any question asks about (the last 10 s of real time). */
const KEPT_MOVES = 100;

export class AdjustableClock implements Clock {
  /** Told every move (npm start saves the offset at once, so a crash keeps it). */
  onChange: ((offsetMs: number) => void) | null = null;
  /** The recent moves: when (real time) and the offset before. */
  private readonly moves: { atRealMs: number; offsetBefore: number }[] = [];

  /** `realNow`: real time (tests pass their own, to move it by hand). */
  constructor(
    private offsetMs = 0,
    private readonly realNow: () => number = Date.now,
  ) {}

  now(): Date {
    return new Date(this.realNow() + this.offsetMs);
  }

  get offset(): number {
    return this.offsetMs;
  }

  set(now: Date): void {
    const offset = now.getTime() - this.realNow();
    if (offset < this.offsetMs) throw new RangeError('The local clock only moves forward.');
    this.moveTo(offset);
  }

  advance(ms: number): void {
    if (ms < 0) throw new RangeError('The local clock only moves forward.');
    this.moveTo(this.offsetMs + ms);
  }

  /**
   * The stack times this clock showed from real time `sinceRealMs` until now, one span per offset in
   * force meanwhile, newest first. A message stamped from this clock and received after a move (the
   * soak moves it 20 days every 3 s) was stamped within one of them; real time never jumps so.
   */
  shownSince(sinceRealMs: number): StackTimeSpan[] {
    const spans: StackTimeSpan[] = [];
    let end = this.realNow();
    let offset = this.offsetMs;
    for (const move of [...this.moves].reverse()) {
      if (move.atRealMs < sinceRealMs) break;
      spans.push({ from: new Date(move.atRealMs + offset), to: new Date(end + offset) });
      end = move.atRealMs;
      offset = move.offsetBefore;
    }
    spans.push({ from: new Date(sinceRealMs + offset), to: new Date(end + offset) });
    return spans;
  }

  private moveTo(offset: number): void {
    this.moves.push({ atRealMs: this.realNow(), offsetBefore: this.offsetMs });
    if (this.moves.length > KEPT_MOVES) this.moves.shift();
    this.offsetMs = offset;
    this.onChange?.(offset);
  }
}
