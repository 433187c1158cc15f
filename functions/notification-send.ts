import { sendQueuedNotification } from '../shared/app/notifications';
import { registerQueue } from '../shared/register';

/**
 * Sends one notification through Azure Communication Services. A failure is thrown, so the queue
 * delivers the message again (dequeue count, then the poison queue); the notification itself
 * records its attempts and is marked failed after the last one.
 */
registerQueue(
  'notification-send',
  { queueName: '%NOTIFICATIONS_QUEUE%', connection: 'AzureWebJobsStorage' },
  (message, deps, metadata) => sendQueuedNotification(deps, message, metadata['dequeueCount']),
);
