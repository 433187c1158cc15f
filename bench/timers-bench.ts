import type { LocalStack } from '../dev/stack';
import { startCountingStack, type CountingStore } from './counting-store';
import { row, timed } from './measure';
import { seedSubscriptions } from './seed-subscriptions';

/**
 * The lifecycle timers against stores of 10,000 and 100,000 subscriptions with the same 500 due for
 * each timer: documents read, Cosmos DB requests and wall time of one run. The design promise is that
 * a sweep's cost follows the work due: the documents read must be the same whatever the total.
 */
const DUE = 500;
const TOTALS = (process.env['BENCH_TOTALS'] ?? '10000,100000').split(',').map(Number);
/**
 * The fewest requests a run can make for DUE subscriptions with one admin each and one Partner of
 * Record: the due query's pages (100 a page), then per subscription its tenant, its admin, the
 * notification and the subscription's conditional write; the partner once per run.
 */
const DESIGN_MINIMUM = Math.ceil(DUE / 100) + DUE * 4 + 1;

async function measure(stack: LocalStack, counter: CountingStore, timer: string) {
  counter.reset();
  const { ms } = await timed(() => stack.host?.invoke(timer) ?? Promise.resolve());
  if (process.env['BENCH_TRACE']) {
    const calls = new Map<string, number>();
    for (const call of counter.calls) calls.set(call, (calls.get(call) ?? 0) + 1);
    console.log(timer, Object.fromEntries(calls));
  }
  return { documents: counter.documentsRead, requests: counter.total(), ms };
}

export interface TimerRun {
  timer: string;
  total: number;
  due: number;
  documents: number;
  requests: number;
  minimum: number;
  ms: number;
}

export async function benchTimers(): Promise<TimerRun[]> {
  const runs: TimerRun[] = [];
  for (const total of TOTALS) {
    const { stack, counter, store } = await startCountingStack();
    try {
      await seedSubscriptions(store, { total, due: DUE, now: stack.clock.now() });
      // The expired ones first: passing the end closes their notices, so each timer has its own 500.
      for (const timer of ['subscription-lifecycle', 'renewal-notices']) {
        const figures = await measure(stack, counter, timer);
        runs.push({ timer, total, due: DUE, minimum: DESIGN_MINIMUM, ...figures });
        console.log(
          row(
            `${timer}, ${total.toLocaleString('en')} subscriptions, ${DUE} due`,
            `${figures.documents} documents read · ${figures.requests} Cosmos requests (design minimum ${DESIGN_MINIMUM}) · ${(figures.ms / 1000).toFixed(2)} s`,
          ),
        );
      }
    } finally {
      await stack.stop();
    }
  }
  return runs;
}

/** The design's promise: a sweep reads the same documents whatever the number of subscriptions. */
export function sameDocumentsAtEverySize(runs: TimerRun[]): boolean {
  return ['subscription-lifecycle', 'renewal-notices'].every((timer) => {
    const documents = runs.filter((r) => r.timer === timer).map((r) => r.documents);
    return documents.every((d) => d === documents[0]);
  });
}
