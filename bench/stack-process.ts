import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { onFreePorts } from '../dev/free-settings';

/**
 * The local stack as `npm start` runs it, in a process of its own (the load generator stays out of
 * its event loop), on free ports, data in a temporary folder.
 */
export const ROOT = projectRoot(__dirname);

/** The folder holding package.json: two up from dist/bench, one up from bench (tests load sources). */
function projectRoot(start: string): string {
  let folder = start;
  while (!existsSync(join(folder, 'package.json')) && dirname(folder) !== folder) folder = dirname(folder);
  return folder;
}

export interface StackProcess {
  apiBaseUrl: string;
  url: string;
  settings: Record<string, string>;
  startedInMs: number;
  /** The end of what the stack wrote to stderr, and whether it is still running. */
  errors(): string;
  /** The end of everything it wrote (stdout, then stderr): to find what it said of one request. */
  logs(): string;
  /** How many secrets (webhook secrets, tokens) appeared in anything the stack wrote, whole run. */
  secretsSeen(): number;
  /** Where (the lines, each secret masked), the first few. */
  secretsWhere(): string[];
  /** How many SDK requests shared/stray-aborts.ts absorbed, whole run. */
  strayAborts(): number;
  running(): boolean;
  stop(): Promise<void>;
}

/** The settings of local.settings.sample.json, which `npm start` copies on a fresh machine. */
export function sampleValues(): Record<string, string> {
  return (
    JSON.parse(readFileSync(join(ROOT, 'local.settings.sample.json'), 'utf8')) as {
      Values: Record<string, string>;
    }
  ).Values;
}

/** What package.json `main` names: the bundle the Functions runtime loads (dev/bundle-app.mjs). */
export function packageMain(): string {
  return (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { main: string }).main;
}

