import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { waitForPort } from './ports';

/**
 * Azurite, the storage emulator, as one child process started from node_modules (no global
 * install): one PID, so stopping it stops everything it started.
 */
export const DEV_ACCOUNT = 'devstoreaccount1';
export const DEV_ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface StoragePorts {
  blob: number;
  queue: number;
  table: number;
}

/** Ports of `UseDevelopmentStorage=true` or of an explicit connection string to 127.0.0.1. */
export function storagePortsOf(connectionString: string): StoragePorts | null {
  if (/^UseDevelopmentStorage=true/i.test(connectionString.trim()))
    return { blob: 10000, queue: 10001, table: 10002 };
  const port = (name: string) => {
    const match = new RegExp(`${name}Endpoint=http://(?:127\\.0\\.0\\.1|localhost):(\\d+)`, 'i').exec(
      connectionString,
    );
    return match ? Number(match[1]) : undefined;
  };
  const blob = port('Blob');
  const queue = port('Queue');
  const table = port('Table');
  if (blob === undefined || queue === undefined) return null;
  return { blob, queue, table: table ?? queue + 1 };
}

export function devStorageConnectionString(ports: StoragePorts): string {
  const base = 'http://127.0.0.1';
  return [
    'DefaultEndpointsProtocol=http',
    `AccountName=${DEV_ACCOUNT}`,
    `AccountKey=${DEV_ACCOUNT_KEY}`,
    `BlobEndpoint=${base}:${ports.blob}/${DEV_ACCOUNT}`,
    `QueueEndpoint=${base}:${ports.queue}/${DEV_ACCOUNT}`,
    `TableEndpoint=${base}:${ports.table}/${DEV_ACCOUNT}`,
  ].join(';');
}

/**
 * Azurite runs behind a few lines that end it when its parent goes: its stdin is a pipe from the
 * parent, which the operating system closes however the parent ends (Ctrl-C, kill -9, a crash).
 * Without it a killed `npm start` left Azurite holding its ports, and the next start failed.
 * (`node -e` puts its first argument, Azurite's script, at argv[1], where Azurite expects to be.)
 */
const DIES_WITH_PARENT = [
  "process.stdin.on('end', () => process.exit(0)).on('error', () => process.exit(0)).resume();",
  // Not a reason to stay: a graceful stop (SIGTERM) still ends when Azurite has closed its servers.
  'process.stdin.unref();',
  'require(process.argv[1]);',
].join('\n');

export interface Azurite {
  process: ChildProcess;
  stop(): Promise<void>;
}

export async function startAzurite(options: {
  projectRoot: string;
  ports: StoragePorts;
  /** Folder for its data; null keeps everything in memory (tests). */
  location: string | null;
}): Promise<Azurite> {
  const args = [
    '--silent',
    '--skipApiVersionCheck',
    '--disableTelemetry',
    '--loose',
    '--blobPort',
    String(options.ports.blob),
    '--queuePort',
    String(options.ports.queue),
    '--tablePort',
    String(options.ports.table),
  ];
  if (options.location) {
    await mkdir(options.location, { recursive: true });
    args.push('--location', options.location);
  } else {
    args.push('--inMemoryPersistence');
  }
  const child = spawn(
    process.execPath,
    [
      '-e',
      DIES_WITH_PARENT,
      join(options.projectRoot, 'node_modules', 'azurite', 'dist', 'src', 'azurite.js'),
      ...args,
    ],
    { stdio: ['pipe', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`Azurite exited early (code ${code}): ${stderr.trim()}`))),
  );
  await Promise.race([
    Promise.all([
      waitForPort(options.ports.queue, 20_000, 'Azurite queue service'),
      waitForPort(options.ports.blob, 20_000, 'Azurite blob service'),
    ]),
    exited,
  ]);
  exited.catch(() => undefined);
  return {
    process: child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await gone;
      clearTimeout(timer);
    },
  };
}
