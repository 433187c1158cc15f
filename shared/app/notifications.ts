import { v5 as uuidv5 } from 'uuid';
import {
  attemptFailed,
  mustWait,
  newNotification,
  requeued,
  sent,
  throttled,
  type EmailContent,
  type Notification,
  type NotificationType,
} from '../domain/notification';
import type { AppDeps } from './deps';
import { modify, modifyFrom } from './modify';
import {
  AlreadyExistsError,
  EmailThrottledError,
  type NotificationMessage,
  type Page,
  type PageRequest,
} from './ports';

/** The namespace of the ACS operation ids: operationId = UUIDv5(notification id). */
const OPERATION_NAMESPACE = '3a0d7f2e-8b4c-4f51-9c62-1e5d0b7a9f34';

export function operationIdFor(notificationId: string): string {
  return uuidv5(notificationId, OPERATION_NAMESPACE);
}

export interface NotificationDraft {
  id: string;
  tenantId: string;
  type: NotificationType;
  recipients: string[];
  content: EmailContent;
  subscriptionId?: string;
  daysBeforeExpiry?: number;
}

/**
 * Outbox first, queue second: the document (deterministic id) makes the email exist exactly once;
 * the message only wakes the sender. Running this twice writes nothing new and, at worst, queues a
 * second message that the sender recognises as done.
 */
export async function queueNotification(deps: AppDeps, draft: NotificationDraft): Promise<void> {
  const { content, ...rest } = draft;
  const notification = newNotification({
    ...rest,
    sealedContent: deps.sealer.seal(JSON.stringify(content)),
    now: deps.clock.now(),
  });
  let status = notification.status;
  try {
    await deps.repos.notifications.create(notification);
  } catch (error) {
    if (!(error instanceof AlreadyExistsError)) throw error;
    status =
      (await deps.repos.notifications.get(notification.id, notification.tenantId))?.value.status ?? status;
  }
  if (status === 'pending')
    await deps.queue.enqueue({ tenantId: notification.tenantId, notificationId: notification.id });
}

export type SendOutcome = 'sent' | 'already-sent' | 'unknown' | 'throttled' | 'waiting';

function secondsUntil(instant: string, now: Date): number {
  return Math.max(1, Math.ceil((Date.parse(instant) - now.getTime()) / 1000));
}

/**
 * The notification-send function: at most one email per notification id (a sent notification is
 * never sent again, and ACS accepts an operation id once), at least one eventually (failures are
 * retried by the queue and the sweep until MAX_SEND_ATTEMPTS).
 *
 * A send refused for the email service's sending limits is not a failure: the notification records
 * until when it must wait, a copy of the message is queued to become visible then, and this delivery
 * ends without error (nothing holds the queue for the length of a Retry-After). A copy that arrives
 * early is put back for the rest of the wait; the sweep covers a copy that is lost.
 */
export async function sendNotification(deps: AppDeps, message: NotificationMessage): Promise<SendOutcome> {
  const found = await deps.repos.notifications.get(message.notificationId, message.tenantId);
  if (!found) return 'unknown';
  const notification = found.value;
  if (notification.status !== 'pending' || !notification.content) return 'already-sent';
  const now = deps.clock.now();
  if (mustWait(notification, now)) {
    await deps.queue.enqueue(message, { delaySeconds: secondsUntil(notification.notBefore as string, now) });
    return 'waiting';
  }
  const content = JSON.parse(deps.sealer.open(notification.content)) as EmailContent;
  try {
    await deps.email.send({
      operationId: operationIdFor(notification.id),
      to: notification.recipients,
      ...content,
      headers: {
        'x-keycard-notification-id': notification.id,
        'x-keycard-notification-type': notification.type,
      },
    });
  } catch (error) {
    if (error instanceof EmailThrottledError) {
      await modifyFrom(deps.repos.notifications, found, notification.tenantId, (current) =>
        current.status === 'pending' ? throttled(current, error.retryAfterMs, deps.clock.now()) : undefined,
      );
      await deps.queue.enqueue(message, { delaySeconds: Math.ceil(error.retryAfterMs / 1000) });
      return 'throttled';
    }
    // One attempt counted; the error goes back to the queue, which delivers the message again and
    // after its fifth delivery moves it to the poison queue (by then the notification is failed).
    await modifyFrom(deps.repos.notifications, found, notification.tenantId, (current) =>
      current.status === 'pending'
        ? attemptFailed(current, String((error as Error).message ?? error), deps.clock.now())
        : undefined,
    );
    throw error;
  }
  await modifyFrom(deps.repos.notifications, found, notification.tenantId, (current) =>
    current.status === 'sent' ? undefined : sent(current, deps.clock.now()),
  );
  return 'sent';
}

/** The notification-sweep timer: queues again what has stayed pending too long (a lost message). */
export async function sweepNotifications(deps: AppDeps): Promise<number> {
  let requeuedCount = 0;
  for (;;) {
    const stuck = await deps.repos.notifications.listStuck(deps.clock.now(), 100);
    if (stuck.length === 0) return requeuedCount;
    for (const { value } of stuck) {
      await deps.queue.enqueue({ tenantId: value.tenantId, notificationId: value.id });
      await modify(deps.repos.notifications, value.id, value.tenantId, (current) =>
        current.status === 'pending' ? requeued(current, deps.clock.now()) : undefined,
      );
      requeuedCount += 1;
    }
  }
}

export function listNotifications(
  deps: AppDeps,
  tenantId: string,
  page: PageRequest,
): Promise<Page<Notification>> {
  return deps.repos.notifications.listForTenant(tenantId, page);
}
