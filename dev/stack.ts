import type { CosmosClient } from '@azure/cosmos';
import { createCosmosClient } from '../shared/adapters/cosmos/client';
import { readdirSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { dirname, join } from 'node:path';
import { loadConfig } from '../shared/config';
import type * as sourceRuntime from '../shared/runtime';
import type { RuntimeOptions } from '../shared/runtime';
import { localAdminRoutes } from './admin';
import { startAzurite, storagePortsOf, type Azurite } from './azurite';
import { AdjustableClock } from './clock';
import {
  attachJournal,
  foldJournal,
  journalFiles,
  nextJournalFile,
  type CosmosJournal,
  serialFolds,
  type SerialFolds,
} from './cosmos-journal';
import { startCosmosGateway, type CosmosGateway } from './cosmos-gateway/gateway';
import {
  loadDump,
  provisionCosmos,
  readSnapshot,
  saveSnapshot,
  startCosmosServer,
  stopServer,
  writeSnapshot,
} from './cosmos-server';
import {
  parseAcsConnectionString,
  startEmailServer,
  type EmailQuota,
  type LocalEmailServer,
} from './email-server';
import type { FunctionsCore } from './functions-host/core-module';
import {
  loadFunctionApp,
  startFunctionsHost,
  type FunctionsHost,
  type FunctionsHostOptions,
  type HostJson,
} from './functions-host/host';
import type { Logger } from './functions-host/http';
import {
  applyFaultChange,
  startFaultProxies,
  type FaultChange,
  type FaultProxies,
  type FaultProxy,
  type FaultService,
} from './faults';
import { assertPortFree } from './ports';
import { provisionQueues } from './queues';
import { WebhookReceiver } from './webhook-receiver';
import { endpointSecretsIn } from './webhook-secrets';

/**
 * The whole local stack in one process: the embedded Cosmos DB server, Azurite, the local email
 * endpoint and the local Functions host, each started only where the settings point at this
 * machine (set COSMOS_ENDPOINT to a real emulator or account and no local server is started).
 */
export interface LocalStackOptions {
  projectRoot: string;
  /** The `Values` of local.settings.json: app settings, as environment variables. */
  settings: Record<string, string>;
  httpPort: number;
  /** Where data survives restarts; null keeps everything in memory (tests, benchmarks). */
  dataDir: string | null;
  fresh?: boolean;
  functionFiles: string[];
  hostJson: HostJson;
  timers: 'schedule' | 'manual';
  log: Logger;
  /** False: only the servers (Cosmos DB, Azurite, email), for `func start` to host the functions. */
  withHost?: boolean;
  /**
   * False: only the Functions host, on servers another process runs (`npm start -- --services-only`):
   * the bench measures the app's process on its own this way.
   */
  withServices?: boolean;
  /** Wraps the app's store port (benchmarks count calls through it). */
  wrapStore?: RuntimeOptions['wrapStore'];
  /** Wraps the app's queue port (the overhead bench times what is sent). */
  wrapQueue?: RuntimeOptions['wrapQueue'];
  /** Told of every HTTP request the host served, with its duration at the host. */
  onServed?: FunctionsHostOptions['onServed'];
  /** False: queue triggers run only when invoked (benchmarks); default true. */
  queues?: boolean;
  /** Sending limits of the local email endpoint, as ACS enforces them (none by default). */
  emailQuota?: EmailQuota[];
  /**
   * Puts a fault-injecting proxy in front of each local service (dev/faults.ts), with these faults to
   * begin with (`{}`: none yet); `POST /admin/faults` changes them. Unset: no proxies.
   */
  faults?: FaultChange;
  /**
   * The local Cosmos DB store as Azure's gateway answers it (dev/cosmos-gateway): its partition key
   * ranges and request-unit budget (defaults: 1 range, 5,000 RU/s a container; 0 is no limit).
   * `false` serves the embedded server as it is, for debugging only: never how the app is tested.
   */
  cosmosGateway?: Partial<CosmosGatewaySettings> | false;
  /** The size past which the Cosmos DB journal is folded into the snapshot (default 64 MB). */
  journalFoldBytes?: number;
}

/** Past this, the journal is folded into the snapshot while the stack runs (dev/cosmos-journal.ts). */
export const JOURNAL_FOLD_BYTES = 64 * 1024 * 1024;

export interface CosmosGatewaySettings {
  ranges: number;
  ruPerSecond: number;
}

export const DEFAULT_COSMOS_GATEWAY: CosmosGatewaySettings = { ranges: 1, ruPerSecond: 5_000 };

export interface LocalStack {
  url: string;
  apiBaseUrl: string;
  inboxUrl: string;
  settings: Record<string, string>;
  clock: AdjustableClock;
  host: FunctionsHost | null;
  mail: LocalEmailServer | null;
  cosmos: CosmosClient;
  /** The Azure-shaped gateway in front of the local Cosmos DB server, unless turned off. */
  cosmosGateway: CosmosGateway | null;
  /** The embedded Cosmos DB server itself, behind the gateway (tests put gateways of their own in front). */
  cosmosServerEndpoint: string | null;
  /** The fault-injecting proxies, when started with `faults`. */
  faults: Map<FaultService, FaultProxy> | null;
  /** The webhook receiver at /admin/webhooks (with the host only); its `secretsFor` checks signatures. */
  webhooks?: WebhookReceiver;
  /** Folds the Cosmos DB journal into the snapshot now (it happens by itself past a size). */
  foldJournal(): Promise<void>;
  stop(): Promise<void>;
}

function localPort(url: string): number | null {
  const match = /^http:\/\/(?:127\.0\.0\.1|localhost)(?::(\d+))?\/?$/i.exec(url.trim());
  return match ? Number(match[1] ?? 80) : null;
}

/** What a loaded app gives its host to build and pass its runtime. */
interface RuntimeHooks {
  createRuntime: typeof sourceRuntime.createRuntime;
  useRuntime: (runtime: sourceRuntime.Runtime) => void;
}

/**
 * The app, loaded as the worker loads it, and its composition root: the bundle (dev/bundle-app.mjs)
 * exports its own, so the clock and the store wrapper go into the code that ships, not into a copy of
 * it, and each load of it is an app instance of its own.
 */
async function loadApp(functionFiles: string[]): Promise<{ app: FunctionsCore; hooks: RuntimeHooks }> {
  const app = await loadFunctionApp(functionFiles);
  for (const loaded of app.exports as (Partial<RuntimeHooks> | undefined)[]) {
    if (loaded?.createRuntime && loaded.useRuntime)
      return { app, hooks: { createRuntime: loaded.createRuntime, useRuntime: loaded.useRuntime } };
  }
  throw new Error(
    `${functionFiles.join(', ')} exports no createRuntime and useRuntime: the local stack serves the bundle (npm run build).`,
  );
}

/** The files `package.json` `main` names (a glob such as `dist/functions/*.js`), as the worker loads them. */
export function functionFilesFromMain(projectRoot: string, main: string): string[] {
  const folder = join(projectRoot, dirname(main));
  const pattern = main.slice(main.lastIndexOf('/') + 1);
  if (!pattern.includes('*')) return [join(projectRoot, main)];
  const matcher = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
  return readdirSync(folder)
    .filter((name) => matcher.test(name))
    .sort()
    .map((name) => join(folder, name));
}

export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const settings = { ...options.settings };
  const withServices = options.withServices ?? true;
  const cosmosPort = withServices ? localPort(settings['COSMOS_ENDPOINT'] ?? '') : null;
  const storagePorts = withServices ? storagePortsOf(settings['AzureWebJobsStorage'] ?? '') : null;
  const acs = settings['ACS_CONNECTION_STRING']
    ? parseAcsConnectionString(settings['ACS_CONNECTION_STRING'])
    : null;
  const emailPort = acs && withServices ? localPort(acs.endpoint) : null;

  const withHost = options.withHost ?? true;
  if (withHost) await assertPortFree(options.httpPort, 'Functions host', 'Host.LocalHttpPort');
  if (cosmosPort !== null) await assertPortFree(cosmosPort, 'Cosmos DB', 'the port of COSMOS_ENDPOINT');
  if (storagePorts) {
    for (const [service, port] of Object.entries(storagePorts)) {
      await assertPortFree(
        port,
        `Azurite ${service}`,
        'AzureWebJobsStorage (a connection string with other ports)',
      );
    }
  }
  if (emailPort !== null)
    await assertPortFree(emailPort, 'local email endpoint', 'the endpoint port of ACS_CONNECTION_STRING');

  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse())
      await stop().catch((error) => options.log(`stopping: ${String(error)}`));
    stops.length = 0;
  };

  try {
    if (options.dataDir && options.fresh) await rm(options.dataDir, { recursive: true, force: true });
    if (options.dataDir) await mkdir(options.dataDir, { recursive: true });

    const clock = new AdjustableClock();
    let foldJournalNow: SerialFolds = Object.assign(async () => undefined, {
      settled: async () => undefined,
    });
    let cosmosServer: Server | undefined;
    let journal: CosmosJournal | null = null;
    let cosmosGateway: CosmosGateway | null = null;
    let cosmosServerEndpoint: string | null = null;
    if (cosmosPort !== null) {
      const gatewaySettings =
        options.cosmosGateway === false ? null : { ...DEFAULT_COSMOS_GATEWAY, ...options.cosmosGateway };
      const started = await startCosmosServer(gatewaySettings ? 0 : cosmosPort);
      cosmosServer = started.server;
      cosmosServerEndpoint = started.endpoint;
      stops.push(() => stopServer(cosmosServer as Server));
      if (options.dataDir)
        journal = attachJournal(cosmosServer, {
          foldAtBytes: options.journalFoldBytes ?? JOURNAL_FOLD_BYTES,
          onFull: () => void foldJournalNow(),
        });
      if (gatewaySettings) {
        const gateway = await startCosmosGateway({
          upstreamPort: Number(new URL(started.endpoint).port),
          port: cosmosPort,
          ...gatewaySettings,
          now: () => clock.now(),
        });
        cosmosGateway = gateway;
        stops.push(() => gateway.stop());
      }
    }
    let azurite: Azurite | undefined;
    if (storagePorts) {
      azurite = await startAzurite({
        projectRoot: options.projectRoot,
        ports: storagePorts,
        location: options.dataDir ? join(options.dataDir, 'azurite') : null,
      });
      stops.push(() => (azurite as Azurite).stop());
    }
    let mail: LocalEmailServer | null = null;
    if (acs && emailPort !== null) {
      mail = await startEmailServer({
        port: emailPort,
        accessKey: acs.accessKey,
        stackClock: () => clock.now(),
        ...(options.emailQuota ? { quota: options.emailQuota } : {}),
      });
      stops.push(() => (mail as LocalEmailServer).stop());
    }

    // Provisioning and snapshots go straight to the servers (uncharged, never throttled); the app goes
    // through the gateway and the fault proxies.
    const direct = loadConfig(
      cosmosServerEndpoint ? { ...settings, COSMOS_ENDPOINT: cosmosServerEndpoint } : settings,
    );
    const cosmos = createCosmosClient(direct);
    await provisionCosmos(cosmos, direct.COSMOS_DATABASE);
    if (direct.AzureWebJobsStorage)
      await provisionQueues(direct.AzureWebJobsStorage, direct.NOTIFICATIONS_QUEUE, direct.WEBHOOKS_QUEUE);
    let faults: FaultProxies | null = null;
    if (options.faults) {
      faults = await startFaultProxies(settings);
      await applyFaultChange(faults.proxies, options.faults);
      stops.push(() => (faults as FaultProxies).stop());
      Object.assign(settings, faults.settings);
    }
    // App settings are environment variables for the app (and for %SETTING% in bindings).
    Object.assign(process.env, settings);
    const config = loadConfig(settings);

    const clockFile = options.dataDir ? join(options.dataDir, 'clock.json') : null;
    const activeJournal = journal;
    if (options.dataDir && activeJournal) {
      const dataDir = options.dataDir;
      // The last snapshot plus every change journaled since: what was acknowledged before a crash.
      const snapshotFile = join(dataDir, 'cosmos.json');
      const files = await journalFiles(dataDir);
      const { dump, changes } = await foldJournal(await readSnapshot(snapshotFile), files);
      const restored = await loadDump(cosmos, config.COSMOS_DATABASE, dump);
      if (restored > 0) options.log(`Restored ${restored} documents (${changes} from the journal).`);
      // The folded state is on disk before the journals go, so a crash now loses nothing.
      if (changes > 0) await writeSnapshot(snapshotFile, dump);
      for (const file of files) await rm(file, { force: true });
      activeJournal.open(nextJournalFile(dataDir, files));
      foldJournalNow = serialFolds(
        async () => {
          // Journaling moves to a new file first; the snapshot then holds at least what the old ones
          // did, and only then do they go (see dev/cosmos-journal.ts for why a crash loses nothing).
          const older = await journalFiles(dataDir);
          activeJournal.rotate(nextJournalFile(dataDir, older));
          await saveSnapshot(cosmos, config.COSMOS_DATABASE, snapshotFile);
          for (const file of older) await rm(file, { force: true });
        },
        (error) => options.log(`folding the Cosmos DB journal failed: ${String(error)}`),
      );
      stops.push(async () => {
        await foldJournalNow.settled();
        await saveSnapshot(cosmos, config.COSMOS_DATABASE, snapshotFile);
        activeJournal.empty();
      });
    }
    if (clockFile) {
      const saved = await readFile(clockFile, 'utf8').catch(() => null);
      if (saved)
        clock.advance(Math.max(0, Number((JSON.parse(saved) as { offsetMs?: number }).offsetMs ?? 0)));
      // Saved as soon as it moves, so a crash keeps the local date the data was made under.
      clock.onChange = (offsetMs) => writeFileSync(clockFile, JSON.stringify({ offsetMs }));
    }

    if (!withHost) {
      return {
        url: '',
        apiBaseUrl: '',
        inboxUrl: mail ? `${mail.endpoint}admin/mail.html` : '',
        settings,
        clock,
        host: null,
        mail,
        cosmos,
        cosmosGateway,
        cosmosServerEndpoint,
        faults: faults?.proxies ?? null,
        foldJournal: () => foldJournalNow(),
        stop: stopAll,
      };
    }
    const { app, hooks } = await loadApp(options.functionFiles);
    const runtime = hooks.createRuntime(config, {
      clock,
      ...(options.wrapStore ? { wrapStore: options.wrapStore } : {}),
      ...(options.wrapQueue ? { wrapQueue: options.wrapQueue } : {}),
    });
    hooks.useRuntime(runtime);
    stops.push(async () => runtime.cosmos.dispose());

    let pastDue: (from: Date, to: Date) => Promise<string[]> = async () => [];
    const secretsFor = endpointSecretsIn(runtime, { cosmos, databaseId: direct.COSMOS_DATABASE });
    const webhooks = new WebhookReceiver({ clock, secretsFor });
    const host = await startFunctionsHost({
      functionFiles: options.functionFiles,
      app,
      hostJson: options.hostJson,
      port: options.httpPort,
      env: process.env,
      timers: options.timers,
      queues: (options.queues ?? true) && Boolean(settings['AzureWebJobsStorage']),
      admin: localAdminRoutes(
        clock,
        () => mail?.received() ?? [],
        (from, to) => pastDue(from, to),
        faults?.proxies ?? null,
        cosmosGateway,
        webhooks,
      ),
      log: options.log,
      ...(options.onServed ? { onServed: options.onServed } : {}),
    });
    pastDue = (from, to) => host.runPastDue(from, to);
    stops.push(() => host.stop());

    return {
      url: host.url,
      apiBaseUrl: host.apiBaseUrl,
      inboxUrl: `${host.url}/admin/mail.html`,
      settings,
      clock,
      host,
      mail,
      cosmos,
      cosmosGateway,
      cosmosServerEndpoint,
      faults: faults?.proxies ?? null,
      webhooks,
      foldJournal: () => foldJournalNow(),
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
