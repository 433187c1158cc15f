import { readFile, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { DEFAULT_COSMOS_GATEWAY } from '../dev/stack';
import { join } from 'node:path';
import { writeLatencyChart } from './chart';
import { benchColdStart } from './cold-start';
import { median, row, timed } from './measure';
import { benchOverhead } from './overhead';
import { notesFor } from './notes';
import { report, verdicts, type Figures } from './report';
import { benchRequestsPerOperation } from './requests-per-operation';
import { ROOT, startStackProcess, type StackProcess } from './stack-process';
import { api } from './api-client';
import { benchThroughput } from './throughput';
import { benchTimers, everythingDueDrained, sameDocumentsAtEverySize } from './timers-bench';
import { benchWebhooks } from './webhooks-bench';

/**
 * `npm run bench`: every figure of bench/README.md measured in one run on this machine (see
 * report.ts), printed as it goes; then the report and its chart are written. Exits non-zero when a
 * request path queries across partitions, a flow fails under load, or the timers' reads grow with
 * the store: those are defects, not figures.
 */
const MINT_COUNT = 10_000;
const RUNS = 3;
const BENCH_DIR = join(ROOT, 'bench');
/** The last run's figures, kept out of the repository, for `report`. */
const FIGURES_FILE = join(ROOT, 'dist', 'bench', 'figures.json');

/** The request units the stack has charged so far (`GET /admin/cosmos`). */
async function chargedSoFar(stack: StackProcess): Promise<number> {
  const answer = (await (await fetch(`${stack.url}/admin/cosmos`)).json()) as { charges: { ru: number } };
  return answer.charges.ru;
}

/**
 * Minting under the budget of a serverless container (5,000 RU/s): its bound is the budget divided
 * by what one key costs to write, whatever the machine.
 */
async function benchMinting(stack: StackProcess, operator: string): Promise<Figures['other']> {
  const rates: number[] = [];
  const perKey: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const before = await chargedSoFar(stack);
    const { ms } = await timed(() =>
      api(stack.apiBaseUrl, 'POST', '/product-key-batches', operator, {
        sku: 'BUSINESS_BASIC',
        seatsPerKey: 1,
        termMonths: 12,
        count: MINT_COUNT,
      }),
    );
    rates.push((MINT_COUNT / ms) * 1000);
    perKey.push(((await chargedSoFar(stack)) - before) / MINT_COUNT);
    // The next batch starts with the budget's next second, not in the debt of this one.
    await sleep(1_000);
  }
  const rate = median(rates);
  const ru = median(perKey);
  const bound = DEFAULT_COSMOS_GATEWAY.ruPerSecond / ru;
  return [
    {
      label: `mint ${MINT_COUNT.toLocaleString('en')} keys (\`POST /product-key-batches\`, end to end, under 5,000 RU/s), median of ${RUNS}`,
      value: `${Math.round(rate)} keys/s (${(MINT_COUNT / rate).toFixed(1)} s a batch)`,
    },
    {
      label: 'request units per key minted (the key, and its share of the batch document)',
      value: `${ru.toFixed(2)} RU`,
    },
    {
      label: 'minting as a share of what the budget allows (5,000 RU/s ÷ RU per key)',
      value: `${Math.round((rate / bound) * 100)} % of ${Math.round(bound)} keys/s`,
    },
  ];
}

async function otherFigures(): Promise<Figures['other']> {
  const startUps: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const stack = await startStackProcess();
    startUps.push(stack.startedInMs);
    await stack.stop();
  }
  const stack = await startStackProcess();
  try {
    const minting = await benchMinting(stack, stack.settings['OPERATOR_TOKEN'] as string);
    return [
      {
        label: `\`npm start\` (already built) to the first healthy \`/api/v1/health\`, median of ${RUNS}`,
        value: `${(median(startUps) / 1000).toFixed(2)} s`,
      },
      ...minting,
    ];
  } finally {
    await stack.stop();
  }
}

function print(label: string, value: string): void {
  console.log(row(label, value));
}

