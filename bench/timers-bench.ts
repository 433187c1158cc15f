import { randomUUID } from 'node:crypto';
import type { LocalStack } from '../dev/stack';
import type { DocumentStore } from '../shared/adapters/cosmos/document-store';
import { addDays, addMonths } from '../shared/domain/calendar';
import { newPartner } from '../shared/domain/partner';
import { newSubscription, type Subscription } from '../shared/domain/subscription';
import { newTenant } from '../shared/domain/tenant';
import { newUser } from '../shared/domain/user';
import { startCountingStack, type CountingStore } from './counting-store';
import { row, timed } from './measure';

/**
 * The lifecycle timers against stores of 10,000 and 100,000 subscriptions with the same 500 due for
 * each timer: documents read, Cosmos DB requests and wall time of one run. The design promise is that
 * a sweep's cost follows the work due: the documents read must be the same whatever the total.
 */
const DUE = 500;
const TOTALS = (process.env['BENCH_TOTALS'] ?? '10000,100000').split(',').map(Number);
const POLICY = { graceDays: 30, retentionDays: 120, noticeDays: [60, 30, 7, 1] };
const BULK = 5_000;
/**
 * The fewest requests a run can make for DUE subscriptions with one admin each and one Partner of
 * Record: the due query's pages (100 a page), then per subscription its tenant, its admin, the
 * notification and the subscription's conditional write; the partner once per run.
 */
const DESIGN_MINIMUM = Math.ceil(DUE / 100) + DUE * 4 + 1;

function subscription(tenantId: string, start: Date, partnerId: string): Subscription {
  return newSubscription({
    id: randomUUID(),
    tenantId,
    sku: 'BUSINESS_BASIC',
    billing: 'product_key',
    start,
    termMonths: 12,
    seats: 10,
    source: { redemptionId: 'bench' },
    licenseHolders: [],
    partnerOfRecord: partnerId,
    policy: POLICY,
  });
}

/**
 * `total` subscriptions: DUE whose 60-day notice is due, DUE whose term ended 10 days ago, each with
 * its tenant and admin; the rest not due (started now).
 */
async function seed(store: DocumentStore, total: number, now: Date): Promise<void> {
  const partner = newPartner({
    id: randomUUID(),
    programId: '9999999',
    name: 'Bench Partner',
    email: 'bench@partner.example',
    cloudEssentials: true,
    tokenHash: 'bench',
    now,
  });
  await store.create('partners', partner as unknown as Record<string, unknown>);
  const docs: Record<string, Record<string, unknown>[]> = { subscriptions: [], tenants: [], users: [] };
  const add = (container: string, doc: object) => docs[container]?.push(doc as Record<string, unknown>);
  for (let i = 0; i < total; i += 1) {
    const due = i < 2 * DUE;
    // Due: the 60-day notice has come (the term ends in 40 days), or the term ended 10 days ago.
    const start =
      i < DUE ? addDays(addMonths(now, -12), 40) : i < 2 * DUE ? addDays(addMonths(now, -12), -10) : now;
    const tenantId = randomUUID();
    const s = subscription(tenantId, start, partner.id);
    add('subscriptions', s);
    if (!due) continue;
    const adminId = randomUUID();
    add(
      'tenants',
      newTenant({
        id: tenantId,
        organizationName: `Bench ${i}`,
        countryCode: 'IT',
        domainPrefix: `bench${i}`,
        createdBy: partner.id,
        subscriptionId: s.id,
        adminUserId: adminId,
        delegatedAdmin: false,
        now: start,
      }),
    );
    add(
      'users',
      newUser({
        id: adminId,
        tenantId,
        userName: `admin@bench${i}.onmicrosoft.com`,
        firstName: 'Ada',
        lastName: 'Bench',
        contactEmail: `admin${i}@bench.example`,
        roles: ['global_administrator'],
        status: 'active',
        now: start,
      }),
    );
  }
  for (const [container, list] of Object.entries(docs))
    for (let at = 0; at < list.length; at += BULK)
      await store.createMany(container as 'subscriptions', list.slice(at, at + BULK));
}

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
      await seed(store, total, stack.clock.now());
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
