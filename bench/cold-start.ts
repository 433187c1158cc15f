import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { functionFilesFromMain } from '../dev/stack';
import { median } from './measure';
import { packageMain, ROOT } from './stack-process';

/**
 * Cold start: the wall time of a fresh `node` process that loads the whole app (every function
 * registered) as the Functions worker loads it, against a bare `node -e 0` on the same machine. The
 * variants run in turns, ROUNDS times, so a slow moment of the machine touches them all alike; the
 * figure is the median of each.
 */
export const COLD_START_ROUNDS = 21;
export const COLD_START_TARGET_MS = 250;

export interface ColdStartRow {
  variant: string;
  medianMs: number;
  /** Median time over bare node's median. */
  overBareMs: number;
}

export interface ColdStart {
  rows: ColdStartRow[];
  /** The shipped bundle: its path, size and SHA-256 (infra/package.sh writes the same hash). */
  bundle: { path: string; bytes: number; sha256: string };
}

interface Variant {
  name: string;
  args: string[];
  /** Bare node prints nothing; every other variant prints what it loaded, so a failed load cannot pass as fast. */
  bare?: true;
}

function run(variant: Variant): number {
  const began = performance.now();
  const out = execFileSync(process.execPath, variant.args, { encoding: 'utf8' });
  const ms = performance.now() - began;
  if (!variant.bare && !(Number(out.trim()) > 0))
    throw new Error(`nothing loaded: ${variant.args.join(' ')}`);
  return ms;
}

export function benchColdStart(): ColdStart {
  const main = packageMain();
  const bundlePath = join(ROOT, main);
  const loader = join(ROOT, 'dist', 'bench', 'load-app.js');
  const variants: Variant[] = [
    { name: 'bare node (`node -e 0`)', args: ['-e', '0'], bare: true },
    { name: `the package's bundle (\`${main}\`)`, args: [loader, ...functionFilesFromMain(ROOT, main)] },
    {
      name: 'the same bundle, source maps on (`--enable-source-maps`)',
      args: ['--enable-source-maps', loader, bundlePath],
    },
    {
      name: 'the managed identity alone (`dist/app/identity.js`), loaded at the first token request in Azure',
      args: ['-e', `require(${JSON.stringify(join(ROOT, 'dist', 'app', 'identity.js'))}); console.log(1)`],
    },
    {
      name: 'before: the compiled modules one by one (`dist/functions/*.js`)',
      args: [loader, ...functionFilesFromMain(ROOT, 'dist/functions/*.js')],
    },
  ];
  const times = variants.map(() => [] as number[]);
  for (const variant of variants) run(variant); // warm the file cache
  for (let round = 0; round < COLD_START_ROUNDS; round += 1)
    variants.forEach((variant, i) => times[i]?.push(run(variant)));
  const medians = times.map(median);
  const bare = medians[0] ?? NaN;
  const bytes = readFileSync(bundlePath);
  return {
    rows: variants.map((variant, i) => ({
      variant: variant.name,
      medianMs: medians[i] ?? NaN,
      overBareMs: (medians[i] ?? NaN) - bare,
    })),
    bundle: {
      path: main,
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    },
  };
}