async function main(): Promise<void> {
  const startedAt = new Date();
  console.log(`Keycard benchmarks: Node ${process.version}\n`);

  // First, while nothing else runs: fresh processes are what it measures.
  const coldStart = benchColdStart();
  for (const r of coldStart.rows)
    print(`cold start: ${r.variant}`, `${r.medianMs.toFixed(0)} ms (+${r.overBareMs.toFixed(0)})`);

  const overhead = await benchOverhead();
  for (const r of overhead.rows)
    print(
      `overhead: ${r.endpoint}`,
      `${r.appMs.toFixed(2)} ms (client ${r.clientMs.toFixed(2)}) vs ${r.directMs.toFixed(2)} ms direct: ${r.ratio.toFixed(2)}×`,
    );
  print(
    'overhead: no store call',
    `${overhead.floorMs.toFixed(2)} ms (client ${overhead.floorAtClientMs.toFixed(2)})`,
  );

  const { operations, timerSteps } = await benchRequestsPerOperation();
  for (const o of operations)
    print(`requests: ${o.operation}`, `${o.requests} (minimum ${o.minimum}) · ${o.ru} RU`);
  for (const t of timerSteps)
    print(`requests: ${t.step}`, `${t.requests} (minimum ${t.minimum}) · ${t.ru} RU`);

  const throughput = await benchThroughput();
  for (const r of throughput.rows)
    print(
      `load: ${r.concurrency} partners`,
      `${r.flowsPerSecond.toFixed(1)} flows/s · p50 ${r.p50.toFixed(0)} · p95 ${r.p95.toFixed(0)} · p99 ${r.p99.toFixed(0)} ms · ${r.errors} errors`,
    );
  print('load: peak RSS of the app at 64 partners', `${throughput.peakRssMiB.toFixed(0)} MiB`);
  print(
    `load: 64 partners, heap held to ${throughput.limited.heapMiB} MiB`,
    `${throughput.limited.row.flowsPerSecond.toFixed(1)} flows/s · ${throughput.limited.row.errors} errors · peak RSS ${throughput.limited.peakRssMiB.toFixed(0)} MiB`,
  );

  const timers = await benchTimers();
  const other = [...(await otherFigures()), ...(await benchWebhooks())];
  for (const o of other) print(o.label, o.value);

  const figures: Figures = {
    startedAt,
    minutes: (Date.now() - startedAt.getTime()) / 60_000,
    coldStart,
    overhead,
    operations,
    timerSteps,
    throughput,
    timers,
    other,
  };
  await writeLatencyChart(
    throughput.rows.flatMap((r) =>
      (['p50', 'p95', 'p99'] as const).map((percentile) => ({
        concurrency: r.concurrency,
        percentile,
        ms: r[percentile],
      })),
    ),
    'Full redemption flow latency',
    'flow latency (ms)',
    join(BENCH_DIR, 'latency.png'),
  );
  await writeFile(FIGURES_FILE, JSON.stringify(figures));
  await writeReport(figures);
  console.log('\nWrote bench/README.md and bench/latency.png.');
  for (const v of verdicts(figures)) console.log(`  ${v.met ? 'met   ' : 'MISSED'} ${v.target}: ${v.figure}`);

  const defects =
    operations.some((o) => o.crossPartition.length > 0) ||
    throughput.rows.some((r) => r.errors > 0) ||
    throughput.limited.row.errors > 0 ||
    !sameDocumentsAtEverySize(timers) ||
    !everythingDueDrained(timers);
  if (defects) process.exitCode = 1;
}

/** Formatted as `npm run format` would, so `npm run lint` passes on a fresh report. */
async function writeReport(figures: Figures): Promise<void> {
  const path = join(BENCH_DIR, 'README.md');
  const prettier = await import('prettier');
  const options = await prettier.resolveConfig(path);
  await writeFile(
    path,
    await prettier.format(report(figures, notesFor(figures)), { ...options, filepath: path }),
  );
}

/** `report`: the report written again from the last run's figures (after a change to its wording). */
async function rewriteReport(): Promise<void> {
  const saved = JSON.parse(await readFile(FIGURES_FILE, 'utf8')) as Figures & { startedAt: string };
  await writeReport({ ...saved, startedAt: new Date(saved.startedAt) });
  console.log('Wrote bench/README.md from', FIGURES_FILE);
}

const only = process.argv[2];
const onlyWebhooks = async () => {
  for (const o of await benchWebhooks()) print(o.label, o.value);
};
const run =
  only === 'timers'
    ? () => benchTimers().then(() => undefined)
    : only === 'report'
      ? rewriteReport
      : only === 'webhooks'
        ? onlyWebhooks
        : main;
run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
