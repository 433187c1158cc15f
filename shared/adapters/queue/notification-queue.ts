import { QueueServiceClient, type QueueClient } from '@azure/storage-queue';
import type { NotificationMessage, NotificationQueue } from '../../app/ports';
import type { Config } from '../../config';
import { managedIdentity } from '../identity';

/**
 * The `notifications` storage queue. Messages are JSON, base64-encoded as the Functions queue
 * trigger expects by default (host.json `messageEncoding`).
 */
/** Azure Storage queues take a visibility timeout of at most 7 days. */
const MAX_VISIBILITY_DELAY_SECONDS = 7 * 24 * 3600;

export function encodeMessage(message: NotificationMessage): string {
  return Buffer.from(JSON.stringify(message)).toString('base64');
}

export class StorageNotificationQueue implements NotificationQueue {
  private client: QueueClient | undefined;

  constructor(private readonly config: Config) {}

  private queue(): QueueClient {
    if (!this.client) {
      const { AzureWebJobsStorage: connectionString, AzureWebJobsStorage__queueServiceUri: uri } =
        this.config;
      const service = connectionString
        ? QueueServiceClient.fromConnectionString(connectionString)
        : new QueueServiceClient(
            uri as string,
            managedIdentity(this.config.AzureWebJobsStorage__clientId ?? this.config.AZURE_CLIENT_ID),
          );
      this.client = service.getQueueClient(this.config.NOTIFICATIONS_QUEUE);
    }
    return this.client;
  }

  async enqueue(message: NotificationMessage, options: { delaySeconds?: number } = {}): Promise<void> {
    const delay = Math.min(MAX_VISIBILITY_DELAY_SECONDS, Math.max(0, Math.ceil(options.delaySeconds ?? 0)));
    await this.queue().sendMessage(encodeMessage(message), delay > 0 ? { visibilityTimeout: delay } : {});
  }
}