function startProcess(
  args: string[],
  nodeOptions: string[] = [],
): {
  child: ChildProcess;
  errors: () => string;
  output: () => string;
  secretsSeen: () => number;
  strayAborts: () => number;
  secretsWhere: () => string[];
} {
  const child = spawn(process.execPath, [...nodeOptions, join(ROOT, 'dist', 'dev', 'start.js'), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  let output = '';
  const seen = secretWatch();
  child.stderr?.on('data', (chunk: Buffer) => (errors = (errors + seen.scan('err', chunk)).slice(-20_000)));
  child.stdout?.on('data', (chunk: Buffer) => (output = (output + seen.scan('out', chunk)).slice(-20_000)));
  return {
    child,
    errors: () => errors,
    output: () => output,
    secretsSeen: () => seen.count,
    secretsWhere: () => seen.where,
    strayAborts: () => seen.strayAborts,
  };
}

/** A webhook secret or a partner, admin or offer token, as they are issued. */
const SECRET = /whsec_[A-Za-z0-9+/]{16}|kc[pao]_[A-Za-z0-9_-]{20}/g;
/**
 * The one line that shows a secret on purpose: `npm start`'s banner gives the demo partner's token to
 * the person who started the stack, once (dev/start.ts). Nothing else may.
 */
const ANNOUNCED = /^\s+Partner token\s/;

/** What shared/stray-aborts.ts logs for an SDK request aborted after its caller moved on. */
const STRAY_ABORT = 'aborted after its caller had moved on';

/**
 * Counts secrets (and stray aborts) in what a process writes, line by line (a line split between two chunks is read
 * whole): any count is a violation. `where` keeps the first few lines, each secret masked.
 */
function secretWatch(): {
  scan: (stream: string, chunk: Buffer) => string;
  count: number;
  where: string[];
  strayAborts: number;
} {
  const partial = new Map<string, string>();
  const watch = {
    count: 0,
    strayAborts: 0,
    where: [] as string[],
    scan(stream: string, chunk: Buffer): string {
      const text = chunk.toString();
      const lines = ((partial.get(stream) ?? '') + text).split('\n');
      partial.set(stream, (lines.pop() ?? '').slice(-4_096));
      for (const line of lines) {
        if (line.includes(STRAY_ABORT)) watch.strayAborts += 1;
        const found = ANNOUNCED.test(line) ? 0 : (line.match(SECRET)?.length ?? 0);
        if (found === 0) continue;
        watch.count += found;
        if (watch.where.length < 5)
          watch.where.push(line.replace(SECRET, (m) => `${m.slice(0, 6)}…`).slice(0, 300));
      }
      return text;
    },
  };
  return watch;
}

async function until(ready: () => Promise<boolean>, child: ChildProcess, what: string): Promise<void> {
  const began = Date.now();
  while (!(await ready())) {
    if (child.exitCode !== null || Date.now() - began > 60_000) throw new Error(`${what} did not start`);
    await sleep(20);
  }
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGINT');
  await exited;
}

/** A temporary folder with a local.settings.json on free ports. */
async function freshSettings() {
  const folder = await mkdtemp(join(tmpdir(), 'keycard-bench-'));
  const { settings, httpPort } = await onFreePorts(sampleValues());
  const settingsFile = join(folder, 'local.settings.json');
  await writeFile(settingsFile, JSON.stringify({ Values: settings, Host: { LocalHttpPort: httpPort } }));
  const url = `http://127.0.0.1:${httpPort}`;
  const healthy = async () => (await fetch(`${url}/api/v1/health`).catch(() => null))?.status === 200;
  return { folder, settings, settingsFile, url, healthy };
}

/**
 * `extraArgs` go to `npm start` (the soak's `--faults`). `quiet` (the benches) leaves out the line
 * each request logs; the soak keeps every line, so its secret check reads all the stack says.
 */
export async function startStackProcess(
  extraArgs: string[] = [],
  { quiet = true }: { quiet?: boolean } = {},
): Promise<StackProcess> {
  const { folder, settings, settingsFile, url, healthy } = await freshSettings();
  const began = Date.now();
  const stack = startProcess([
    '--settings',
    settingsFile,
    '--data-dir',
    join(folder, 'data'),
    '--fresh',
    ...(quiet ? ['--quiet'] : []),
    ...extraArgs,
  ]);
  await until(healthy, stack.child, 'npm start');
  return {
    apiBaseUrl: `${url}/api/v1`,
    url,
    settings,
    startedInMs: Date.now() - began,
    errors: stack.errors,
    logs: () => stack.output() + stack.errors(),
    secretsSeen: stack.secretsSeen,
    secretsWhere: stack.secretsWhere,
    strayAborts: stack.strayAborts,
    running: () => stack.child.exitCode === null && stack.child.signalCode === null,
    async stop() {
      await stopProcess(stack.child);
      await rm(folder, { recursive: true, force: true });
    },
  };
}

/**
 * The same stack in two processes: the servers (`--services-only`) in one, the Functions host with
 * the app alone in the other (`--host-only`), so the app's own memory can be read (`appPid`), and
 * the host can be killed (`kill -9`) and started again while the store lives on.
 */
export async function startSplitStack(
  appNodeOptions: string[] = [],
): Promise<StackProcess & { appPid: number; killApp(): Promise<void>; startApp(): Promise<void> }> {
  const { folder, settings, settingsFile, url, healthy } = await freshSettings();
  const began = Date.now();
  const common = ['--settings', settingsFile, '--quiet'];
  const services = startProcess([
    ...common,
    '--services-only',
    '--fresh',
    '--data-dir',
    join(folder, 'data'),
  ]);
  await until(async () => services.output().includes('Press Ctrl-C'), services.child, 'the services');
  let app = startProcess([...common, '--host-only'], appNodeOptions);
  await until(healthy, app.child, 'the host');
  return {
    apiBaseUrl: `${url}/api/v1`,
    url,
    settings,
    startedInMs: Date.now() - began,
    get appPid() {
      return app.child.pid as number;
    },
    errors: () => app.errors() + services.errors(),
    logs: () => app.output() + app.errors() + services.output() + services.errors(),
    secretsSeen: () => app.secretsSeen() + services.secretsSeen(),
    secretsWhere: () => [...app.secretsWhere(), ...services.secretsWhere()],
    strayAborts: () => app.strayAborts() + services.strayAborts(),
    running: () => app.child.exitCode === null && services.child.exitCode === null,
    async killApp() {
      const exited = new Promise((resolve) => app.child.once('exit', resolve));
      app.child.kill('SIGKILL');
      await exited;
    },
    async startApp() {
      app = startProcess([...common, '--host-only'], appNodeOptions);
      await until(healthy, app.child, 'the host');
    },
    async stop() {
      await stopProcess(app.child);
      await stopProcess(services.child);
      await rm(folder, { recursive: true, force: true });
    },
  };
}
