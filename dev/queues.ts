import { QueueServiceClient } from '@azure/storage-queue';

/** Creates the app's queues (Bicep declares them in Azure): each queue and its poison queue. */
export async function provisionQueues(connectionString: string, ...queueNames: string[]): Promise<void> {
  const service = QueueServiceClient.fromConnectionString(connectionString);
  for (const queueName of queueNames)
    for (const name of [queueName, `${queueName}-poison`])
      await service.getQueueClient(name).createIfNotExists();
}
