import type { CosmosClient } from '@azure/cosmos';
import { createCosmosClient } from '../../shared/adapters/cosmos/client';
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { AdjustableClock } from '../../dev/clock';
import { startCosmosGateway, type CosmosGateway } from '../../dev/cosmos-gateway/gateway';
import { DEFAULT_COSMOS_GATEWAY } from '../../dev/stack';
import { dumpDatabase, provisionCosmos } from '../../dev/cosmos-server';
import { startFaultProxies, type FaultProxy, type FaultService } from '../../dev/faults';
import { provisionQueues } from '../../dev/queues';
import { startFunctionsHost, type FunctionsHost, type HostJson } from '../../dev/functions-host/host';
import type { DocumentStore } from '../../shared/adapters/cosmos/document-store';
import { loadConfig } from '../../shared/config';
import { useRuntime } from '../../shared/register';
import { createRuntime, type Runtime } from '../../shared/runtime';
import { hostJson, sourceFunctionFiles } from './stack-settings';

/**
 * A Functions host of this test file's own, in the test's process, on the shared local servers but
 * with its own database: for tests that move the clock or wrap the store port, without touching
 * what other test files see. One per test file (the runtime is process-wide).
 */
export interface OwnHost {
  apiBaseUrl: string;
  host: FunctionsHost;
  runtime: Runtime;
  clock: AdjustableClock;
  cosmos: CosmosClient;
  databaseId: string;
  settings: Record<string, string>;
  /** The fault-injecting proxies between this host's app and the servers (option `faults`). */
  faults: Map<FaultService, FaultProxy>;
  /** The host's own Cosmos DB gateway (option `cosmosGateway`). */
  cosmosGateway: CosmosGateway | null;
  dump(): Promise<Record<string, Record<string, unknown>[]>>;
  stop(): Promise<void>;
}

/**
 * The app's functions (from source) on a host of their own, with the given runtime installed (or a
 * factory the first invocation calls, as the app reads its settings in Azure).
 */
export async function startAppHost(
  runtime: Runtime | (() => Runtime),
  settings: Record<string, string>,
  queues = false,
  host: HostJson = hostJson(),
  log: (line: string) => void = () => undefined,
  queueNetworkTimeoutMs?: number,
): Promise<FunctionsHost> {
  useRuntime(runtime);
  return startFunctionsHost({
    functionFiles: sourceFunctionFiles(),
    hostJson: host,
    port: 0,
    env: { ...process.env, ...settings },
    timers: 'manual',
    queues,
    log,
    ...(queueNetworkTimeoutMs ? { queueNetworkTimeoutMs } : {}),
  });
}

export async function startOwnHost(
  options: {
    wrapStore?: (store: DocumentStore) => DocumentStore;
    settings?: Record<string, string>;
    /** Run notification-send on this host's own queue (emails reach the shared local endpoint). */
    queues?: boolean;
    hostJson?: HostJson;
    /** Reach Cosmos DB, the queue and the email endpoint through fault-injecting proxies. */
    faults?: boolean;
    /** Where the host's log lines go (nowhere by default, or the console with OWN_HOST_LOG set). */
    log?: (line: string) => void;
    /**
     * A Cosmos DB gateway of this host's own in front of the shared server, e.g. with four partition
     * key ranges (the shared stack's has one, and 5,000 RU/s a container). Its clock is the host's.
     */
    cosmosGateway?: { ranges: number; ruPerSecond?: number };
    /** How long a bulk write may wait out throttling (the store adapter's default is 120 s). */
    bulkDeadlineMs?: number;
  } = {},
): Promise<OwnHost> {
  const databaseId = `t-${randomUUID()}`;
  const settings: Record<string, string> = {
    ...inject('stack').settings,
    COSMOS_DATABASE: databaseId,
    NOTIFICATIONS_QUEUE: `n-${databaseId.slice(2, 14)}`,
    WEBHOOKS_QUEUE: `w-${databaseId.slice(2, 14)}`,
    ...options.settings,
  };
  const clock = new AdjustableClock();
  const gateway = options.cosmosGateway
    ? await startCosmosGateway({
        upstreamPort: Number(new URL(inject('stack').cosmosServerEndpoint).port),
        port: 0,
        ranges: options.cosmosGateway.ranges,
        ruPerSecond: options.cosmosGateway.ruPerSecond ?? DEFAULT_COSMOS_GATEWAY.ruPerSecond,
        now: () => clock.now(),
      })
    : null;
  if (gateway) settings['COSMOS_ENDPOINT'] = gateway.endpoint;
  const cosmos = createCosmosClient(loadConfig(settings));
  await provisionCosmos(cosmos, databaseId);
  await provisionQueues(
    settings['AzureWebJobsStorage'] as string,
    settings['NOTIFICATIONS_QUEUE'] as string,
    settings['WEBHOOKS_QUEUE'] as string,
  );
  const proxies = options.faults ? await startFaultProxies(settings) : null;
  if (proxies) Object.assign(settings, proxies.settings);
  const config = loadConfig(settings);
  const runtime = createRuntime(config, {
    clock,
    ...(options.wrapStore ? { wrapStore: options.wrapStore } : {}),
    ...(options.bulkDeadlineMs ? { documentStore: { bulkDeadlineMs: options.bulkDeadlineMs } } : {}),
  });
  const host = await startAppHost(
    runtime,
    settings,
    options.queues ?? false,
    options.hostJson ?? hostJson(),
    options.log ?? (process.env['OWN_HOST_LOG'] ? (line) => console.log(line) : () => undefined),
    // A black-holed queue: the listener gives a call up after 5 s, not Azure's 100 s, to keep tests short.
    options.faults ? 5_000 : undefined,
  );
  return {
    apiBaseUrl: host.apiBaseUrl,
    host,
    runtime,
    clock,
    cosmos,
    databaseId,
    settings,
    faults: proxies?.proxies ?? new Map(),
    cosmosGateway: gateway,
    dump: () => dumpDatabase(cosmos, databaseId),
    async stop() {
      await host.stop();
      await proxies?.stop();

      await cosmos
        .database(databaseId)
        .delete()
        .catch(() => undefined);
      runtime.cosmos.dispose();
      cosmos.dispose();
      await gateway?.stop();
    },
  };
}
