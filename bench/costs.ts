import type { OperationCount, TimerStepCount } from './requests-per-operation';
import type { TimerRun } from './timers-bench';

/**
 * What running Keycard would cost at list prices, from the request units the bench measured. No live
 * price can be read where this runs: the prices are those Microsoft's own articles use (stored copies,
 * read 2026-12-06; USD, "a non-government region in the US", marked there as examples, so check the
 * pricing pages before budgeting):
 * - Cosmos DB serverless: $0.25 per million request units and $0.25 per GB-month of storage, the
 *   smallest amount billed for a non-empty container being 1 GB ("Understand your Azure Cosmos DB
 *   bill", ms.date 2022-03-31; "How to choose between provisioned throughput and serverless", ms.date
 *   2025-07-25; "Pricing model for Azure Cosmos DB", ms.date 2025-06-25).
 * - Functions Flex Consumption, on demand: $0.000026 per GB-second and $0.40 per million executions
 *   ("Estimating consumption-based costs", Flex Consumption); each execution is billed at least
 *   1,000 ms of the instance's memory (2,048 MB, the Bicep's default) ("Flex Consumption plan",
 *   Billing). The monthly free grant (100,000 GB-s and 250,000 executions, read from the Retail Prices
 *   API by third parties, not in Microsoft's text) is left out: the figures are before any grant.
 * - Communication Services Email: $0.00025 per email ("Email pricing", ms.date 2023-03).
 */
export const PRICES = {
  perMillionRu: 0.25,
  perGbMonth: 0.25,
  perGbSecond: 0.000026,
  perMillionExecutions: 0.4,
  perEmail: 0.00025,
  /** Billed per execution at the least: 1 s of a 2,048 MB instance (concurrent ones share it: fewer). */
  gbSecondsPerExecution: 2,
};

/** The timers' runs in a 30-day month, by their schedules (functions/*.ts). */
const RUNS_PER_MONTH = {
  'renewal-notices': 24 * 30,
  'subscription-lifecycle': 24 * 30,
  'redemption-cleanup': 6 * 24 * 30,
  'notification-sweep': 12 * 24 * 30,
  'key-batch-cleanup': 6 * 24 * 30,
};
/** Containers the app writes to in normal use: each is billed 1 GB at least once it holds a document. */
const CONTAINERS_IN_USE = 16;

export interface CostLine {
  scenario: string;
  ru: number;
  executions: number;
  emails: number;
  cosmos: number;
  functions: number;
  email: number;
  assumptions: string;
}

const money = (ru: number, executions: number, emails: number, storageGbMonths = 0) => ({
  cosmos: (ru / 1e6) * PRICES.perMillionRu + storageGbMonths * PRICES.perGbMonth,
  functions:
    (executions / 1e6) * PRICES.perMillionExecutions +
    executions * PRICES.gbSecondsPerExecution * PRICES.perGbSecond,
  email: emails * PRICES.perEmail,
});

const find = <T extends { ru: number }>(rows: T[], match: (row: T) => boolean, what: string): T => {
  const row = rows.find(match);
  if (!row) throw new Error(`the bench measured no ${what}`);
  return row;
};

const FLOW = [
  'redemptions-create',
  'redemptions-add-key',
  'redemptions-confirm',
  'redemptions-complete (create_tenant)',
];

/** RU of one full redemption flow: start, add a key, confirm, complete with a new tenant. */
export function flowRu(operations: OperationCount[]): number {
  return FLOW.reduce((sum, name) => sum + find(operations, (o) => o.operation === name, name).ru, 0);
}

/** The queries one full redemption flow makes. */
export function flowQueries(operations: OperationCount[]): number {
  return FLOW.reduce((sum, name) => sum + (operations.find((o) => o.operation === name)?.queries ?? 0), 0);
}

export function costs(operations: OperationCount[], steps: TimerStepCount[], timers: TimerRun[]): CostLine[] {
  const sendRu = find(steps, (s) => s.step.startsWith('notification-send'), 'notification-send').ru;
  const emptyRun = find(steps, (s) => s.step.startsWith('notification-sweep'), 'notification-sweep').ru;
  const perDue = (timer: string, stage: string) => {
    const run = find(
      timers,
      (t) => t.timer === timer && t.stage === stage && t.due === 500,
      `${timer} (${stage})`,
    );
    return run.ru / run.due;
  };
  const idleRuns = Object.values(RUNS_PER_MONTH).reduce((a, b) => a + b, 0);
  const idleRuMonth = idleRuns * emptyRun;

  const redemptions = 1_000;
  const redemptionRu = redemptions * (flowRu(operations) + sendRu);
  const redemptionExecutions = redemptions * 5;

  const subscriptions = 10_000;
  const notice = perDue('renewal-notices', 'a notice');
  const endOfLife = perDue('subscription-lifecycle', 'to the deletion');
  const perSubscription = 4 * notice + endOfLife + 7 * sendRu;
  const yearRu = subscriptions * perSubscription + 12 * idleRuMonth;
  const yearEmails = subscriptions * 7;
  const yearExecutions = yearEmails + 12 * idleRuns;

  const lines: Omit<CostLine, 'cosmos' | 'functions' | 'email'>[] = [
    {
      scenario: '1,000 redemptions (the full flow with a new tenant, and its welcome email)',
      ru: redemptionRu,
      executions: redemptionExecutions,
      emails: redemptions,
      assumptions: `${flowRu(operations).toFixed(1)} RU a flow + ${sendRu.toFixed(1)} RU to send its email; 5 executions a flow (4 requests, 1 email)`,
    },
    {
      scenario: '10,000 subscriptions living a year (4 notices, expiry, grace, deletion)',
      ru: yearRu,
      executions: yearExecutions,
      emails: yearEmails,
      assumptions: `per subscription: 4 notices at ${notice.toFixed(1)} RU, its expiry, grace and deletion with the purge at ${endOfLife.toFixed(1)} RU (measured in one run past day 120; the purge's last step, after the deletion email, not counted), 7 emails at ${sendRu.toFixed(1)} RU; plus the timers' idle runs`,
    },
    {
      scenario: 'one idle month (the timers on their schedules, nothing due)',
      ru: idleRuMonth,
      executions: idleRuns,
      emails: 0,
      assumptions: `${idleRuns.toLocaleString('en')} timer runs at ${emptyRun.toFixed(2)} RU (one query each)`,
    },
  ];
  return lines.map((line) => ({ ...line, ...money(line.ru, line.executions, line.emails) }));
}

/** Storage: each container in use is billed 1 GB at least, whatever it holds. */
export function storageFloorPerMonth(): number {
  return CONTAINERS_IN_USE * PRICES.perGbMonth;
}
