import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { answerJson, send } from './answers';
import { RequestUnitBudget } from './budget';
import type { ChargedOperation } from './charges';
import type { UpstreamAnswer } from './upstream';

export interface ChargeTotals {
  requests: number;
  ru: number;
  throttled: number;
  /** By container and operation (`subscriptions query`). */
  byKind: Record<string, { requests: number; ru: number }>;
}

const THROTTLED_MESSAGE =
  'Message: {"Errors":["Request rate is large. More Request Units may be needed, so no changes were made. Please retry this request later. Learn more: http://aka.ms/cosmosdb-error-429"]}';

/**
 * Request units as Azure's gateway meters them: each container's budget per second of the stack's
 * clock (429 with substatus 3200 beyond it), a throttle tests can inject, and the totals charged.
 */
export class Metering {
  private readonly budgets = new Map<string, RequestUnitBudget>();
  private throttledUntil = 0;
  private readonly totals: ChargeTotals = { requests: 0, ru: 0, throttled: 0, byKind: {} };

  constructor(
    private rate: number,
    private readonly clockMs: () => number,
  ) {}

  get ruPerSecond(): number {
    return this.rate;
  }

  setRuPerSecond(next: number): void {
    this.rate = next;
    for (const budget of this.budgets.values()) budget.setRate(next);
  }

  throttleFor(ms: number): void {
    this.throttledUntil = this.clockMs() + ms;
  }

  charges(): ChargeTotals {
    return structuredClone(this.totals);
  }

  /** Answers 429 and returns false when the container's budget is spent (or a throttle was injected). */
  admitted(res: ServerResponse, budgetKey: string): boolean {
    const injected = Math.max(0, this.throttledUntil - this.clockMs());
    const wait = injected || this.budgetOf(budgetKey).waitMs();
    if (wait === 0) return true;
    this.totals.throttled += 1;
    answerJson(
      res,
      429,
      { code: 'TooManyRequests', message: `${THROTTLED_MESSAGE}\r\nActivityId: ${randomUUID()}` },
      {
        'x-ms-substatus': '3200',
        'x-ms-retry-after-ms': String(Math.min(wait, 5_000)),
        'x-ms-request-charge': '0',
      },
    );
    return false;
  }

  /** Sends the answer with its charge, spent from the container's budget and counted in the totals. */
  charged(
    res: ServerResponse,
    upstream: UpstreamAnswer,
    body: Buffer,
    budgetKey: string,
    container: string,
    operation: ChargedOperation,
    ru: number,
  ): void {
    this.budgetOf(budgetKey).spend(ru);
    this.record(container, operation, ru);
    send(res, upstream.status, { ...upstream.headers, 'x-ms-request-charge': String(ru) }, body);
  }

  private budgetOf(key: string): RequestUnitBudget {
    let budget = this.budgets.get(key);
    if (!budget) this.budgets.set(key, (budget = new RequestUnitBudget(this.rate, this.clockMs)));
    return budget;
  }

  private record(container: string, operation: ChargedOperation, ru: number): void {
    const totals = this.totals;
    totals.requests += 1;
    totals.ru = Math.round((totals.ru + ru) * 100) / 100;
    const kind = `${container} ${operation}`;
    const entry = (totals.byKind[kind] ??= { requests: 0, ru: 0 });
    entry.requests += 1;
    entry.ru = Math.round((entry.ru + ru) * 100) / 100;
  }
}
