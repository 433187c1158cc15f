import type { Timer } from '@azure/functions';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { installFunctionsCore, withFreshCore, type FunctionsCore, type Registration } from './core-module';
import {
  AZURE_HTTP_LIMITS,
  findHttpFunction,
  type HttpLimits,
  httpFunctions,
  type HttpFunction,
  invocationContext,
  shadowedRoutes,
  readBody,
  serveHttpFunction,
  type Logger,
} from './http';
import {
  AZURE_CORE_NETWORK_TIMEOUT_MS,
  decodeMessage,
  startQueuePoller,
  type QueuePoller,
  type QueueSettings,
} from './queues';
import { parseSchedule, scheduleTimer, type TimerJob } from './timers';

/**
 * A small, faithful stand-in for the Azure Functions host: it loads the app the way the worker does
 * (see core-module.ts), serves HTTP triggers under `routePrefix`, runs timers on their NCRONTAB
 * schedules and polls storage queues, and offers Core Tools' `POST /admin/functions/{name}`.
 */
export interface HostJson {
  extensions?: {
    http?: { routePrefix?: string };
    queues?: {
      maxDequeueCount?: number;
      visibilityTimeout?: string;
      batchSize?: number;
      messageEncoding?: 'base64' | 'none';
      maxPollingInterval?: string;
    };
  };
}

/** Extra routes outside the API (the local stack's `/admin/clock`, `/admin/mail`). */
export type AdminRoutes = (req: IncomingMessage, res: ServerResponse, path: string) => Promise<boolean>;

export interface FunctionsHostOptions {
  functionFiles: string[];
  /** The app, loaded already (its runtime passed); else the host loads `functionFiles`. */
  app?: FunctionsCore;
  hostJson: HostJson;
  port: number;
  hostname?: string;
  env: NodeJS.ProcessEnv;
  /** 'schedule' runs timers on their schedules; 'manual' only through /admin/functions (tests). */
  timers: 'schedule' | 'manual';
  queues: boolean;
  admin?: AdminRoutes;
  log: Logger;
  /** Azure's HTTP limits by default; tests shorten the response timeout. */
  httpLimits?: Partial<HttpLimits>;
  /** The queue listener's network timeout: Azure's 100 s by default; tests of a black-holed queue shorten it. */
  queueNetworkTimeoutMs?: number;
  /**
   * Told of every request an HTTP function served, with its duration as the host measures it (from
   * the request's arrival to the response's last byte, as Azure's request telemetry does).
   */
  onServed?: (served: { functionName: string; status: number; ms: number }) => void;
}

export interface FunctionsHost {
  url: string;
  apiBaseUrl: string;
  registrations: ReadonlyMap<string, Registration>;
  /** Runs a timer or queue function now, as `POST /admin/functions/{name}` does. */
  invoke(name: string, input?: unknown): Promise<void>;
  /**
   * Fires a timer as its schedule does (the same callback croner calls), paused or not: a failed run
   * is logged and nothing is thrown, as the Functions host treats a failed timer invocation.
   */
  fireSchedule(name: string): Promise<void>;
  /** Waits until every queue trigger has handled what its queue held. */
  drainQueues(): Promise<void>;
  /**
   * Runs once, past due, every timer whose schedule fired between `from` and `to` (the stack's clock
   * moved forward): as Azure runs a timer that missed its schedule (isPastDue). Not when timers are
   * manual. Returns the names of the timers run.
   */
  runPastDue(from: Date, to: Date): Promise<string[]>;
  stop(): Promise<void>;
}

/**
 * Loads a function file as the Node worker does (azure-functions-nodejs-worker, src/loadScriptFile.ts):
 * `require` for CommonJS, which the bundle is, so Node itself compiles what ships, even under a test
 * runner; `import()` for ES modules and for TypeScript sources, which only the test runner can load.
 */
export async function loadScript(file: string): Promise<unknown> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- as the worker loads CommonJS
  if (file.endsWith('.js') || file.endsWith('.cjs')) return require(file) as unknown;
  return import(file);
}

/** A loaded app: what it registered, and what its files export (the bundle's runtime hooks). */
export interface LoadedApp {
  core: FunctionsCore;
  exports: unknown[];
}

