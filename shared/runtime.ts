import type { CosmosClient } from '@azure/cosmos';
import { createCosmosClient } from './adapters/cosmos/client';
import {
  CosmosDocumentStore,
  DEFAULT_DOCUMENT_STORE_OPTIONS,
  type DocumentStore,
  type DocumentStoreOptions,
} from './adapters/cosmos/document-store';
import { cosmosRepositories } from './adapters/cosmos/repositories';
import { AcsEmailSender } from './adapters/email/acs-email-sender';
import { notificationQueue, webhookQueue } from './adapters/queue/notification-queue';
import { createWebhookSender } from './adapters/webhook-sender';
import type { AppDeps, Links } from './app/deps';
import type { Clock, NotificationQueue } from './app/ports';
import { loadConfig, type Config } from './config';
import { Sealer, SecretHasher } from './crypto/secrets';
import { offersPage } from './http/operations';
import { pathOf, ROUTE_PREFIX } from './http/routes';

/**
 * The composition root: settings parsed once, SDK clients created once per app (lazily, at the first
 * invocation in Azure), use-case dependencies wired. A host that loads the app passes the runtime it
 * built (shared/register.ts, `useRuntime`): the local stack and tests pass theirs, with an adjustable
 * clock or a fault-injecting store wrapper.
 */
export interface Runtime {
  config: Config;
  deps: AppDeps;
  store: DocumentStore;
  cosmos: CosmosClient;
}

export interface RuntimeOptions {
  clock?: Clock;
  /** Wraps the store port, e.g. to inject failures; the real store stays underneath. */
  wrapStore?: (store: DocumentStore) => DocumentStore;
  /** Wraps the queue port likewise (the bench counts and times what is sent). */
  wrapQueue?: (queue: NotificationQueue) => NotificationQueue;
  /** The store adapter's own limits (tests shorten how long a bulk write waits out throttling). */
  documentStore?: Partial<DocumentStoreOptions>;
}

export const systemClock: Clock = { now: () => new Date() };

/** The links emails carry, from the public base URL and the operations' own routes. */
export function linksFor(publicBaseUrl: string): Links {
  const base = publicBaseUrl.replace(/\/$/, '');
  return {
    api: `${base}/${ROUTE_PREFIX}`,
    // The token in the fragment: browsers never send it, so no server, proxy or telemetry sees it.
    // The documented path, no trailing slash; links sent as `/offers/#…` still open (the route takes both).
    offerPage: (token) => `${base}${pathOf(offersPage)}#${token}`,
  };
}

export function createRuntime(config: Config, options: RuntimeOptions = {}): Runtime {
  const cosmos = createCosmosClient(config);
  const realStore = new CosmosDocumentStore(cosmos, config.COSMOS_DATABASE, {
    ...DEFAULT_DOCUMENT_STORE_OPTIONS,
    ...options.documentStore,
  });
  const store = options.wrapStore ? options.wrapStore(realStore) : realStore;
  const realQueue = notificationQueue(config);
  const queue = options.wrapQueue ? options.wrapQueue(realQueue) : realQueue;
  return {
    config,
    store,
    cosmos,
    deps: {
      clock: options.clock ?? systemClock,
      repos: cosmosRepositories(store),
      queue,
      webhookQueue: webhookQueue(config),
      webhooks: createWebhookSender({ allowLoopback: config.WEBHOOK_ALLOW_LOOPBACK }),
      email: new AcsEmailSender(config),
      hasher: new SecretHasher(config.KEY_PEPPER),
      sealer: new Sealer(config.KEY_PEPPER),
      links: linksFor(config.PUBLIC_BASE_URL),
      log: console,
      settings: {
        operatorToken: config.OPERATOR_TOKEN,
        redemptionTtlMinutes: config.REDEMPTION_TTL_MINUTES,
        failedKeyAttempts: {
          limit: config.FAILED_KEY_ATTEMPTS_LIMIT,
          windowMs: config.FAILED_KEY_ATTEMPTS_WINDOW_MINUTES * 60_000,
        },
        lifecycle: {
          graceDays: config.GRACE_DAYS,
          retentionDays: config.RETENTION_DAYS,
          noticeDays: config.NOTICE_DAYS,
        },
      },
    },
  };
}

/** The runtime Azure builds: the settings from the environment (app settings, Key Vault references resolved). */
export function runtimeFromEnvironment(): Runtime {
  return createRuntime(loadConfig());
}
