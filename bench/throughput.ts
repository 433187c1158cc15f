import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fullFlow, mint, newPartner, retried } from './api-client';
import { percentile } from './measure';
import { startSplitStack } from './stack-process';

/**
 * Throughput and tail: full redemption flows (start, add key, confirm, complete with a new tenant)
 * by 1, 8, 32 and 64 partners at once, each partner one flow after another. The app runs alone in
 * its process (the servers in another), so its memory is its own: the peak resident set size is
 * sampled every 50 ms while the 64 partners run, and again with the heap held to 128 MiB.
 */
export const CONCURRENCY = [1, 8, 32, 64] as const;
/** Flows at each level: enough for a p99 of its own (a few hundred), few enough to finish in a minute. */
const FLOWS: Record<(typeof CONCURRENCY)[number], number> = { 1: 60, 8: 240, 32: 320, 64: 384 };
export const TAIL_TARGET = 4;
/**
 * V8 sizes its heap to the machine (here many GiB) and collects lazily, so an unlimited peak says
 * little about what the app needs: the 64-partner level runs again with the heap held to this.
 */
const LIMITED_HEAP_MIB = 128;

export interface ThroughputRow {
  concurrency: number;
  flows: number;
  flowsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** Requests sent again after a 503 with Retry-After or a 409 request_in_progress, as the contract asks. */
  retried: number;
}

export interface Throughput {
  rows: ThroughputRow[];
  /** Peak RSS of the app's process while 64 partners run, and its VmHWM (peak since it started). */
  peakRssMiB: number;
  highWaterMiB: number;
  /** The 64-partner level again, the app's old generation held to `heapMiB`. */
  limited: { heapMiB: number; row: ThroughputRow; peakRssMiB: number };
}

function memoryMiB(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return kib / 1024;
}

async function level(
  baseUrl: string,
  tokens: string[],
  keys: string[],
  flowsEach: number,
): Promise<Omit<ThroughputRow, 'concurrency'>> {
  const latencies: number[] = [];
  let errors = 0;
  const retriedBefore = retried.count;
  let next = 0;
  const began = performance.now();
  await Promise.all(
    tokens.map(async (token) => {
      for (let f = 0; f < flowsEach; f += 1) {
        const key = keys[next++] as string;
        const start = performance.now();
        try {
          await fullFlow(baseUrl, token, key);
          latencies.push(performance.now() - start);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  const seconds = (performance.now() - began) / 1000;
  return {
    flows: latencies.length,
    flowsPerSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors,
    retried: retried.count - retriedBefore,
  };
}

/** Runs the levels on a fresh split stack; the RSS is sampled during the last one. */
async function runLevels(
  levels: readonly (typeof CONCURRENCY)[number][],
  appNodeOptions: string[] = [],
): Promise<{ rows: ThroughputRow[]; peakRssMiB: number; highWaterMiB: number }> {
  const stack = await startSplitStack(appNodeOptions);
  try {
    const operator = stack.settings['OPERATOR_TOKEN'] as string;
    const rows: ThroughputRow[] = [];
    let peakRssMiB = 0;
    for (const concurrency of levels) {
      const flowsEach = FLOWS[concurrency] / concurrency;
      const keys = await mint(stack.apiBaseUrl, operator, FLOWS[concurrency]);
      const tokens = await Promise.all(
        Array.from({ length: concurrency }, (_, i) =>
          newPartner(stack.apiBaseUrl, operator, `load-${concurrency}-${i}`),
        ),
      );
      const sampler =
        concurrency === levels.at(-1)
          ? setInterval(() => (peakRssMiB = Math.max(peakRssMiB, memoryMiB(stack.appPid, 'VmRSS'))), 50)
          : undefined;
      try {
        rows.push({ concurrency, ...(await level(stack.apiBaseUrl, tokens, keys, flowsEach)) });
      } finally {
        clearInterval(sampler);
      }
    }
    return { rows, peakRssMiB, highWaterMiB: memoryMiB(stack.appPid, 'VmHWM') };
  } finally {
    await stack.stop();
  }
}

export async function benchThroughput(): Promise<Throughput> {
  const free = await runLevels(CONCURRENCY);
  const limited = await runLevels([64], [`--max-old-space-size=${LIMITED_HEAP_MIB}`]);
  const [row] = limited.rows;
  if (!row) throw new Error('the limited run made no figures');
  return { ...free, limited: { heapMiB: LIMITED_HEAP_MIB, row, peakRssMiB: limited.peakRssMiB } };
}
