import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import { DomainError } from '../domain/errors';
import {
  attemptFailed,
  claimed,
  failedAtService,
  heldBy,
  newNotification,
  operationIdOf,
  requeued,
  resent,
  sendDecision,
  sent,
  throttled,
  type EmailContent,
  type Notification,
  type NotificationType,
} from '../domain/notification';
import type { Principal } from '../domain/principal';
import type { AppDeps } from './deps';
import { modify, modifyFrom } from './modify';
import { eachPage } from './pages';
import { pageOfList, type ListRequest } from './paging';
import {
  AlreadyExistsError,
  EmailRefusedError,
  EmailThrottledError,
  StaleWriteError,
  type NotificationMessage,
  type Page,
  type Versioned,
} from './ports';
import { tenantFor } from './tenants';

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
 * the message only wakes the sender. Only the writer that creates the document queues it: running
 * this again (a repeated request, a timer run that meets it again) writes nothing and queues nothing,
 * so a notification never has two messages on their way. A queue that fails after the document is
 * written fails nothing: the notification stays pending and `notification-sweep` queues it.
 */
export async function queueNotification(deps: AppDeps, draft: NotificationDraft): Promise<void> {
  const { content, ...rest } = draft;
  const notification = newNotification({
    ...rest,
    sealedContent: deps.sealer.seal(JSON.stringify(content)),
    now: deps.clock.now(),
  });
  try {
    await deps.repos.notifications.create(notification);
  } catch (error) {
    if (error instanceof AlreadyExistsError) return;
    throw error;
  }
  await enqueueOrLeave(deps, notification);
}

/** Queues a message for the notification; a failing queue leaves it to the sweep (it is in the store). */
async function enqueueOrLeave(deps: AppDeps, notification: Notification): Promise<void> {
  try {
    await deps.queue.enqueue({ tenantId: notification.tenantId, notificationId: notification.id });
  } catch (error) {
    // The work this announces stands, and the caller is never told to retry what is done.
    deps.log.warn(`notification ${notification.id} is kept for the sweep: the queue failed`, error);
  }
}

export type SendOutcome =
  | 'sent'
  | 'accepted-earlier'
  | 'already-sent'
  | 'unknown'
  | 'held'
  | 'waiting'
  | 'throttled'
  | 'attempt-failed'
  | 'given-up';

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
  deliveryCount: unknown,
): Promise<void> {
  const { log } = deps;
  const parsed = QueuedMessage.safeParse(message);
  if (!parsed.success) {
    log.error('not a notification message; dropped', parsed.error.issues);
    return;
  }
  const outcome = await sendNotification(deps, parsed.data);
  log.info(`${parsed.data.notificationId} ${outcome} (delivery ${String(deliveryCount)})`);
}

/**
 * Claims the notification for one attempt with a conditional write (one sender at a time); null with
 * the reason when there is nothing for this sender to do.
 */
async function claim(
  deps: AppDeps,
  message: NotificationMessage,
  holder: string,
): Promise<{ claimed: Versioned<Notification>; before: Notification } | { nothing: SendOutcome }> {
  const ref = deps.repos.notifications.at(message.tenantId, message.notificationId);
  for (;;) {
    const found = await ref.get();
    if (!found) return { nothing: 'unknown' };
    const now = deps.clock.now();
    switch (sendDecision(found.value, now)) {
      case 'done':
        return { nothing: 'already-sent' };
      case 'held':
        // Another sender has it; if that one dies, its claim lapses and the sweep queues it again.
        return { nothing: 'held' };
      case 'waiting':
        // Early (a copy queued for a throttled send arrived before its time): back for the rest of
        // the wait. A retry's backoff is the sweep's to keep, not a message's.
        if (found.value.lastError?.startsWith('throttled'))
          await deps.queue.enqueue(message, {
            delaySeconds: secondsUntil(found.value.notBefore as string, now),
          });
        return { nothing: 'waiting' };
      case 'claim':
        try {
          const written = await ref.replace(claimed(found.value, holder, now), found.etag);
          return { claimed: written, before: found.value };
        } catch (error) {
          if (!(error instanceof StaleWriteError)) throw error;
          // Another writer came first: decide again on what it wrote.
        }
    }
  }
}

/**
 * The notification-send function: at most one email per notification (a claim lets one sender at a
 * time send it; a send whose outcome is unknown is asked about before it is repeated), at least one
 * eventually (a failed attempt is tried again on the schedule of RETRY_AFTER_MINUTES, kept in the
 * store and queued by the sweep, until MAX_SEND_ATTEMPTS; then it is `failed` and can be resent).
 *
 * A send refused for the email service's sending limits is not a failure: the notification records
 * until when it must wait, a copy of the message is queued to become visible then (the quota runs on
 * the service's clock), and this delivery ends without error. The sweep covers a copy that is lost.
 * Only a failure to write the outcome is thrown: the queue delivers the message again, and the claim,
 * still held, sends it to the sweep once it lapses.
 */
