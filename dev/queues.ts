import { QueueServiceClient } from '@azure/storage-queue';

/** Creates the app's queues (Bicep declares them in Azure): the notifications queue and its poison queue. */
export async function provisionQueues(connectionString: string, queueName: string): Promise<void> {
  const service = QueueServiceClient.fromConnectionString(connectionString);
  for (const name of [queueName, `${queueName}-poison`])
    await service.getQueueClient(name).createIfNotExists();
}
