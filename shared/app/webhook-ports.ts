import type {
  EventRepository,
  OfPartner,
  Page,
  PageRequest,
  Repositories,
  Repository,
  Versioned,
} from './ports';
import type { PartnerEvent } from '../domain/event';
import type { PartnerWebhooks, WebhookDelivery } from '../domain/webhook';
import type { TenantOfferRepositories } from './tenant-offer-ports';
import type { TenantRepository } from './tenant-ports';

/** One POST to a partner's endpoint. */
export interface WebhookRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** What the receiver answered (never thrown: a failure is an answer with `error`). */
export interface WebhookResponse {
  /** The HTTP status (null: no answer: refused address, connection error, timeout). */
  status: number | null;
  durationMs: number;
  /** Why the attempt failed (null: a 2xx within the time allowed). */
  error: string | null;
  /** The first KiB of the answer's body, as text. */
  body: string;
}

/** The URL may not be called: its scheme, or an address its host resolves to (loopback, private, …). */
export class ForbiddenWebhookAddressError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'ForbiddenWebhookAddressError';
  }
}

/**
 * The HTTP client of webhooks (shared/adapters/webhook-sender.ts): no redirects followed, 10 s at
 * most, only public addresses, checked after DNS resolution on the very connection used.
 */
export interface WebhookSender {
  /** @throws ForbiddenWebhookAddressError for a URL this service may not call (at registration). */
  check(url: string): Promise<void>;
  /** POSTs once. A forbidden address is an answer with `error`, not a throw. */
  post(request: WebhookRequest): Promise<WebhookResponse>;
}

export interface WebhookMessage {
  endpointId: string;
  deliveryId: string;
}

/** The `webhooks` storage queue: a message only wakes the sender (the store holds the delivery). */
export interface WebhookQueue {
  enqueue(message: WebhookMessage, options?: { delaySeconds?: number }): Promise<void>;
}

export type PartnerWebhooksRepository = Repository<PartnerWebhooks>;

export interface WebhookDeliveryRepository extends Repository<WebhookDelivery, OfEndpoint> {
  /** The endpoint's deliveries, newest first. */
  listForEndpoint(endpointId: string, page: PageRequest): Promise<Page<WebhookDelivery>>;
  /** The endpoint's deliveries in a status (e.g. held), any order. */
  listInStatus(
    endpointId: string,
    status: WebhookDelivery['status'],
    page: PageRequest,
  ): Promise<Page<Versioned<WebhookDelivery>>>;
  /** Deliveries due (`nextAttemptAt <= now`), any endpoint, in no order (the sweep). */
  listDue(now: Date, page: PageRequest): Promise<Page<Versioned<WebhookDelivery>>>;
  /** The keys of deliveries created before `before`, each with its version (the purge). */
  listKeysBefore(before: Date, page: PageRequest): Promise<Page<Versioned<OfEndpoint>>>;
  /** Deletes the delivery as it was listed; one written since is kept (StaleWriteError). */
  deleteUnchanged(key: Versioned<OfEndpoint>): Promise<void>;
}

/** A delivery's key: its endpoint (the partition) and its id. */
export type OfEndpoint = [endpointId: string, id: string];

/** The events, and those whose deliveries are still to plan. */
export interface PlannedEventRepository extends EventRepository {
  /** Events with `plannedAt` null created by `before`, any partner, in no order (webhook-sweep). */
  listUnplanned(before: Date, page: PageRequest): Promise<Page<Versioned<PartnerEvent>>>;
  /** Deletes the event as the purge listed it; one written since is kept (StaleWriteError). */
  deleteUnchanged(key: Versioned<OfPartner>): Promise<void>;
}

/** Every repository: the ones of shared/app/ports.ts, the tenant's offer list and the webhooks'. */
export interface AllRepositories extends Repositories, TenantOfferRepositories {
  tenants: TenantRepository;
  events: PlannedEventRepository;
  webhookEndpoints: PartnerWebhooksRepository;
  webhookDeliveries: WebhookDeliveryRepository;
}
