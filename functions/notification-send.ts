import { app, type InvocationContext } from '@azure/functions';
import { z } from 'zod';
import { sendNotification } from '../shared/app/notifications';
import { runtime } from '../shared/runtime';

const Message = z.object({ tenantId: z.string().min(1), notificationId: z.string().min(1) });

/**
 * Sends one notification through Azure Communication Services. A failure is thrown, so the queue
 * delivers the message again (dequeue count, then the poison queue); the notification itself
 * records its attempts and is marked failed after the last one.
 */
export async function notificationSend(message: unknown, context: InvocationContext): Promise<void> {
  const parsed = Message.safeParse(message);
  if (!parsed.success) {
    context.error('notification-send: not a notification message; dropped', parsed.error.issues);
    return;
  }
  const outcome = await sendNotification(runtime().deps, parsed.data);
  context.log(
    `notification-send: ${parsed.data.notificationId} ${outcome} (delivery ${String(context.triggerMetadata?.['dequeueCount'])})`,
  );
}

app.storageQueue('notification-send', {
  queueName: '%NOTIFICATIONS_QUEUE%',
  connection: 'AzureWebJobsStorage',
  handler: notificationSend,
});
