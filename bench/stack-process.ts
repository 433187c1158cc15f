import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { onFreePorts } from '../dev/free-settings';

/**
 * The local stack as `npm start` runs it, in a process of its own (the load generator stays out of
 * its event loop), on free ports, data in a temporary folder.
 */
export const ROOT = join(__dirname, '..', '..');

export interface StackProcess {
  apiBaseUrl: string;
  url: string;
  settings: Record<string, string>;
  startedInMs: number;
  /** The end of what the stack wrote to stderr, and whether it is still running. */
  errors(): string;
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

/** `extraArgs` go to `npm start` (the soak's `--faults`). */
export async function startStackProcess(extraArgs: string[] = []): Promise<StackProcess> {
  const folder = await mkdtemp(join(tmpdir(), 'keycard-bench-'));
  const { settings, httpPort } = await onFreePorts(sampleValues());
  const settingsFile = join(folder, 'local.settings.json');
  await writeFile(settingsFile, JSON.stringify({ Values: settings, Host: { LocalHttpPort: httpPort } }));
  const url = `http://127.0.0.1:${httpPort}`;
  const began = Date.now();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      join(ROOT, 'dist', 'dev', 'start.js'),
      '--settings',
      settingsFile,
      '--data-dir',
      join(folder, 'data'),
      '--fresh',
      '--quiet',
      ...extraArgs,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-20_000)));
  for (;;) {
    const health = await fetch(`${url}/api/v1/health`).catch(() => null);
    if (health?.status === 200) break;
    if (child.exitCode !== null || Date.now() - began > 60_000)
      throw new Error('npm start did not become healthy');
    await sleep(20);
  }
  return {
    apiBaseUrl: `${url}/api/v1`,
    url,
    settings,
    startedInMs: Date.now() - began,
    errors: () => errors,
    running: () => child.exitCode === null && child.signalCode === null,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      await exited;
      await rm(folder, { recursive: true, force: true });
    },
  };
}
