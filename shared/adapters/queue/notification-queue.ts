import { QueueServiceClient, type QueueClient } from '@azure/storage-queue';
import type { NotificationMessage, NotificationQueue } from '../../app/ports';
import type { WebhookMessage, WebhookQueue } from '../../app/webhook-ports';
import type { Config } from '../../config';
import { managedIdentity } from '../identity';

/** Azure Storage queues take a visibility timeout of at most 7 days. */
const MAX_VISIBILITY_DELAY_SECONDS = 7 * 24 * 3600;

/**
 * A message is queued after its notification is written, so a failing queue must not hold the request
 * (the SDK's defaults retried for 16 s): two tries of at most 2 s each, and 4 s in all, then the caller
 * leaves the notification to the sweep.
 */
const RETRIES = { maxTries: 2, tryTimeoutInMs: 2_000, retryDelayInMs: 200, maxRetryDelayInMs: 500 };
const ENQUEUE_DEADLINE_MS = 4_000;

export function encodeMessage(message: NotificationMessage | WebhookMessage): string {
  return Buffer.from(JSON.stringify(message)).toString('base64');
}

/**
 * A storage queue of the app (`notifications`, `webhooks`). Messages are JSON, base64-encoded as the
 * Functions queue trigger expects by default (host.json `messageEncoding`).
 */
export class StorageMessageQueue<Message extends NotificationMessage | WebhookMessage> {
  private client: QueueClient | undefined;

  constructor(
    private readonly config: Config,
    private readonly queueName: string,
  ) {}

  private queue(): QueueClient {
    if (!this.client) {
      const { AzureWebJobsStorage: connectionString, AzureWebJobsStorage__queueServiceUri: uri } =
        this.config;
      const service = connectionString
        ? QueueServiceClient.fromConnectionString(connectionString, { retryOptions: RETRIES })
        : new QueueServiceClient(
            uri as string,
            managedIdentity(this.config.AzureWebJobsStorage__clientId ?? this.config.AZURE_CLIENT_ID),
            { retryOptions: RETRIES },
          );
      this.client = service.getQueueClient(this.queueName);
    }
    return this.client;
  }

  async enqueue(message: Message, options: { delaySeconds?: number } = {}): Promise<void> {
    const delay = Math.min(MAX_VISIBILITY_DELAY_SECONDS, Math.max(0, Math.ceil(options.delaySeconds ?? 0)));
    await this.queue().sendMessage(encodeMessage(message), {
      abortSignal: AbortSignal.timeout(ENQUEUE_DEADLINE_MS),
      ...(delay > 0 ? { visibilityTimeout: delay } : {}),
    });
  }
}

export function notificationQueue(config: Config): NotificationQueue {
  return new StorageMessageQueue<NotificationMessage>(config, config.NOTIFICATIONS_QUEUE);
}

export function webhookQueue(config: Config): WebhookQueue {
  return new StorageMessageQueue<WebhookMessage>(config, config.WEBHOOKS_QUEUE);
}
