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
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** The lifecycle stages that are told to the customer, each as a notification of its own type. */
export type StageNotificationType = 'subscription_expired' | 'subscription_disabled' | 'subscription_deleted';

export type NotificationStatus = 'pending' | 'sent' | 'failed';

/** A notification not sent this long after it was queued is queued again by the sweep. */
export const SWEEP_AFTER_MINUTES = 10;
export const MAX_SEND_ATTEMPTS = 5;

export interface Notification {
  id: string;
  tenantId: string;
  type: NotificationType;
  subscriptionId: string | null;
  daysBeforeExpiry: number | null;
  recipients: string[];
  status: NotificationStatus;
  attempts: number;
  createdAt: string;
  sentAt: string | null;
  lastError: string | null;
  /** The email (subject, text, html), sealed: it may carry a secret (the admin's token). Wiped once sent. */
  content: string | null;
  nextSweepAt: string | null;
  /** Not to be sent before this: the email service's sending limit asked to wait (Retry-After). */
  notBefore: string | null;
  /** When its recipients and body were erased with the customer's data (the rest stays as audit). */
  redactedAt?: string | null;
}

export interface EmailContent {
  subject: string;
  plainText: string;
  html: string;
}

/**
 * A notification's id is what it is about, so it exists at most once whatever retries and concurrent
 * timer runs do: a renewal notice per subscription, term and threshold; a stage per subscription and
 * term; a welcome per admin token issued; a Partner of Record change per change.
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
};

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
  };
}

/** Whether the notification must wait still (the email service asked to retry later). */
export function mustWait(notification: Notification, now: Date): boolean {
  return notification.notBefore !== null && now.getTime() < Date.parse(notification.notBefore);
}

/**
 * The email service's sending limit refused it for now: it waits until `retryAfterMs` has passed. Not
 * an attempt: a throttled email is not failing, and counting it would give up on an email that only
 * had to wait (the 11th email of an hour on an Azure-managed domain). The sweep looks again only
 * after the wait.
 */
export function throttled(notification: Notification, retryAfterMs: number, now: Date): Notification {
  const notBefore = new Date(now.getTime() + retryAfterMs);
  return {
    ...notification,
    notBefore: iso(notBefore),
    nextSweepAt: iso(addMinutes(notBefore, SWEEP_AFTER_MINUTES)),
    lastError: `throttled by the email service until ${iso(notBefore)}`,
  };
}

export function sent(notification: Notification, now: Date): Notification {
  return {
    ...notification,
    status: 'sent',
    attempts: notification.attempts + 1,
    sentAt: iso(now),
    content: null,
    nextSweepAt: null,
    notBefore: null,
    lastError: null,
  };
}

/** A failed attempt: tried again later, or given up after MAX_SEND_ATTEMPTS. */
export function attemptFailed(notification: Notification, error: string, now: Date): Notification {
  const attempts = notification.attempts + 1;
  const givenUp = attempts >= MAX_SEND_ATTEMPTS;
  return {
    ...notification,
    attempts,
    lastError: error.slice(0, 500),
    status: givenUp ? 'failed' : 'pending',
    nextSweepAt: givenUp ? null : iso(addMinutes(now, SWEEP_AFTER_MINUTES)),
  };
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
      ? { status: 'failed' as const, nextSweepAt: null, lastError: 'not sent: the tenant was deleted first' }
      : {}),
  };
}

export function requeued(notification: Notification, now: Date): Notification {
  return { ...notification, nextSweepAt: iso(addMinutes(now, SWEEP_AFTER_MINUTES)) };
}
