import { derivedId } from './derived-id';
import { addMinutes, iso } from './time';

/**
 * The outbox: every email is first a notification document with an id fixed by what it is about,
 * so it exists at most once whatever retries happen; then a queue message; then one send through
 * Azure Communication Services under an operation id derived from the notification id.
 */
export const NOTIFICATION_TYPES = [
  'welcome_admin',
  'admin_token_reissued',
  'delegation_offer',
  'delegation_accepted',
  'partner_of_record_changed',
  'renewal_notice',
  'subscription_expired',
  'subscription_disabled',
  'subscription_deleted',
  'subscription_renewed',
  'seats_added',
  'delegation_offer_declined',
  'delegation_offer_expired',
  'switched_to_direct_billing',
  'delegated_admin_removed',
  /** A partner's own (partition `partner:<id>`): its webhook endpoint was disabled for failing. */
  'webhook_endpoint_disabled',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** The lifecycle stages that are told to the customer, each as a notification of its own type. */
export type StageNotificationType = 'subscription_expired' | 'subscription_disabled' | 'subscription_deleted';

export type NotificationStatus = 'pending' | 'sent' | 'failed';

/** A notification not sent this long after it was queued is queued again by the sweep (a lost message). */
export const SWEEP_AFTER_MINUTES = 10;
/**
 * After a failed attempt, the next waits this long (then each gap in turn): 5 min, 15 min, 30 min,
 * 1 h, 2 h, 4 h, 8 h, 12 h. Nine attempts spread over 27 h 50 min, so an email outage of up to a
 * day loses nothing. The store keeps the time and the sweep queues it (the local clock moves it).
 */
export const RETRY_AFTER_MINUTES = [5, 15, 30, 60, 120, 240, 480, 720] as const;
export const MAX_SEND_ATTEMPTS = RETRY_AFTER_MINUTES.length + 1;
/**
 * How long a sender holds a notification it claimed: longer than a send and a status check take
 * (each has a 10 s deadline). A sender that dies lets its claim lapse, and the sweep queues it again.
 */
export const LEASE_SECONDS = 120;

/** A sender's claim: one sender at a time, and a time after which another may take over. */
export interface Lease {
  holder: string;
  until: string;
}

export interface Notification {
  id: string;
  tenantId: string;
  type: NotificationType;
  subscriptionId: string | null;
  daysBeforeExpiry: number | null;
  recipients: string[];
  status: NotificationStatus;
  /** Sends started (a claim that went on to send, or to ask the service about an earlier one). */
  attempts: number;
  createdAt: string;
  sentAt: string | null;
  lastError: string | null;
  /** The email (subject, text, html), sealed: it may carry a secret (the admin's token). Wiped once sent. */
  content: string | null;
  /** When the sweep must queue it (again): a lost message, a lapsed claim, or the next attempt's time. */
  nextSweepAt: string | null;
  /** Not to be tried before this: the email service asked to wait (Retry-After), or a retry's backoff. */
  notBefore: string | null;
  /** The sender that holds it now, if any (absent on documents written before claims). */
  lease?: Lease | null;
  /**
   * When a send began whose outcome is not known (the sender died, or the service's answer was lost):
   * before sending again, the email service is asked whether it has that operation.
   */
  sendStartedAt?: string | null;
  /** The email service's operation id of the current send (absent: derived from the id, as before). */
  operationId?: string;
  /** How many times it was sent again by hand after failing (`.../resend`). */
  resends?: number;
  /** When its recipients and body were erased with the customer's data (the rest stays as audit). */
  redactedAt?: string | null;
}

export interface EmailContent {
  subject: string;
  plainText: string;
  html: string;
}

/**
 * Who a notification is written for: the customer's Global Administrators, or one partner (named by
 * its program id, the API's `partnerId`). One fact told to two audiences is two notifications.
 */
export type NotificationAudience = { kind: 'customer' } | { kind: 'partner'; programId: string };

export const CUSTOMER: NotificationAudience = { kind: 'customer' };

export function partnerAudience(programId: string): NotificationAudience {
  return { kind: 'partner', programId };
}

/**
 * A notification's id is what it is about, so it exists at most once whatever retries and concurrent
 * timer runs do: a renewal notice per subscription, term and threshold; a stage per subscription and
 * term; a welcome per admin token issued; a Partner of Record change per change. A fact told to more
 * than one audience (since issue 20) has one notification per audience: the fact's id, then
 * `:customer` or `:partner:<programId>` (`forAudience`). Documents written before that carry the fact's
 * id alone and one email to everyone (`legacy` in the soak's count); they stay readable as they are.
 */
export const notificationIds = {
  welcomeAdmin: (userId: string) => `welcome_admin:${userId}`,
  /** For a token issued after the first (a new Global Administrator, or a new token): per token. */
  adminToken: (userId: string, tokenId: string) => `admin_token:${userId}:${tokenId}`,
  delegationOffer: (offerId: string) => `delegation_offer:${offerId}`,
  delegationAccepted: (offerId: string) => `delegation_accepted:${offerId}`,
  partnerOfRecordChanged: (subscriptionId: string, changeId: string) =>
    `partner_of_record_changed:${subscriptionId}:${changeId}`,
  renewed: (subscriptionId: string, redemptionId: string) =>
    `subscription_renewed:${subscriptionId}:${redemptionId}`,
  renewalNotice: (subscriptionId: string, termEnd: string, days: number) =>
    `${subscriptionId}:${termEnd}:renewal_notice:${days}`,
  stage: (type: StageNotificationType, subscriptionId: string, termEnd: string) =>
    `${subscriptionId}:${termEnd}:${type}`,
  seatsAdded: (subscriptionId: string, redemptionId: string) =>
    `seats_added:${subscriptionId}:${redemptionId}`,
  offerDeclined: (offerId: string) => `delegation_offer_declined:${offerId}`,
  offerExpired: (offerId: string) => `delegation_offer_expired:${offerId}`,
  switchedToDirectBilling: (subscriptionId: string) => `switched_to_direct_billing:${subscriptionId}`,
  /** Per delegation: a partner made delegated admin again and removed again is a new fact. */
  delegatedAdminRemoved: (partnerProgramId: string, since: string) =>
    `delegated_admin_removed:${partnerProgramId}:${since}`,
  /** The notification of a fact for one audience. */
  forAudience: (factId: string, audience: NotificationAudience) =>
    audience.kind === 'customer' ? `${factId}:customer` : `${factId}:partner:${audience.programId}`,
};

/** The audience an id names (`null`: an id of one audience only, or of the time before audiences). */
export function audienceOf(id: string): { fact: string; audience: string } | null {
  const match = /^(.*):(customer|partner:[^:]+)$/.exec(id);
  return match ? { fact: match[1] as string, audience: match[2] as string } : null;
}

export function newNotification(input: {
  id: string;
  tenantId: string;
  type: NotificationType;
  recipients: string[];
  sealedContent: string;
  subscriptionId?: string;
  daysBeforeExpiry?: number;
  now: Date;
}): Notification {
  return {
    id: input.id,
    tenantId: input.tenantId,
    type: input.type,
    subscriptionId: input.subscriptionId ?? null,
    daysBeforeExpiry: input.daysBeforeExpiry ?? null,
    recipients: input.recipients,
    status: 'pending',
    attempts: 0,
    createdAt: iso(input.now),
    sentAt: null,
    lastError: null,
    content: input.sealedContent,
    nextSweepAt: iso(addMinutes(input.now, SWEEP_AFTER_MINUTES)),
    notBefore: null,
    lease: null,
    sendStartedAt: null,
    operationId: derivedId('emailOperation', input.id),
    resends: 0,
  };
}

/** The email service's operation id of the notification's current send. */
export function operationIdOf(notification: Notification): string {
  return notification.operationId ?? derivedId('emailOperation', notification.id);
}

/** What a sender that received the notification's message does with it. */
export type SendDecision = 'done' | 'held' | 'waiting' | 'claim';

export function sendDecision(notification: Notification, now: Date): SendDecision {
  if (notification.status !== 'pending' || !notification.content) return 'done';
  if (notification.lease && now.getTime() < Date.parse(notification.lease.until)) return 'held';
  if (notification.notBefore !== null && now.getTime() < Date.parse(notification.notBefore)) return 'waiting';
  return 'claim';
}

/**
 * Claimed by a sender for one attempt: no other sender sends it while the lease holds, and the sweep
 * looks again when it lapses (the sender died). The attempt is counted now: a sender that dies after
 * sending has still made it.
 */
export function claimed(notification: Notification, holder: string, now: Date): Notification {
  const until = iso(new Date(now.getTime() + LEASE_SECONDS * 1000));
  return {
    ...notification,
    lease: { holder, until },
    attempts: notification.attempts + 1,
    // Kept from an earlier send whose outcome is unknown: that one is asked about first.
    sendStartedAt: notification.sendStartedAt ?? iso(now),
    nextSweepAt: until,
  };
}

export function heldBy(notification: Notification, holder: string): boolean {
  return notification.lease?.holder === holder;
}

/**
 * The email service's sending limit refused it for now: it waits until `retryAfterMs` has passed. Not
 * an attempt: a throttled email is not failing, and counting it would give up on an email that only
 * had to wait (the 11th email of an hour on an Azure-managed domain). A refusal is a definite answer:
 * nothing was sent. The sweep looks again only well after the wait.
 */
export function throttled(notification: Notification, retryAfterMs: number, now: Date): Notification {
  const notBefore = new Date(now.getTime() + retryAfterMs);
  return {
    ...notification,
    attempts: Math.max(0, notification.attempts - 1),
    lease: null,
    sendStartedAt: null,
    notBefore: iso(notBefore),
    nextSweepAt: iso(addMinutes(notBefore, SWEEP_AFTER_MINUTES)),
    lastError: `throttled by the email service until ${iso(notBefore)}`,
  };
}

export function sent(notification: Notification, now: Date): Notification {
  return {
    ...notification,
    status: 'sent',
    sentAt: iso(now),
    content: null,
    nextSweepAt: null,
    notBefore: null,
    lastError: null,
    lease: null,
    sendStartedAt: null,
  };
}

/**
 * A failed attempt: tried again after the next gap of RETRY_AFTER_MINUTES, or given up after
 * MAX_SEND_ATTEMPTS. `definite`: the service answered that it did not take the email (a 4xx), so the
 * next attempt need not ask about this one; otherwise (no answer, a lost answer, a 5xx) it asks first.
 */
export function attemptFailed(
  notification: Notification,
  error: string,
  now: Date,
  definite: boolean,
): Notification {
  const givenUp = notification.attempts >= MAX_SEND_ATTEMPTS;
  const gap = RETRY_AFTER_MINUTES[Math.min(notification.attempts, RETRY_AFTER_MINUTES.length) - 1] ?? 0;
  const next = iso(addMinutes(now, gap));
  return {
    ...notification,
    lease: null,
    lastError: error.slice(0, 500),
    sendStartedAt: definite ? null : (notification.sendStartedAt ?? null),
    status: givenUp ? 'failed' : 'pending',
    notBefore: givenUp ? null : next,
    nextSweepAt: givenUp ? null : next,
  };
}

/**
 * The email service says the operation of an earlier send failed (it took it, then could not send
 * it): a failed attempt, and the next one is a new operation (the old id is spent).
 */
export function failedAtService(notification: Notification, error: string, now: Date): Notification {
  return {
    ...attemptFailed(notification, `the email service failed it: ${error}`, now, true),
    operationId: derivedId('emailOperation', `${notification.id}:${notification.attempts}`),
  };
}

/**
 * A failed notification sent again by hand: its attempts start over, with the same content and
 * recipients. An earlier send whose outcome is unknown is still asked about first.
 */
export function resent(notification: Notification, now: Date): Notification {
  return {
    ...notification,
    status: 'pending',
    attempts: 0,
    lease: null,
    notBefore: null,
    nextSweepAt: iso(addMinutes(now, SWEEP_AFTER_MINUTES)),
    resends: (notification.resends ?? 0) + 1,
  };
}

/** When the next attempt is due, for a pending notification that waits (null: as soon as it can). */
export function nextAttemptAt(notification: Notification): string | null {
  return notification.status === 'pending' ? notification.notBefore : null;
}

/**
 * The notification without the customer's data: no recipients, no body. One still pending is given up
 * (its tenant is gone). The rest (type, dates, status) stays as the audit trail.
 */
export function redacted(notification: Notification, now: Date): Notification | undefined {
  if (notification.redactedAt) return undefined;
  const pending = notification.status === 'pending';
  return {
    ...notification,
    recipients: [],
    content: null,
    redactedAt: iso(now),
    ...(pending
      ? {
          status: 'failed' as const,
          nextSweepAt: null,
          notBefore: null,
          lease: null,
          lastError: 'not sent: the tenant was deleted first',
        }
      : {}),
  };
}

/** Queued again by the sweep: it looks again after SWEEP_AFTER_MINUTES if no sender has taken it. */
export function requeued(notification: Notification, now: Date): Notification {
  return { ...notification, nextSweepAt: iso(addMinutes(now, SWEEP_AFTER_MINUTES)) };
}
