import { randomInt } from 'node:crypto';
import {
  Agent,
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { z } from 'zod';
import { devStorageConnectionString, storagePortsOf } from './azurite';
import { parseAcsConnectionString } from './email-server';
import { readBody } from './functions-host/http';

/**
 * Fault injection at the edges of the local stack: a small HTTP proxy in front of each local server
 * (Cosmos DB, the storage queue, the email endpoint). The app's Azure SDKs talk to the proxy as to the
 * service itself, so what is tested is how they really behave: their own timeouts and retries meeting
 * a real 429 with `x-ms-retry-after-ms`, a 503, a connection reset, a request that is never answered.
 * Nothing is mocked: a request that is not failed is forwarded, byte for byte, to the real server.
 */
export const FAULT_SERVICES = ['cosmos', 'queue', 'email'] as const;
export type FaultService = (typeof FAULT_SERVICES)[number];

/**
 * - `throttle`: the service's own "too many requests" (Cosmos 429 + x-ms-retry-after-ms; Storage 503
 *   ServerBusy; ACS 429 + Retry-After)
 * - `unavailable`: 503
 * - `reset`: the connection is reset before the request reaches the service
 * - `blackhole`: the request is taken and never answered
 * - `lost-reply`: the request reaches the service and is carried out, but its answer is lost (reset)
 */
export const FAULT_KINDS = ['throttle', 'unavailable', 'reset', 'blackhole', 'lost-reply'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export const FaultSettings = z.strictObject({
  /** The share of requests that fail, 0 to 1. */
  failRate: z.number().min(0).max(1),
  /** How a failing request fails: one of these, at random. */
  kinds: z.array(z.enum(FAULT_KINDS)).min(1),
  /** Added before every request is forwarded. */
  latencyMs: z.int().min(0).max(60_000),
  /** The whole service: up, refusing connections, or taking them and never answering. */
  outage: z.enum(['none', 'refuse', 'blackhole']),
});
export type FaultSettings = z.infer<typeof FaultSettings>;

/** What `--faults N` injects: every kind, so that each way of failing is met. */
export const DEFAULT_FAULTS: FaultSettings = {
  failRate: 0,
  kinds: [...FAULT_KINDS],
  latencyMs: 0,
  outage: 'none',
};

export interface FaultStats {
  requests: number;
  injected: Record<FaultKind | 'outage', number>;
}

export interface FaultProxy {
  service: FaultService;
  port: number;
  settings(): FaultSettings;
  set(change: Partial<FaultSettings>): Promise<void>;
  stats(): FaultStats;
  stop(): Promise<void>;
}

function throttled(service: FaultService, res: ServerResponse): void {
  if (service === 'cosmos') {
    res
      .writeHead(429, {
        'content-type': 'application/json',
        'x-ms-retry-after-ms': '100',
        'x-ms-substatus': '3200',
      })
      .end(JSON.stringify({ code: 'TooManyRequests', message: 'Request rate is large (injected).' }));
  } else if (service === 'queue') {
    res
      .writeHead(503, { 'content-type': 'application/xml', 'x-ms-error-code': 'ServerBusy' })
      .end(
        '<?xml version="1.0" encoding="utf-8"?><Error><Code>ServerBusy</Code><Message>The server is busy (injected).</Message></Error>',
      );
  } else {
    res
      .writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' })
      .end(JSON.stringify({ error: { code: 'TooManyRequests', message: 'Too many requests (injected).' } }));
  }
}

function unavailable(service: FaultService, res: ServerResponse): void {
  if (service === 'queue') {
    res
      .writeHead(503, { 'content-type': 'application/xml', 'x-ms-error-code': 'ServerBusy' })
      .end(
        '<?xml version="1.0" encoding="utf-8"?><Error><Code>ServerBusy</Code><Message>Service unavailable (injected).</Message></Error>',
      );
    return;
  }
  const body =
    service === 'cosmos'
      ? { code: 'ServiceUnavailable', message: 'Service is currently unavailable (injected).' }
      : { error: { code: 'ServiceUnavailable', message: 'Service unavailable (injected).' } };
  res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

export async function startFaultProxy(
  service: FaultService,
  target: { port: number; host?: string },
  listenPort = 0,
  initial: Partial<FaultSettings> = {},
): Promise<FaultProxy> {
  let current: FaultSettings = { ...DEFAULT_FAULTS, ...initial };
  const stats: FaultStats = {
    requests: 0,
    injected: { throttle: 0, unavailable: 0, reset: 0, blackhole: 0, 'lost-reply': 0, outage: 0 },
  };
  const upstream = new Agent({ keepAlive: true });
  const held = new Set<Socket>();

  const forward = async (req: IncomingMessage, res: ServerResponse, loseReply: boolean) => {
    const body = await readBody(req);
    const outgoing = httpRequest(
      {
        host: target.host ?? '127.0.0.1',
        port: target.port,
        method: req.method,
        path: req.url,
        // The Host header as the client sent it: the services build links (Cosmos' account endpoints)
        // and check signatures (ACS) with it, so the client keeps talking to the proxy.
        headers: req.headers,
        agent: upstream,
      },
      (answer) => {
        if (loseReply) {
          answer.resume();
          answer.once('end', () => req.socket.destroy());
          return;
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    outgoing.once('error', () => req.socket.destroy());
    outgoing.end(body);
  };

  const server: Server = createServer((req, res) => {
    stats.requests += 1;
    void (async () => {
      if (current.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, current.latencyMs));
      if (current.outage === 'blackhole') {
        stats.injected.outage += 1;
        return; // never answered; the socket stays open until the client gives up
      }
      const kind =
        current.failRate > 0 && Math.random() < current.failRate
          ? current.kinds[randomInt(current.kinds.length)]
          : undefined;
      if (kind) stats.injected[kind] += 1;
      switch (kind) {
        case 'throttle':
          return throttled(service, res);
        case 'unavailable':
          return unavailable(service, res);
        case 'reset':
          return req.socket.destroy();
        case 'blackhole':
          return;
        case 'lost-reply':
          return forward(req, res, true);
        case undefined:
          return forward(req, res, false);
      }
    })().catch(() => req.socket.destroy());
  });
  server.keepAliveTimeout = 5_000;
  server.on('connection', (socket: Socket) => {
    held.add(socket);
    socket.once('close', () => held.delete(socket));
    if (current.outage === 'refuse') {
      stats.injected.outage += 1;
      socket.destroy();
    }
  });

  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve((server.address() as AddressInfo).port);
      });
    });
  const port = await listen(listenPort);
  const closeListener = () =>
    new Promise<void>((resolve) => {
      for (const socket of held) socket.destroy();
      if (!server.listening) return resolve();
      server.close(() => resolve());
    });

  return {
    service,
    port,
    settings: () => current,
    async set(change) {
      const next = FaultSettings.parse({ ...current, ...change });
      const wasRefusing = current.outage === 'refuse';
      current = next;
      // Refusing is refusing: no listener at all, so connections fail as with a stopped service.
      if (next.outage === 'refuse' && !wasRefusing) await closeListener();
      if (next.outage !== 'refuse' && wasRefusing) await listen(port);
    },
    stats: () => structuredClone(stats),
    async stop() {
      await closeListener();
      upstream.destroy();
    },
  };
}

export interface FaultProxies {
  /** The settings with every local service reached through its proxy. */
  settings: Record<string, string>;
  proxies: Map<FaultService, FaultProxy>;
  stop(): Promise<void>;
}

function portOf(url: string): number | null {
  const match = /^http:\/\/(?:127\.0\.0\.1|localhost):(\d+)\/?$/i.exec(url.trim());
  return match ? Number(match[1]) : null;
}

/**
 * Puts a proxy in front of each local service the settings name (Cosmos DB endpoint, the queue
 * endpoint of AzureWebJobsStorage, the ACS endpoint) and returns the settings that go through them.
 */
export async function startFaultProxies(
  settings: Record<string, string>,
  initial: Partial<FaultSettings> = {},
): Promise<FaultProxies> {
  const next = { ...settings };
  const proxies = new Map<FaultService, FaultProxy>();
  const stopAll = async () => {
    for (const proxy of proxies.values()) await proxy.stop();
  };
  try {
    const cosmosPort = portOf(settings['COSMOS_ENDPOINT'] ?? '');
    if (cosmosPort !== null) {
      const proxy = await startFaultProxy('cosmos', { port: cosmosPort }, 0, initial);
      proxies.set('cosmos', proxy);
      next['COSMOS_ENDPOINT'] = `http://127.0.0.1:${proxy.port}`;
    }
    const storage = storagePortsOf(settings['AzureWebJobsStorage'] ?? '');
    if (storage) {
      const proxy = await startFaultProxy('queue', { port: storage.queue }, 0, initial);
      proxies.set('queue', proxy);
      next['AzureWebJobsStorage'] = devStorageConnectionString({ ...storage, queue: proxy.port });
    }
    const acs = settings['ACS_CONNECTION_STRING']
      ? parseAcsConnectionString(settings['ACS_CONNECTION_STRING'])
      : null;
    const emailPort = acs ? portOf(acs.endpoint) : null;
    if (acs && emailPort !== null) {
      const proxy = await startFaultProxy('email', { port: emailPort }, 0, initial);
      proxies.set('email', proxy);
      next['ACS_CONNECTION_STRING'] = `endpoint=http://127.0.0.1:${proxy.port}/;accesskey=${acs.accessKey}`;
    }
  } catch (error) {
    await stopAll();
    throw error;
  }
  return { settings: next, proxies, stop: stopAll };
}

/** `POST /admin/faults`: per service (or `all`), the settings to change; `{}` changes nothing. */
export const FaultChange = z.strictObject({
  all: FaultSettings.partial().optional(),
  cosmos: FaultSettings.partial().optional(),
  queue: FaultSettings.partial().optional(),
  email: FaultSettings.partial().optional(),
});

export type FaultChange = z.infer<typeof FaultChange>;

export async function applyFaultChange(
  proxies: Map<FaultService, FaultProxy>,
  change: FaultChange,
): Promise<void> {
  for (const proxy of proxies.values()) {
    await proxy.set({ ...change.all, ...change[proxy.service] });
  }
}

export function faultReport(proxies: Map<FaultService, FaultProxy>) {
  return Object.fromEntries(
    [...proxies.values()].map((proxy) => [proxy.service, { ...proxy.settings(), ...proxy.stats() }]),
  );
}

/**
 * `--faults` of `npm start`: `5` (5% of requests to every service fail, every kind), or per service
 * `cosmos=5,queue=2,email=0`; `latency=50` adds 50 ms to every request.
 */
export function parseFaultOption(text: string): FaultChange {
  const change: FaultChange = {};
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [name, value] = part.includes('=') ? part.split('=') : ['all', part];
    const number = Number(value);
    if (!Number.isFinite(number) || number < 0) throw new Error(`--faults: "${part}" is not a number`);
    if (name === 'latency') {
      change.all = { ...change.all, latencyMs: Math.round(number) };
      continue;
    }
    if (number > 100) throw new Error(`--faults: "${part}" is more than 100%`);
    if (name !== 'all' && !FAULT_SERVICES.includes(name as FaultService))
      throw new Error(`--faults: "${name}" is none of all, ${FAULT_SERVICES.join(', ')}, latency`);
    const key = name as 'all' | FaultService;
    change[key] = { ...change[key], failRate: number / 100 };
  }
  return change;
}

/** One line for the start banner: `cosmos 5%, queue 5%, email 5%`. */
export function describeFaults(proxies: Map<FaultService, FaultProxy>): string {
  return [...proxies.values()]
    .map((proxy) => {
      const { failRate, latencyMs } = proxy.settings();
      return `${proxy.service} ${Math.round(failRate * 1000) / 10}%${latencyMs ? ` +${latencyMs} ms` : ''}`;
    })
    .join(', ');
}
