import * as z from 'zod';
import { derivedId } from '../domain/derived-id';
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
import type { Principal } from '../domain/principal';
import type { AppDeps } from './deps';
import { modify, modifyFrom } from './modify';
import { pageOfList, type ListRequest } from './paging';
import {
  AlreadyExistsError,
  EmailThrottledError,
  type Log,
  type NotificationMessage,
  type Page,
} from './ports';
import { tenantFor } from './tenants';

/** The ACS operation id of a notification's send: ACS accepts an operation id once only. */
export function operationIdFor(notificationId: string): string {
  return derivedId('emailOperation', notificationId);
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
 * second message that the sender recognises as done. A queue that fails after the document is
 * written fails nothing: the notification stays pending and `notification-sweep` queues it again.
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
      (await deps.repos.notifications.get(notification.tenantId, notification.id))?.value.status ?? status;
  }
  if (status !== 'pending') return;
  try {
    await deps.queue.enqueue({ tenantId: notification.tenantId, notificationId: notification.id });
  } catch (error) {
    // The outbox holds it: the sweep queues it again, so the work this announces stands and the
    // caller is never told to retry what is done.
    deps.log.warn(`notification ${notification.id} is kept for the sweep: the queue failed`, error);
  }
}

export type SendOutcome = 'sent' | 'already-sent' | 'unknown' | 'throttled' | 'waiting';

function secondsUntil(instant: string, now: Date): number {
  return Math.max(1, Math.ceil((Date.parse(instant) - now.getTime()) / 1000));
}

const QueuedMessage = z.object({ tenantId: z.string().min(1), notificationId: z.string().min(1) });

/**
 * A message of the notifications queue: one that is not a notification message is logged and dropped
 * (delivering it again would not make it one); a notification is sent as below.
 */
export async function sendQueuedNotification(
  deps: AppDeps,
  message: unknown,
  log: Log,
  deliveryCount: unknown,
): Promise<void> {
  const parsed = QueuedMessage.safeParse(message);
  if (!parsed.success) {
    log.error('not a notification message; dropped', parsed.error.issues);
    return;
  }
  const outcome = await sendNotification(deps, parsed.data);
  log.info(`${parsed.data.notificationId} ${outcome} (delivery ${String(deliveryCount)})`);
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
async function sendNotification(deps: AppDeps, message: NotificationMessage): Promise<SendOutcome> {
  const found = await deps.repos.notifications.get(message.tenantId, message.notificationId);
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
      await modifyFrom(
        deps.repos.notifications.at(notification.tenantId, found.value.id),
        found,
        (current) =>
          current.status === 'pending' ? throttled(current, error.retryAfterMs, deps.clock.now()) : undefined,
      );
      await deps.queue.enqueue(message, { delaySeconds: Math.ceil(error.retryAfterMs / 1000) });
      return 'throttled';
    }
    // One attempt counted; the error goes back to the queue, which delivers the message again and
    // after its fifth delivery moves it to the poison queue (by then the notification is failed).
    await modifyFrom(deps.repos.notifications.at(notification.tenantId, found.value.id), found, (current) =>
      current.status === 'pending'
        ? attemptFailed(current, String((error as Error).message ?? error), deps.clock.now())
        : undefined,
    );
    throw error;
  }
  await modifyFrom(deps.repos.notifications.at(notification.tenantId, found.value.id), found, (current) =>
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
      await modify(deps.repos.notifications.at(value.tenantId, value.id), (current) =>
        current.status === 'pending' ? requeued(current, deps.clock.now()) : undefined,
      );
      requeuedCount += 1;
    }
  }
}

/** The tenant's notifications, newest first, for whoever sees the tenant. */
export async function listNotifications(
  deps: AppDeps,
  principal: Principal,
  tenantId: string,
  request: ListRequest,
): Promise<Page<Notification>> {
  await tenantFor(deps, principal, tenantId, 'see');
  return pageOfList(
    `notifications:${tenantId}`,
    request,
    (page) => deps.repos.notifications.listForTenant(tenantId, page),
    (items) => items,
  );
}
