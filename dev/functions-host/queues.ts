import { QueueServiceClient, type DequeuedMessageItem, type QueueClient } from '@azure/storage-queue';
import type { Registration } from './core-module';
import type { Logger } from './http';
import { resolveSetting } from './timers';

/**
 * Storage-queue triggers, as the Functions host runs them: poll the queue, hand the message to the
 * function (JSON parsed, base64 decoded per host.json), delete it on success; on failure leave it
 * to reappear after `visibilityTimeout`, and after `maxDequeueCount` deliveries move it to
 * `<queue>-poison`.
 */
export interface QueueSettings {
  maxDequeueCount: number;
  visibilityTimeoutSeconds: number;
  batchSize: number;
  messageEncoding: 'base64' | 'none';
  maxPollingIntervalMs: number;
  /**
   * How long one call to the queue service may take before the listener gives it up and polls again.
   * The host's listener is a .NET Azure Storage client, whose network timeout (Azure.Core
   * RetryOptions.NetworkTimeout) is 100 s by default; tests that black-hole the queue shorten it.
   */
  networkTimeoutMs: number;
}

/** Azure.Core's default network timeout, which the host's queue listener keeps. */
export const AZURE_CORE_NETWORK_TIMEOUT_MS = 100_000;

export function decodeMessage(text: string, encoding: QueueSettings['messageEncoding']): unknown {
  const decoded = encoding === 'base64' ? Buffer.from(text, 'base64').toString('utf8') : text;
  try {
    return JSON.parse(decoded);
  } catch {
    return decoded;
  }
}

export interface QueuePoller {
  registration: Registration;
  queueName: string;
  /** Resolves once the queue exists and polling has begun. */
  ready: Promise<void>;
  stop(): Promise<void>;
  /** Resolves when the queue is empty and nothing is running (tests and `/admin` callers). */
  drain(): Promise<void>;
}

export type QueueInvoker = (
  registration: Registration,
  payload: unknown,
  triggerMetadata: Record<string, unknown>,
) => Promise<void>;

function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}

function metadataOf(message: DequeuedMessageItem): Record<string, unknown> {
  return {
    id: message.messageId,
    popReceipt: message.popReceipt,
    dequeueCount: message.dequeueCount,
    insertionTime: message.insertedOn.toISOString(),
    expirationTime: message.expiresOn.toISOString(),
    nextVisibleTime: message.nextVisibleOn.toISOString(),
    queueTrigger: message.messageText,
  };
}

export function startQueuePoller(
  registration: Registration,
  env: NodeJS.ProcessEnv,
  settings: QueueSettings,
  invoke: QueueInvoker,
  log: Logger,
): QueuePoller {
  const queueName = resolveSetting(String(registration.trigger['queueName']), env);
  const connectionName = String(registration.trigger['connection'] ?? 'AzureWebJobsStorage');
  const connection = env[connectionName];
  if (!connection)
    throw new Error(`Function ${registration.name}: connection setting ${connectionName} is not defined.`);
  const service = QueueServiceClient.fromConnectionString(connection, {
    retryOptions: { tryTimeoutInMs: settings.networkTimeoutMs },
  });
  const stopping = new AbortController();
  /**
   * Every call: given up on stop, or after the network timeout (a request the service never answers).
   * A controller of its own, not AbortSignal.any(): Node holds the signals given to any() weakly, and a
   * collected timeout signal never fires, which left a poll waiting forever on a black-holed queue.
   */
  async function bounded<T>(call: (options: { abortSignal: AbortSignal }) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    const abort = () => controller.abort();
    const timer = setTimeout(abort, settings.networkTimeoutMs);
    stopping.signal.addEventListener('abort', abort);
    try {
      return await call({ abortSignal: controller.signal });
    } finally {
      clearTimeout(timer);
      stopping.signal.removeEventListener('abort', abort);
    }
  }
  const queue = service.getQueueClient(queueName);
  const poison = service.getQueueClient(`${queueName}-poison`);

  let stopped = false;
  let polls = 0;
  let idleWaiters: { after: number; resolve: () => void }[] = [];
  let wake: (() => void) | undefined;
  let interval = 100;

  async function handle(message: DequeuedMessageItem): Promise<void> {
    const payload = decodeMessage(message.messageText, settings.messageEncoding);
    try {
      await invoke(registration, payload, metadataOf(message));
      await bounded((o) => queue.deleteMessage(message.messageId, message.popReceipt, o));
    } catch (error) {
      if (message.dequeueCount >= settings.maxDequeueCount) {
        log(
          `[${registration.name}] message ${message.messageId} failed ${message.dequeueCount} times: moved to ${queueName}-poison`,
        );
        await bounded((o) => poison.createIfNotExists(o));
        await bounded((o) => poison.sendMessage(message.messageText, o));
        await bounded((o) => queue.deleteMessage(message.messageId, message.popReceipt, o));
      } else {
        log(
          `[${registration.name}] message ${message.messageId} failed (delivery ${message.dequeueCount}): ${String(error)}`,
        );
        await bounded((o) =>
          queue.updateMessage(
            message.messageId,
            message.popReceipt,
            undefined,
            settings.visibilityTimeoutSeconds,
            o,
          ),
        );
      }
    }
  }

  async function pollOnce(q: QueueClient): Promise<number> {
    const { receivedMessageItems } = await bounded((o) =>
      q.receiveMessages({
        numberOfMessages: settings.batchSize,
        visibilityTimeout: Math.max(30, settings.visibilityTimeoutSeconds),
        ...o,
      }),
    );
    await Promise.all(
      receivedMessageItems.map((message) =>
        handle(message).catch((error) => log(`[${registration.name}] queue error: ${String(error)}`)),
      ),
    );
    return receivedMessageItems.length;
  }

  const ready = queue.createIfNotExists().then(() => undefined);
  const loop = (async () => {
    await ready;
    while (!stopped) {
      let received = 0;
      const poll = (polls += 1);
      try {
        received = await pollOnce(queue);
      } catch (error) {
        if (!stopped) log(`[${registration.name}] polling ${queueName} failed: ${String(error)}`);
      }
      if (received > 0) {
        interval = 100;
        continue;
      }
      // A poll that began after drain() was asked found the queue empty, and everything
      // received before it has been handled.
      const [done, waiting] = partition(idleWaiters, (waiter) => waiter.after < poll);
      done.forEach((waiter) => waiter.resolve());
      idleWaiters = waiting;
      // Back off while idle, as the host does, up to maxPollingInterval.
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, interval).unref();
      });
      interval = Math.min(interval * 2, settings.maxPollingIntervalMs);
    }
  })();

  return {
    registration,
    queueName,
    ready,
    async stop() {
      stopped = true;
      stopping.abort();
      wake?.();
      await loop;
    },
    drain() {
      interval = 100;
      const drained = new Promise<void>((resolve) => idleWaiters.push({ after: polls, resolve }));
      wake?.();
      return drained;
    },
  };
}