async function sendNotification(deps: AppDeps, message: NotificationMessage): Promise<SendOutcome> {
  const holder = randomUUID();
  const taken = await claim(deps, message, holder);
  if ('nothing' in taken) return taken.nothing;
  const ref = deps.repos.notifications.at(message.tenantId, message.notificationId);
  const notification = taken.claimed.value;
  const operationId = operationIdOf(notification);
  /** Writes the attempt's outcome, unless another sender took over after this claim lapsed. */
  const settle = (change: (current: Notification) => Notification) =>
    modifyFrom(ref, taken.claimed, (current) =>
      current.status === 'pending' && heldBy(current, holder) ? change(current) : undefined,
    );

  try {
    if (taken.before.sendStartedAt) {
      // An earlier send's outcome is unknown: the service may have the email already.
      const known = await deps.email.status(operationId);
      if (known.state === 'accepted') {
        await settle((current) => sent(current, deps.clock.now()));
        return 'accepted-earlier';
      }
      if (known.state === 'failed') {
        await settle((current) => failedAtService(current, known.reason, deps.clock.now()));
        return 'attempt-failed';
      }
    }
    const content = JSON.parse(deps.sealer.open(notification.content as string)) as EmailContent;
    await deps.email.send({
      operationId,
      to: notification.recipients,
      ...content,
      headers: {
        'x-keycard-notification-id': notification.id,
        'x-keycard-notification-type': notification.type,
      },
    });
  } catch (error) {
    const now = deps.clock.now();
    if (error instanceof EmailThrottledError) {
      await settle((current) => throttled(current, error.retryAfterMs, now));
      await deps.queue.enqueue(message, { delaySeconds: Math.ceil(error.retryAfterMs / 1000) });
      return 'throttled';
    }
    const definite = error instanceof EmailRefusedError;
    const written = await settle((current) =>
      attemptFailed(current, String((error as Error).message ?? error), now, definite),
    );
    return written?.value.status === 'failed' ? 'given-up' : 'attempt-failed';
  }
  // Sent: recorded whoever holds it now (a sender that took over asks the service, and finds it).
  await modifyFrom(ref, taken.claimed, (current) =>
    current.status === 'sent' ? undefined : sent(current, deps.clock.now()),
  );
  return 'sent';
}

/**
 * The notification-sweep timer: queues the pending notifications whose time has come (a message
 * lost, a claim lapsed, a retry due), every one due in this run. Each is marked first with a
 * conditional write, so two sweeps at once queue it once; one a sender holds is left to it.
 */
export async function sweepNotifications(deps: AppDeps): Promise<number> {
  const now = deps.clock.now();
  let queued = 0;
  for await (const page of eachPage(
    (request) => deps.repos.notifications.listDueForSweep(now, request),
    deps.log,
  )) {
    for (const found of page) {
      if (sendDecision(found.value, now) === 'held') continue;
      try {
        await deps.repos.notifications.replace(requeued(found.value, now), found.etag);
      } catch (error) {
        if (error instanceof StaleWriteError) continue; // changed since: a sender or a sweep has it
        throw error;
      }
      await enqueueOrLeave(deps, found.value);
      queued += 1;
    }
  }
  return queued;
}

/**
 * `POST /tenants/{id}/notifications/{notificationId}/resend`: a failed notification is sent again,
 * its attempts starting over, to the same recipients with the same content (nobody sees the content:
 * it may hold an admin's token). One that is not failed is 409 `notification_not_failed`.
 */
export async function resendNotification(
  deps: AppDeps,
  principal: Principal,
  tenantId: string,
  notificationId: string,
): Promise<Notification> {
  await tenantFor(deps, principal, tenantId, 'see');
  const written = await modify(deps.repos.notifications.at(tenantId, notificationId), (current) => {
    if (current.status !== 'failed' || !current.content)
      throw new DomainError(
        'notification_not_failed',
        current.status === 'failed'
          ? 'This notification can no longer be sent: its content was erased with the customer data.'
          : `This notification is ${current.status}; only a failed one can be sent again.`,
      );
    return resent(current, deps.clock.now());
  });
  if (!written) throw new DomainError('not_found', 'No such notification.');
  await enqueueOrLeave(deps, written.value);
  return written.value;
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