/**
 * Imports the app's function files with the stand-in core module in place. A bundle (CommonJS) is
 * evaluated afresh each time, an app instance of its own with its own registrations; sources, which
 * only the test runner loads and a process evaluates once, share one core. An `@azure/functions` this
 * host was not checked against stops the load at its first `app.*` call, before any function registers
 * (core-module.ts, `setProgrammingModel`; checked-library.ts lists the versions).
 */
export async function loadFunctionApp(functionFiles: string[]): Promise<FunctionsCore & LoadedApp> {
  const bundled = functionFiles.length > 0 && functionFiles.every((f) => /\.c?js$/.test(f));
  const load = async (core: FunctionsCore) => {
    const exports: unknown[] = [];
    for (const file of functionFiles) {
      const before = new Set(core.registrations.keys());
      // A fresh instance of the bundle: evaluated again, with its own registrations and runtime.
      if (bundled) delete require.cache[require.resolve(file)];
      exports.push(await loadScript(file));
      if (!core.registeredBy.has(file))
        core.registeredBy.set(
          file,
          [...core.registrations.keys()].filter((name) => !before.has(name)),
        );
    }
    return Object.assign(core, { core, exports });
  };
  return bundled ? withFreshCore(load) : load(installFunctionsCore());
}

function timeSpanSeconds(value: string | undefined, fallback: number): number {
  const match = value ? /^(\d+):(\d{2}):(\d{2})$/.exec(value) : null;
  if (!match) return fallback;
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

export function queueSettingsOf(
  hostJson: HostJson,
  networkTimeoutMs = AZURE_CORE_NETWORK_TIMEOUT_MS,
): QueueSettings {
  const queues = hostJson.extensions?.queues ?? {};
  return {
    networkTimeoutMs,
    maxDequeueCount: queues.maxDequeueCount ?? 5,
    visibilityTimeoutSeconds: timeSpanSeconds(queues.visibilityTimeout, 0),
    batchSize: queues.batchSize ?? 16,
    messageEncoding: queues.messageEncoding ?? 'base64',
    maxPollingIntervalMs: timeSpanSeconds(queues.maxPollingInterval, 2) * 1000,
  };
}

function timerArgument(pastDue: boolean): Timer {
  return {
    isPastDue: pastDue,
    schedule: { adjustForDST: false },
    scheduleStatus: undefined,
  } as unknown as Timer;
}

/** Path segments that look like secrets (tokens in offer links) are not written to the log. */
function loggablePath(path: string): string {
  return path
    .split('/')
    .map((segment) => (segment.length > 40 || /^kc[a-z]_/.test(segment) ? '…' : segment))
    .join('/');
}

export async function startFunctionsHost(options: FunctionsHostOptions): Promise<FunctionsHost> {
  const core = options.app ?? (await loadFunctionApp(options.functionFiles));
  const registrations = core.registrations;
  const routePrefix = (options.hostJson.extensions?.http?.routePrefix ?? 'api').replace(/^\/|\/$/g, '');
  const http = httpFunctions(registrations.values());
  const queueSettings = queueSettingsOf(options.hostJson, options.queueNetworkTimeoutMs);
  const log = options.log;
  const limits: HttpLimits = { ...AZURE_HTTP_LIMITS, ...options.httpLimits };
  for (const shadowed of shadowedRoutes(http))
    log(`warning: ${shadowed} (Azure routes by function name; rename one of them)`);

  async function runTimer(registration: Registration, pastDue: boolean): Promise<void> {
    try {
      await registration.handler(timerArgument(pastDue), invocationContext(registration, log));
    } catch (error) {
      log(`[${registration.name}] failed: ${String((error as Error).stack ?? error)}`);
      throw error;
    }
  }

  async function runQueueFunction(
    registration: Registration,
    payload: unknown,
    metadata: Record<string, unknown>,
  ) {
    await registration.handler(payload, invocationContext(registration, log, metadata));
  }

  async function invoke(name: string, input?: unknown): Promise<void> {
    const registration = registrations.get(name);
    if (!registration) throw new Error(`No function named ${name}.`);
    if (registration.trigger.type === 'timerTrigger') return runTimer(registration, false);
    if (registration.trigger.type === 'queueTrigger') {
      const payload = typeof input === 'string' ? decodeMessage(input, 'none') : input;
      return runQueueFunction(registration, payload, { dequeueCount: 1 });
    }
    throw new Error(`${name} is an HTTP function; call its route instead.`);
  }

  async function adminInvoke(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    const registration = registrations.get(name);
    if (!registration || registration.trigger.type === 'httpTrigger') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`No timer or queue function named ${name}.\n`);
      return;
    }
    const body = (await readBody(req)).toString('utf8');
    let input: unknown;
    try {
      input = body ? (JSON.parse(body) as { input?: unknown }).input : undefined;
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('Body must be JSON: {"input": "..."}\n');
      return;
    }
    try {
      await invoke(name, input);
      res.writeHead(202).end();
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(`${name} failed: ${String(error)}\n`);
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse, baseUrl: string): Promise<void> {
    const arrived = performance.now();
    const url = new URL(req.url ?? '/', baseUrl);
    const path = url.pathname;
    let served: HttpFunction | undefined;
    res.on('finish', () => {
      const ms = performance.now() - arrived;
      log(`${req.method} ${loggablePath(path)} → ${res.statusCode} (${Math.round(ms)} ms)`);
      if (served) options.onServed?.({ functionName: served.registration.name, status: res.statusCode, ms });
    });
    if (Buffer.byteLength(req.url ?? '') > limits.maxUrlBytes) {
      res.writeHead(414).end();
      return;
    }
    const invokeMatch = /^\/admin\/functions\/([^/]+)$/.exec(path);
    if (invokeMatch && req.method === 'POST')
      return adminInvoke(req, res, decodeURIComponent(invokeMatch[1] as string));
    if (path.startsWith('/admin/') && options.admin && (await options.admin(req, res, path))) return;
    const prefix = `/${routePrefix}`;
    if (path === prefix || path.startsWith(`${prefix}/`)) {
      const found = findHttpFunction(http, (req.method ?? 'GET').toUpperCase(), path.slice(prefix.length));
      if (found) {
        served = found.fn;
        return serveHttpFunction(found.fn, found.params, req, res, baseUrl, log, limits);
      }
    }
    res.writeHead(404).end();
  }

  let baseUrl = '';
  const server = createServer((req, res) => {
    handle(req, res, baseUrl).catch((error) => {
      log(`host error: ${String((error as Error).stack ?? error)}`);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.hostname ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  baseUrl = `http://${options.hostname === '0.0.0.0' ? 'localhost' : (options.hostname ?? '127.0.0.1')}:${address.port}`;

  const timers: TimerJob[] = [];
  const pollers: QueuePoller[] = [];
  for (const registration of registrations.values()) {
    if (registration.trigger.type === 'timerTrigger') {
      timers.push(scheduleTimer(registration, options.env, runTimer, options.timers === 'schedule'));
    } else if (registration.trigger.type === 'queueTrigger' && options.queues) {
      pollers.push(startQueuePoller(registration, options.env, queueSettings, runQueueFunction, log));
    }
  }
  await Promise.all(pollers.map((poller) => poller.ready));
  await core.runHooks('appStart', { hookData: {}, appStartData: {} });

  return {
    url: baseUrl,
    apiBaseUrl: `${baseUrl}/${routePrefix}`,
    registrations,
    invoke,
    async fireSchedule(name: string) {
      const timer = timers.find((job) => job.registration.name === name);
      if (!timer) throw new Error(`No timer function named ${name}.`);
      await timer.fire();
    },
    async drainQueues() {
      await Promise.all(pollers.map((poller) => poller.drain()));
    },
    async runPastDue(from: Date, to: Date) {
      if (options.timers === 'manual') return [];
      const ran: string[] = [];
      for (const timer of timers) {
        const next = parseSchedule(timer.schedule, timer.registration.name).nextRun(from);
        if (!next || next.getTime() > to.getTime()) continue;
        await runTimer(timer.registration, true).catch(() => undefined);
        ran.push(timer.registration.name);
      }
      return ran;
    },
    async stop() {
      timers.forEach((timer) => timer.stop());
      await Promise.all(pollers.map((poller) => poller.stop()));
      await core.runHooks('appTerminate', { hookData: {} });
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
