/**
 * A container's request-unit budget, as Azure enforces provisioned and serverless throughput: per
 * second. A request is admitted while the current second's request units are not spent, and its
 * charge, known once it has run, is counted in that second (so one large request may spend more than
 * the second holds; the next ones wait for the next second, as Azure's 429s say with
 * `x-ms-retry-after-ms`). Seconds run on the stack's clock, so moving the clock forward starts a new
 * one. 0 RU/s is no limit.
 */
export class RequestUnitBudget {
  private second = 0;
  private spent = 0;

  constructor(
    private ruPerSecond: number,
    private readonly now: () => number,
  ) {}

  get rate(): number {
    return this.ruPerSecond;
  }

  setRate(ruPerSecond: number): void {
    this.ruPerSecond = ruPerSecond;
    this.spent = 0;
  }

  private roll(): number {
    const now = this.now();
    const second = Math.floor(now / 1000);
    if (second !== this.second) {
      this.second = second;
      this.spent = 0;
    }
    return now;
  }

  /** Milliseconds to wait before a request is admitted (0: admit now): until the next second. */
  waitMs(): number {
    if (this.ruPerSecond <= 0) return 0;
    const now = this.roll();
    return this.spent < this.ruPerSecond ? 0 : 1000 - (now % 1000);
  }

  spend(charge: number): void {
    if (this.ruPerSecond <= 0) return;
    this.roll();
    this.spent += charge;
  }
}
