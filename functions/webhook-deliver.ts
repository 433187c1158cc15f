import { deliverQueuedWebhook } from '../shared/app/webhook-delivery';
import { registerQueue } from '../shared/register';

/**
 * Makes one attempt of a webhook delivery (shared/app/webhook-delivery.ts). A failed attempt is not
 * thrown: it is written on the delivery with the time of the next, which webhook-sweep queues. Only a
 * failure to read or write the store is thrown, so the queue delivers the message again.
 */
registerQueue(
  'webhook-deliver',
  { queueName: '%WEBHOOKS_QUEUE%', connection: 'AzureWebJobsStorage' },
  async (message, deps) => {
    await deliverQueuedWebhook(deps, message);
  },
);
