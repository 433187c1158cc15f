import { cpus, freemem, release, totalmem, type } from 'node:os';
import type { ColdStart } from './cold-start';
import { COLD_START_ROUNDS, COLD_START_TARGET_MS } from './cold-start';
import type { Overhead } from './overhead';
import { OVERHEAD_SAMPLES, OVERHEAD_TARGET } from './overhead';
import type { OperationCount, TimerStepCount } from './requests-per-operation';
import type { Throughput } from './throughput';
import { TAIL_TARGET } from './throughput';
import type { TimerRun } from './timers-bench';
import { everythingDueDrained, sameDocumentsAtEverySize } from './timers-bench';
import { costs, flowQueries, flowRu, PRICES, storageFloorPerMonth } from './costs';

/**
 * bench/README.md, written by `npm run bench` from the figures of one run: every table below comes
 * from the same run, on the same machine and the same local stack.
 */
export interface Figures {
  startedAt: Date;
  minutes: number;
  coldStart: ColdStart;
  overhead: Overhead;
  operations: OperationCount[];
  timerSteps: TimerStepCount[];
  throughput: Throughput;
  timers: TimerRun[];
  other: { label: string; value: string }[];
}

export interface Verdict {
  target: string;
  figure: string;
  met: boolean;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const fixed = (value: number, digits = 2) => value.toFixed(digits);

export function machineLine(): string {
  const cpu = cpus();
  return `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM (${(freemem() / 2 ** 30).toFixed(1)} GiB free at the end), ${type()} ${release()}, Node ${process.version}`;
}

export function verdicts(f: Figures): Verdict[] {
  const worst = f.overhead.rows.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  const at64 = f.throughput.rows.find((r) => r.concurrency === 64);
  const tail = at64 ? at64.p99 / at64.p50 : NaN;
  const errors = f.throughput.rows.reduce((sum, r) => sum + r.errors, 0) + f.throughput.limited.row.errors;
  const crossPartition = f.operations.filter((o) => o.crossPartition.length > 0);
  const bundle = f.coldStart.rows[1];
  return [
    {
      target: `Overhead ≤ ${OVERHEAD_TARGET}× the store's own cost, every endpoint`,
      figure: `worst ${fixed(worst.ratio)}× (${worst.endpoint})`,
      met: worst.ratio <= OVERHEAD_TARGET,
    },
    {
      target: 'No cross-partition query on a request path',
      figure: crossPartition.length === 0 ? 'none' : crossPartition.map((o) => o.operation).join(', '),
      met: crossPartition.length === 0,
    },
    {
      target: 'No error under load',
      figure: `${errors} errors in ${f.throughput.rows.reduce((sum, r) => sum + r.flows, 0) + f.throughput.limited.row.flows} flows`,
      met: errors === 0,
    },
    {
      target: `p99 ≤ ${TAIL_TARGET}× p50 at 64 partners`,
      figure: `${fixed(tail, 1)}× (p50 ${ms(at64?.p50 ?? NaN)}, p99 ${ms(at64?.p99 ?? NaN)})`,
      met: tail <= TAIL_TARGET,
    },
    {
      target: `Cold start < ${COLD_START_TARGET_MS} ms more than bare node`,
      figure: `+${Math.round(bundle?.overBareMs ?? NaN)} ms`,
      met: (bundle?.overBareMs ?? Infinity) < COLD_START_TARGET_MS,
    },
    {
      target: 'Timers read the same documents at 10,000 and 100,000 subscriptions',
      figure: sameDocumentsAtEverySize(f.timers) ? 'the same' : 'different',
      met: sameDocumentsAtEverySize(f.timers),
    },
    {
      target: 'One run of a timer drains everything due (500, then 10,000 on four ranges)',
      figure: everythingDueDrained(f.timers)
        ? 'nothing left'
        : f.timers.map((t) => `${t.timer} ${t.leftDue} left`).join(', '),
      met: everythingDueDrained(f.timers),
    },
  ];
}

function table(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

export function report(f: Figures, notes: Record<string, string>): string {
  const v = verdicts(f);
  const out: string[] = [];
  out.push(
    '# Keycard benchmark report',
    '',
    `Measured ${f.startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC by \`npm run bench\` (${f.minutes.toFixed(0)} minutes), on ${machineLine()}.`,
    '',
    "Every figure comes from this one run, on the local stack `npm start` runs (the Cosmos DB-compatible server, Azurite, the local email endpoint, the local Functions host). They compare with each other, not with Azure: there a Cosmos DB request crosses a network and takes milliseconds, so the app's own share of a request is smaller than here, where the store answers from memory in a fraction of one. `npm run bench` rewrites this file and `latency.png`; commit both after a change that moves them.",
    '',
    '## Targets',
    '',
    table(
      ['Target', 'Figure', 'Met'],
      v.map((x) => [x.target, x.figure, x.met ? 'yes' : '**no**']),
    ),
    '',
  );
  const missed = v.filter((x) => !x.met);
  if (missed.length > 0) {
    out.push('Where a target is missed, the section below says why and what would meet it.', '');
  }

  out.push(
    '## Overhead per endpoint',
    '',
    `Median latency of the endpoint against the median time of the very store requests it made (the Cosmos DB requests recorded at the app's store port, and the messages it put on the notification queue), made again directly with the SDKs, one after the other, on the same servers: the store's own cost. The endpoint's latency is the host's, from the request's arrival to the response's last byte, as Azure's request telemetry counts it; the client's (a partner tool's over HTTP, with an \`Idempotency-Key\` on each POST) adds the HTTP round trip to the host, and is shown beside it. ${OVERHEAD_SAMPLES} samples each, sequential, on one in-process stack.`,
    '',
    table(
      ['Endpoint', 'Store requests', 'At the host', 'At the client', 'Same requests direct', 'Ratio'],
      f.overhead.rows.map((r) => [
        r.endpoint,
        r.messages > 0 ? `${r.requests} + ${r.messages} queue` : r.requests,
        ms(r.appMs),
        ms(r.clientMs),
        ms(r.directMs),
        `${fixed(r.ratio)}×`,
      ]),
    ),
    '',
    `A request answered without any store call takes ${ms(f.overhead.floorMs)} at the host and ${ms(f.overhead.floorAtClientMs)} at the client: the share of every request that is not the store's.`,
    '',
  );
  if (notes['overhead']) out.push(notes['overhead'], '');

  out.push(
    '## Cosmos DB requests per operation',
    '',
    "Counted at the app's store port (one call there is one request) on an in-process stack, for one successful call of every operation; POSTs carry an `Idempotency-Key`. The design minimum: a partner's or customer admin's token costs two point reads (the token by its hash, then its owner), the operator's none (a setting); an `Idempotency-Key` two writes (the claim, then the kept answer). Where no minimum was argued by hand, the minimum is what the operation measured less the point reads of a document it had already read: the data was in hand. A cross-partition query on a request path fails the bench.",
    '',
    table(
      ['Operation', 'Requests', 'Design minimum', 'Request units', 'Why'],
      f.operations.map((o) => [
        `\`${o.operation}\``,
        o.crossPartition.length > 0 ? `${o.requests} (cross-partition!)` : o.requests,
        o.minimum,
        fixed(o.ru, 1),
        o.why,
      ]),
    ),
    '',
    `In all: ${f.operations.reduce((s, o) => s + o.requests, 0)} requests for these ${f.operations.length} calls, against a minimum of ${f.operations.reduce((s, o) => s + o.minimum, 0)}. A full redemption flow (start, add a key, confirm, complete with a new tenant) costs **${fixed(flowRu(f.operations), 1)} RU**. Request units are what the local store charges, Azure's gateway's model (\`dev/cosmos-gateway/charges.ts\`); the cost section below says where it differs from Azure.`,
    '',
    '### Timer and queue steps',
    '',
    table(
      ['Step', 'Requests', 'Documents read', 'Design minimum', 'Request units', 'Why'],
      f.timerSteps.map((t) => [t.step, t.requests, t.documentsRead, t.minimum, fixed(t.ru, 1), t.why]),
    ),
    '',
    table(
      [
        'Lifecycle timer',
        'Each due subscription',
        'Subscriptions',
        'Ranges',
        'Due',
        'Left due',
        'Documents read',
        'Requests',
        'Design minimum',
        'Request units',
        'Wall time',
      ],
      f.timers.map((t) => [
        `\`${t.timer}\``,
        t.stage,
        t.total.toLocaleString('en'),
        t.ranges,
        t.due.toLocaleString('en'),
        t.leftDue,
        t.documents,
        t.requests,
        t.minimum ?? '—',
        Math.round(t.ru).toLocaleString('en'),
        `${(t.ms / 1000).toFixed(2)} s`,
      ]),
    ),
    '',
    "The lifecycle timers' minimum: the due query's pages (100 a page), then per subscription its tenant, its admin, its two notifications (the customer's and the partner's) and its conditional write; the partner once per run (`subscription-lifecycle` also reads the delegation offers past their expiry: one query a run). The documents read must not grow with the store: the timers find what is due through the index. The wall time does grow here, because the local server scans where Cosmos DB uses the index.",
    '',
  );
  if (notes['requests']) out.push(notes['requests'], '');

  const lines = costs(f.operations, f.timerSteps, f.timers);
  const dollars = (value: number) => `$${value < 0.01 ? value.toFixed(4) : value.toFixed(2)}`;
  out.push(
    '## What it would cost in Azure',
    '',
    `From the request units above, at the list prices Microsoft's own articles use (stored copies read 2026-12-06; USD, "a non-government region in the US"; no live price can be read here, so check the pricing pages before budgeting): Cosmos DB serverless $${PRICES.perMillionRu} per million RU and $${PRICES.perGbMonth} per GB-month ("Understand your Azure Cosmos DB bill"; "How to choose between provisioned throughput and serverless"), Flex Consumption on demand $${PRICES.perGbSecond} per GB-s and $${PRICES.perMillionExecutions} per million executions ("Estimating consumption-based costs"), each execution billed at least 1,000 ms of a 2,048 MB instance ("Flex Consumption plan", Billing; an upper bound: executions at once share an instance), email $${PRICES.perEmail} each ("Email pricing"). Before the monthly free grant of Flex Consumption (100,000 GB-s and 250,000 executions, as third parties read the Retail Prices API), which the first and last lines fit inside.`,
    '',
    table(
      ['Scenario', 'Request units', 'Cosmos DB', 'Executions', 'Functions', 'Emails', 'Email', 'Assumptions'],
      lines.map((l) => [
        l.scenario,
        Math.round(l.ru).toLocaleString('en'),
        dollars(l.cosmos),
        l.executions.toLocaleString('en'),
        dollars(l.functions),
        l.emails.toLocaleString('en'),
        dollars(l.email),
        l.assumptions,
      ]),
    ),
    '',
    `Storage comes on top and dominates a small deployment: Cosmos DB bills at least 1 GB for every container that holds a document ("Pricing model for Azure Cosmos DB"), so the containers Keycard fills cost ${dollars(storageFloorPerMonth())} a month at the least, idle or not; 10,000 subscriptions with their tenants, users and notifications hold well under that.`,
    '',
    `Where the charges differ from Azure's: point reads and writes follow Microsoft's published costs (1 RU a 1 KB read; about 5.5 RU a 1 KB insert and twice that for a replace, \`Optimize request cost\`) within a few percent of a hosted account's recorded charges (create 6.67, replace 11.05). Queries are where the model is weakest: it charges 2.26 RU and 0.0144 per document returned, as a hosted account charged small indexed queries, while Microsoft's planning figure for an indexed query returning up to 100 documents is 10 RU (\`Plan and manage costs\`): a full redemption flow makes ${flowQueries(f.operations)} queries, so at 10 RU each it would cost about ${Math.round(flowQueries(f.operations) * 7.7)} RU more than measured here. Azure also charges more for large documents read by a query and for index lookups on many terms, which the model does not count.`,
    '',
  );

  out.push(
    '## Throughput and tail',
    '',
    "Full redemption flows (start, add a key, confirm, complete with a new tenant: 4 requests, 40 Cosmos DB requests) by 1, 8, 32 and 64 partners at once, each partner one flow after another. The app runs alone in its process (the servers in another: `npm start -- --host-only` beside `--services-only`, the Cosmos DB store answering as Azure's gateway does, with a serverless container's budget of 5,000 RU/s); the load generator in a third, a careful client: a 503 with Retry-After or a 409 `request_in_progress` is sent again after the wait with the same Idempotency-Key (counted as retried). Latency is a whole flow's.",
    '',
    table(
      ['Partners', 'Flows', 'Flows/s', 'p50', 'p95', 'p99', 'p99 / p50', 'Retried', 'Errors'],
      f.throughput.rows.map((r) => [
        r.concurrency,
        r.flows,
        fixed(r.flowsPerSecond, 1),
        ms(r.p50),
        ms(r.p95),
        ms(r.p99),
        `${fixed(r.p99 / r.p50, 1)}×`,
        r.retried ?? 0,
        r.errors,
      ]),
    ),
    '',
    '![Flow latency against concurrent partners](latency.png)',
    '',
    `Memory: the app's process peaked at **${f.throughput.peakRssMiB.toFixed(0)} MiB** resident while 64 partners ran (sampled every 50 ms; its high-water mark since it started, \`VmHWM\`: ${f.throughput.highWaterMiB.toFixed(0)} MiB). V8 sizes its heap to the machine's memory and collects lazily, so that peak is mostly garbage not yet collected: with the heap held to ${f.throughput.limited.heapMiB} MiB (\`--max-old-space-size=${f.throughput.limited.heapMiB}\`), the same 64 partners ran ${f.throughput.limited.row.flowsPerSecond.toFixed(1)} flows/s (p50 ${ms(f.throughput.limited.row.p50)}, p99 ${ms(f.throughput.limited.row.p99)}, ${f.throughput.limited.row.errors} errors) in a peak of **${f.throughput.limited.peakRssMiB.toFixed(0)} MiB**.`,
    '',
  );
  if (notes['throughput']) out.push(notes['throughput'], '');

  const bundle = f.coldStart.bundle;
  out.push(
    '## Cold start',
    '',
    `A fresh \`node\` process loading the whole app as the Functions worker loads it (the stand-in for \`@azure/functions-core\` in place, then \`require\`; every function registered), against bare node. ${COLD_START_ROUNDS} rounds, the variants in turns; medians.`,
    '',
    table(
      ['Variant', 'Median', 'More than bare node'],
      f.coldStart.rows.map((r, i) => [
        r.variant,
        ms(r.medianMs),
        i === 0 ? '' : `+${Math.round(r.overBareMs)} ms`,
      ]),
    ),
    '',
    `The bundle measured is the one \`infra/package.sh\` ships (it zips the same \`${bundle.path}\`, built by the same \`npm run build\`): ${(bundle.bytes / 1024).toFixed(0)} KiB, SHA-256 \`${bundle.sha256}\` (\`dist/package/app.sha256\` after \`npm run package\`).`,
    '',
  );
  if (notes['coldStart']) out.push(notes['coldStart'], '');

  out.push(
    '## Other figures',
    '',
    table(
      ['Figure', 'Value'],
      f.other.map((o) => [o.label, o.value]),
    ),
    '',
  );
  out.push(
    '## How to run it',
    '',
    "`npm run bench` (about ten minutes on 2 cores): it builds, runs every part above, prints the figures as it goes, and writes this file and `latency.png`. `npm run bench -- timers` runs only the timers. It exits non-zero if a request path queries across partitions, if a flow fails under load, or if the timers' documents read grow with the store.",
    '',
  );
  return out.join('\n');
}
