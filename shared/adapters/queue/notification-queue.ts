import { QueueServiceClient, type QueueClient } from '@azure/storage-queue';
import type { NotificationMessage, NotificationQueue } from '../../app/ports';
import type { Config } from '../../config';
import { managedIdentity } from '../identity';

/**
 * The `notifications` storage queue. Messages are JSON, base64-encoded as the Functions queue
 * trigger expects by default (host.json `messageEncoding`).
 */
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

  async enqueue(message: NotificationMessage): Promise<void> {
    await this.queue().sendMessage(encodeMessage(message));
  }
}
