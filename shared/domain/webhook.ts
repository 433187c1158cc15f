import { createHash } from 'node:crypto';
import type { EventType } from './event';

/**
 * Webhooks (issue 21): a partner's endpoints and the deliveries of its events to them. The rules
 * (how many endpoints, the retry schedule, when an endpoint is disabled for failing) live here; the
 * store, the HTTP client and the signing live in the adapters and shared/app/webhooks*.ts.
 */

/** At most this many endpoints a partner (422 `too_many_webhook_endpoints` beyond). */
export const MAX_WEBHOOK_ENDPOINTS = 10;

/** After a rotation the previous secret still signs this long, so receivers can switch without a gap. */
export const SECRET_OVERLAP_MS = 24 * 3_600_000;

/** A delivery succeeds on a 2xx answered within this time. */
export const DELIVERY_TIMEOUT_MS = 10_000;

/** Only the first KiB of a receiver's answer is kept. */
export const KEPT_RESPONSE_BYTES = 1024;

/**
 * The wait before each retry, after the 1st, 2nd, … failed attempt: 5 s, 5 min, 30 min, 2 h, 5 h,
 * 10 h, 14 h, 20 h, 24 h (ten attempts over about 3 days and 3 hours), each stretched by up to 10 %
 * of jitter. After the tenth failed attempt the delivery is `failed` (it can be redelivered).
 */
export const RETRY_DELAYS_S = [5, 300, 1_800, 7_200, 18_000, 36_000, 50_400, 72_000, 86_400] as const;
export const MAX_DELIVERY_ATTEMPTS = RETRY_DELAYS_S.length + 1;

/** An endpoint whose every attempt failed for this long is disabled and its partner told. */
export const DISABLE_AFTER_FAILING_MS = 3 * 86_400_000;

/** How long a sender holds a delivery it claimed (longer than one attempt can take). */
export const DELIVERY_CLAIM_MS = 60_000;

export interface WebhookSecret {
  /** The `whsec_…` secret, sealed (shared/crypto/secrets.ts). */
  sealed: string;
  createdAt: string;
  /** Set when a newer secret replaced it: it still signs until then. */
  expiresAt: string | null;
}

export type DisabledReason = 'partner' | 'failing';

export interface WebhookEndpoint {
  /** `we_…`. */
  id: string;
  url: string;
  description: string;
  /** null: every type. */
  eventTypes: EventType[] | null;
  enabled: boolean;
  /** Why it is disabled: by its partner, or for failing every attempt for 3 days. */
  disabledReason: DisabledReason | null;
  disabledAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Newest first. */
  secrets: WebhookSecret[];
  /** Since when every attempt failed (null: the last one succeeded, or none yet). */
  failingSince: string | null;
  /** The last few failed attempts' errors, newest first. */
  lastErrors: { at: string; error: string }[];
}

/** A partner's endpoints: one document, so the limit of ten holds under concurrent creates. */
export interface PartnerWebhooks {
  /** The partner's internal id. */
  id: string;
  endpoints: WebhookEndpoint[];
}

export interface WebhookAttempt {
  at: string;
  /** The receiver's HTTP status (null: no answer). */
  status: number | null;
  durationMs: number;
  /** Why it failed (null: it succeeded). */
  error: string | null;
  /** The first KiB of the answer's body. */
  responseBody: string;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed' | 'held';

/** One event to one endpoint: its attempts and when the next is due. */
export interface WebhookDelivery {
  /** `<event id>|<endpoint id>`. */
  id: string;
  endpointId: string;
  partnerId: string;
  eventId: string;
  eventType: EventType | 'ping';
  /** The exact body sent (the event as the feed shows it), fixed once so every attempt is the same. */
  payload: string;
  /** pending: an attempt is due at nextAttemptAt; held: the endpoint is disabled. */
  status: DeliveryStatus;
  /** Newest last; at most MAX_DELIVERY_ATTEMPTS a round (a redelivery starts a new round). */
  attempts: WebhookAttempt[];
  /** Failed attempts in the current round. */
  failures: number;
  nextAttemptAt: string | null;
  claim: { holder: string; until: string } | null;
  createdAt: string;
  deliveredAt: string | null;
}

export function deliveryId(eventId: string, endpointId: string): string {
  return `${eventId}|${endpointId}`;
}

/** Whether the endpoint wants events of this type. */
export function subscribes(endpoint: WebhookEndpoint, type: EventType | 'ping'): boolean {
  return type === 'ping' || endpoint.eventTypes === null || endpoint.eventTypes.includes(type);
}

/**
 * The wait after the `failures`-th failed attempt, in ms, or null when none is left. Jitter is
 * derived from the delivery's id and the attempt, so it spreads retries yet a test can know it.
 */
export function retryDelayMs(delivery: Pick<WebhookDelivery, 'id'>, failures: number): number | null {
  const base = RETRY_DELAYS_S[failures - 1];
  if (base === undefined) return null;
  const spread = createHash('sha256').update(`${delivery.id}#${failures}`).digest().readUInt16BE(0) / 65_535;
  return Math.round(base * 1000 * (1 + 0.1 * spread));
}

/** The secrets that sign now: the newest, and a replaced one until it expires. */
export function signingSecrets(endpoint: WebhookEndpoint, now: Date): WebhookSecret[] {
  return endpoint.secrets.filter((s) => s.expiresAt === null || Date.parse(s.expiresAt) > now.getTime());
}
