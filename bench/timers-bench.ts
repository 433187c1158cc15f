import { DEFAULT_COSMOS_GATEWAY, type LocalStack } from '../dev/stack';
import type { DocumentStore } from '../shared/adapters/cosmos/document-store';
import { startCountingStack, type CountingStore } from './counting-store';
import { row, timed } from './measure';
import { seedSubscriptions } from './seed-subscriptions';

/**
 * The lifecycle timers against stores of 10,000 and 100,000 subscriptions with the same 500 due for
 * each timer, then a store of 10,000 due for each (on four partition key ranges): documents read,
 * Cosmos DB requests, request units and wall time of one run, under the 5,000 RU/s budget of a
 * serverless container. The design promise is that a sweep's cost follows the work due: the
 * documents read must be the same whatever the total, and one run drains everything due.
 */
const DUE = 500;
const TOTALS = (process.env['BENCH_TOTALS'] ?? '10000,100000').split(',').map(Number);
const MANY_DUE = Number(process.env['BENCH_MANY_DUE'] ?? 10_000);
/**
 * The fewest requests a run can make for `due` subscriptions with one admin each and one Partner of
 * Record: the due query's pages (100 a page), then per subscription its tenant, its admin, the
 * notification and the subscription's conditional write; the partner once per run.
 */
// Two notifications a subscription (the customer's and the partner's: one per audience).
const designMinimum = (due: number) => Math.ceil(due / 100) + due * 5 + 1;

async function measure(stack: LocalStack, counter: CountingStore, timer: string) {
  counter.reset();
  const before = stack.cosmosGateway?.charges().ru ?? 0;
  const { ms } = await timed(() => stack.host?.invoke(timer) ?? Promise.resolve());
  const ru = Math.round((stack.cosmosGateway?.charges().ru ?? 0) - before);
  if (process.env['BENCH_TRACE']) {
    const calls = new Map<string, number>();
    for (const call of counter.calls) calls.set(call, (calls.get(call) ?? 0) + 1);
    console.log(timer, Object.fromEntries(calls));
  }
  return { documents: counter.documentsRead, requests: counter.total(), ru, ms };
}

export interface TimerRun {
  timer: string;
  total: number;
  due: number;
  documents: number;
  requests: number;
  ru: number;
  ranges: number;
  /** What the run does to each due subscription. */
  stage: string;
  minimum: number | null;
  /** Due subscriptions the run left for the next (0: it drained them). */
  leftDue: number;
  ms: number;
}

async function benchStore(
  total: number,
  due: number,
  ranges: number,
  endedDaysAgo = 10,
  timers = ['subscription-lifecycle', 'renewal-notices'],
): Promise<TimerRun[]> {
  const runs: TimerRun[] = [];
  const { stack, counter, store } = await startCountingStack(undefined, { ranges });
  try {
    // Written as years of redemptions would leave them: no budget while seeding, the timers under it.
    stack.cosmosGateway?.setRuPerSecond(0);
    await seedSubscriptions(store, { total, due, now: stack.clock.now(), endedDaysAgo });
    stack.cosmosGateway?.setRuPerSecond(DEFAULT_COSMOS_GATEWAY.ruPerSecond);
    // The expired ones first: passing the end closes their notices, so each timer has its own due.
    for (const timer of timers) {
      const figures = await measure(stack, counter, timer);
      // Past day 120 a run passes three stages and purges: the one-stage minimum does not apply.
      const minimum = endedDaysAgo > 120 ? null : designMinimum(due);
      const leftDue = endedDaysAgo > 120 ? 0 : await stillDue(store, timer, stack.clock.now());
      const stage =
        endedDaysAgo > 120 ? 'to the deletion' : timer === 'renewal-notices' ? 'a notice' : 'the expiry';
      runs.push({ timer, stage, total, due, ranges, minimum, leftDue, ...figures });
      console.log(
        row(
          `${timer}, ${total.toLocaleString('en')} subscriptions, ${due.toLocaleString('en')} due, ${ranges} range(s)`,
          `${figures.documents} documents read · ${figures.requests} Cosmos requests (design minimum ${minimum ?? '—'}) · ${figures.ru} RU · ${leftDue} left due · ${(figures.ms / 1000).toFixed(2)} s`,
        ),
      );
    }
  } finally {
    await stack.stop();
  }
  return runs;
}

export async function benchTimers(): Promise<TimerRun[]> {
  const runs: TimerRun[] = [];
  for (const total of TOTALS) runs.push(...(await benchStore(total, DUE, 1)));
  if (MANY_DUE > 0) runs.push(...(await benchStore(2 * MANY_DUE, MANY_DUE, 4)));
  // Past day 120: every stage passed at once, then the purge (which waits for the deletion email to
  // be sent before it erases where it went; the bench sends none, so that last step is not counted).
  runs.push(...(await benchStore(2 * DUE, DUE, 1, 121, ['subscription-lifecycle'])));
  return runs;
}

/** The design's promise: a sweep reads the same documents whatever the number of subscriptions. */
export function sameDocumentsAtEverySize(runs: TimerRun[]): boolean {
  return ['subscription-lifecycle', 'renewal-notices'].every((timer) => {
    const documents = runs
      .filter((r) => r.timer === timer && r.due === DUE && r.stage !== 'to the deletion')
      .map((r) => r.documents);
    return documents.every((d) => d === documents[0]);
  });
}

/** One run drained everything due: nothing was left for the next. */
export function everythingDueDrained(runs: TimerRun[]): boolean {
  return runs.every((r) => r.leftDue === 0);
}

/** Subscriptions still due for the timer, counted straight from the store (not by the counter). */
async function stillDue(store: DocumentStore, timer: string, now: Date): Promise<number> {
  const field = timer === 'renewal-notices' ? 'nextNoticeAt' : 'nextEventAt';
  let count = 0;
  let continuationToken: string | null = null;
  do {
    const page: { items: unknown[]; continuationToken: string | null } = await store.query(
      'subscriptions',
      {
        query: `SELECT * FROM c WHERE c.${field} <= @now`,
        parameters: [{ name: '@now', value: now.toISOString() }],
      },
      { maxItemCount: 1000, continuationToken },
    );
    count += page.items.length;
    continuationToken = page.continuationToken;
  } while (continuationToken);
  return count;
}
