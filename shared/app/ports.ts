import type { Sku } from '../domain/catalog';
import type { ProductKeyRecord } from '../domain/inventory';
import type { DelegationOffer } from '../domain/delegation';
import type { EventCursor, PartnerEvent } from '../domain/event';
import type { LookUpAttempts } from '../domain/failed-key-attempts';
import type { Notification } from '../domain/notification';
import type { Partner } from '../domain/partner';
import type { Redemption, RedemptionStatus } from '../domain/redemption';
import type { Subscription } from '../domain/subscription';
import type { Tenant } from '../domain/tenant';
import type { User } from '../domain/user';

/**
 * The ports the use cases need. Adapters implement them over Cosmos DB (shared/adapters); tests wrap
 * them (fault injection) but never replace them with fakes.
 */
export interface Clock {
  now(): Date;
}

/** Where a use case says what it did or what it let go (the invocation's log in Azure). */
export interface Log {
  info(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  error(message: string, ...details: unknown[]): void;
}

/** A document as read from the store, with the version a conditional write must match. */
export interface Versioned<T> {
  value: T;
  etag: string;
}

export interface Page<T> {
  items: T[];
  continuationToken: string | null;
  /** A timer's work list only: documents of the page that could not be decoded, left out. */
  skipped?: UnreadableDocument[];
}

/** A stored document whose shape is not its container's: where it is, and what is wrong (never a value). */
export interface UnreadableDocument {
  container: string;
  id: string;
  problems: string[];
}

export interface PageRequest {
  limit: number;
  continuationToken: string | null;
}

/** A create found the id taken. */
export class AlreadyExistsError extends Error {
  constructor(readonly id: string) {
    super(`document ${id} already exists`);
    this.name = 'AlreadyExistsError';
  }
}

/** A conditional write lost: the document changed (or vanished) since it was read. */
export class StaleWriteError extends Error {
  constructor(readonly id: string) {
    super(`document ${id} changed since it was read`);
    this.name = 'StaleWriteError';
  }
}

/** The store kept refusing for lack of capacity (429 after the SDK's own retries). */
export class StoreBusyError extends Error {
  constructor(readonly retryAfterMs: number) {
    super('the store is busy');
    this.name = 'StoreBusyError';
  }
}

/**
 * The store did not answer in time, refused the connection, or answered that it is unavailable:
 * the request is given up at once (never a wait of a minute) and the caller told to try again.
 */
export class StoreUnavailableError extends Error {
  constructor(readonly reason: string) {
    super(`the store is unavailable: ${reason}`);
    this.name = 'StoreUnavailableError';
  }
}

/**
 * A document read on a request's path is not of its container's shape: the request fails (500,
 * naming no data) and the log names the document, for an operator to look at.
 */
export class UnreadableDocumentError extends Error {
  constructor(readonly document: UnreadableDocument) {
    super(`${document.container} document ${document.id} cannot be decoded: ${document.problems.join('; ')}`);
    this.name = 'UnreadableDocumentError';
  }
}

/** A continuation token the store cannot use (forged, truncated or from another query). */
export class InvalidContinuationError extends Error {
  constructor() {
    super('invalid continuation token');
    this.name = 'InvalidContinuationError';
  }
}

/** One document, addressed: what a read-modify-write with a conditional write needs. */
export interface DocumentRef<T> {
  get(): Promise<Versioned<T> | null>;
  /** @throws StaleWriteError */
  replace(doc: T, etag: string): Promise<Versioned<T>>;
}

/**
 * The documents of one aggregate, each addressed by the key its container needs: its id where the
 * container is partitioned by id, else its partition and its id (`users.get(tenantId, userId)`).
 */
export interface Repository<T extends { id: string }, Key extends readonly string[] = [id: string]> {
  get(...key: Key): Promise<Versioned<T> | null>;
  /** @throws AlreadyExistsError */
  create(doc: T): Promise<Versioned<T>>;
  /** @throws StaleWriteError */
  replace(doc: T, etag: string): Promise<Versioned<T>>;
  /** Deleting what is already gone is not an error. */
  delete(...key: Key): Promise<void>;
  at(...key: Key): DocumentRef<T>;
}

/** Keys of the containers partitioned by something else than the id: the partition first. */
export type InTenant = [tenantId: string, id: string];
export type OfPartner = [partnerId: string, id: string];

export type PartnerRepository = Repository<Partner>;

/** The one partition of the partner directory: every entry is in it. */
export const PARTNER_DIRECTORY = 'partners';

/**
 * "This partner is registered": one small entry per partner, every entry in the one partition
 * `PARTNER_DIRECTORY`, so that the operator lists the partners newest first with a single-partition
 * query (the partners themselves are partitioned by id: listing them would query every partition).
 * Written before the partner and checked against it when read; it holds nothing that changes (no
 * name, no email), so it is never rewritten.
 */
export interface PartnerDirectoryEntry {
  /** The partner's internal id. */
  id: string;
  directory: typeof PARTNER_DIRECTORY;
  createdAt: string;
}

export interface PartnerDirectoryRepository extends Repository<PartnerDirectoryEntry> {
  /** A page of the entries, newest first. */
  listNewestFirst(page: PageRequest): Promise<Page<PartnerDirectoryEntry>>;
}

export interface TokenRecord {
  /** Keyed hash of the token. */
  id: string;
  kind: 'partner' | 'customer_admin' | 'delegation_offer';
  /** The partner's, the user's or the offer's id. */
  subjectId: string;
  /** For customer admins: the tenant (the partition of the user). */
  tenantId?: string;
  createdAt: string;
}
export type TokenRepository = Repository<TokenRecord>;

export interface KeyBatch {
  id: string;
  mode: 'minted' | 'imported';
  /**
   * `writing` until its keys are all written, then `complete`; one given up by the cleanup is
   * `abandoning` while its keys are deleted, then `abandoned`. Absent on batches written before: complete.
   */
  status?: 'writing' | 'complete' | 'abandoning' | 'abandoned';
  sku: Sku;
  seatsPerKey: number;
  termMonths: number;
  created: number;
  duplicates: number;
  invalid: number;
  createdAt: string;
  createdBy: string;
  /** The minted keys, sealed, while the answer that shows them may still be given (24 h). */
  sealedKeys?: string | null;
  /** When key-batch-cleanup looks at it: a stalled batch is given up, a complete one's keys wiped. */
  cleanupAt?: string | null;
}
export interface KeyBatchRepository extends Repository<KeyBatch> {
  /** A page of the batches whose `cleanupAt` has come, any batch: the cleanup timer's work list. */
  listDueForCleanup(now: Date, page: PageRequest): Promise<Page<Versioned<KeyBatch>>>;
}

export interface ProductKeyRepository extends Repository<ProductKeyRecord> {
  /** Creates many keys in bulk; ids already taken are reported, not thrown. */
  createMany(keys: ProductKeyRecord[]): Promise<{ created: number; existingIds: string[] }>;
  /** A page of the ids of the batch's keys (fans out: the cleanup timer only). */
  listIdsOfBatch(batchId: string, page: PageRequest): Promise<Page<string>>;
}

export interface RedemptionFilter {
  status?: RedemptionStatus;
  now: Date;
}

export interface RedemptionRepository extends Repository<Redemption, OfPartner> {
  listForPartner(partnerId: string, filter: RedemptionFilter, page: PageRequest): Promise<Page<Redemption>>;
  /** Redemptions whose `cleanupAt` has come, any partner: the cleanup timer's work list. */
  listDueForCleanup(now: Date, page: PageRequest): Promise<Page<Versioned<Redemption>>>;
}

export interface FailedKeyAttemptsRecord extends LookUpAttempts {
  /** The partner's internal id. */
  id: string;
}
export type FailedKeyAttemptsRepository = Repository<FailedKeyAttemptsRecord>;

export interface IdempotencyRecord {
  /** Keyed hash of principal + Idempotency-Key. */
  id: string;
  fingerprint: string;
  state: 'in_progress' | 'completed';
  /** Until when an in-progress record blocks others; after that the request is presumed dead. */
  lockedUntil: string;
  createdAt: string;
  expiresAt: string;
  /** The first response, sealed (it may hold a secret shown once, such as minted keys). */
  response: string | null;
  /** Cosmos DB TTL in seconds: tidies up in Azure; correctness never depends on it. */
  ttl: number;
  /** The tenants the request and its answer name: their purge deletes the record (it may hold their data). */
  tenantIds?: string[];
}
export interface IdempotencyRepository extends Repository<IdempotencyRecord> {
  /** A page of the ids of the records naming the tenant (the purge's work list; fans out, timers only). */
  listIdsForTenant(tenantId: string, page: PageRequest): Promise<Page<string>>;
}

export interface DomainClaim {
  /** The domain itself: its id is the uniqueness claim. */
  id: string;
  tenantId: string;
  claimedAt: string;
}

/**
 * "This partner may have a relation with this tenant": written before any change that makes a
 * partner see a tenant, checked against the tenant itself when read. It only serves to list a
 * partner's tenants with a single-partition query; it never grants anything by itself.
 */
export interface PartnerTenantLink {
  /** The tenant id. */
  id: string;
  partnerId: string;
  createdAt: string;
}

export interface UserRepository extends Repository<User, InTenant> {
  listForTenant(tenantId: string, page: PageRequest): Promise<Page<User>>;
}

export interface NotificationRepository extends Repository<Notification, InTenant> {
  listForTenant(tenantId: string, page: PageRequest): Promise<Page<Notification>>;
  /** A page of the pending notifications whose `nextSweepAt` has come, any tenant: the sweep's work list. */
  listDueForSweep(now: Date, page: PageRequest): Promise<Page<Versioned<Notification>>>;
}

export interface DelegationOfferRepository extends Repository<DelegationOffer> {
  /**
   * A page of the offers still `pending` whose `expiresAt` has come, any tenant, in no order: the
   * offer-expiry sweep's work list (it records each as `expired`, so one run drains it).
   */
  listExpiredPending(now: Date, page: PageRequest): Promise<Page<Versioned<DelegationOffer>>>;
}

export interface PartnerTenantRepository extends Repository<PartnerTenantLink, OfPartner> {
  listForPartner(partnerId: string, page: PageRequest): Promise<Page<PartnerTenantLink>>;
  /** A page of every partner's link to the tenant, as its key (the purge's work list; fans out, timers only). */
  listKeysForTenant(tenantId: string, page: PageRequest): Promise<Page<OfPartner>>;
}
export interface EventRepository extends Repository<PartnerEvent, OfPartner> {
  listAfter(partnerId: string, after: EventCursor | null, limit: number, to?: Date): Promise<PartnerEvent[]>;
  listKeysBefore(before: Date, page: PageRequest): Promise<Page<Versioned<OfPartner>>>;
}

/**
 * "This partner may be Partner of Record or delegated admin of this subscription, which ends at
 * `termEnd`": written before the change that makes it so and refreshed when the term moves, so that a
 * partner's subscriptions are listed soonest first with a single-partition query. Checked against the
 * subscription itself when read; it never grants anything by itself.
 */
export interface PartnerSubscriptionEntry {
  /** The subscription id. */
  id: string;
  partnerId: string;
  tenantId: string;
  termEnd: string;
  updatedAt: string;
}

export interface PartnerSubscriptionRepository extends Repository<PartnerSubscriptionEntry, OfPartner> {
  /** The partner's entries ending in [endsFrom, endsBefore), soonest first. */
  listForPartner(
    partnerId: string,
    range: { endsFrom?: string; endsBefore?: string },
    page: PageRequest,
  ): Promise<Page<PartnerSubscriptionEntry>>;
}

export interface SubscriptionRepository extends Repository<Subscription> {
  /** A page of the subscriptions whose next renewal notice is due (`nextNoticeAt <= now`), any tenant, in no order. */
  listDueForNotices(now: Date, page: PageRequest): Promise<Page<Versioned<Subscription>>>;
  /** A page of the subscriptions whose next lifecycle event is due (`nextEventAt <= now`), any tenant, in no order. */
  listDueForLifecycle(now: Date, page: PageRequest): Promise<Page<Versioned<Subscription>>>;
}

export interface NotificationMessage {
  tenantId: string;
  notificationId: string;
}

/** The `notifications` storage queue. */
export interface NotificationQueue {
  /** `delaySeconds`: the message stays invisible that long (a visibility timeout, up to 7 days). */
  enqueue(message: NotificationMessage, options?: { delaySeconds?: number }): Promise<void>;
}

export interface OutgoingEmail {
  /** The email service's id for this send: asked about before a send whose outcome is unknown is repeated. */
  operationId: string;
  to: string[];
  subject: string;
  plainText: string;
  html: string;
  headers: Record<string, string>;
}

/**
 * The email service refused for its sending limits (429): not a failure of this email, which may be
 * sent once `retryAfterMs` has passed.
 */
export class EmailThrottledError extends Error {
  constructor(readonly retryAfterMs: number) {
    super(`email throttled: retry after ${Math.ceil(retryAfterMs / 1000)} s`);
    this.name = 'EmailThrottledError';
  }
}

/** The email service answered that it did not take the email (a 4xx other than 429): nothing was sent. */
export class EmailRefusedError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(`the email service refused the email (${status}): ${message}`);
    this.name = 'EmailRefusedError';
  }
}

/** What the email service knows of an operation id. */
export type EmailOperationStatus =
  /** It took the email (running, or succeeded): it must not be sent again. */
  | { state: 'accepted' }
  /** It took the email and then failed or cancelled it: nothing went out. */
  | { state: 'failed'; reason: string }
  /** It does not know the operation. */
  | { state: 'unknown' };

/**
 * Azure Communication Services Email. `send` resolves once the service has accepted the message.
 * @throws EmailThrottledError when the service's sending limits refuse it for now.
 * @throws EmailRefusedError when the service answered that it did not take it.
 * Any other error leaves the outcome unknown (no answer, or a lost one): ask `status` before resending.
 */
export interface EmailSender {
  send(email: OutgoingEmail): Promise<void>;
  status(operationId: string): Promise<EmailOperationStatus>;
}

/** Every repository, as the runtime wires them. */
export interface Repositories {
  partners: PartnerRepository;
  partnerDirectory: PartnerDirectoryRepository;
  tokens: TokenRepository;
  productKeys: ProductKeyRepository;
  keyBatches: KeyBatchRepository;
  redemptions: RedemptionRepository;
  failedKeyAttempts: FailedKeyAttemptsRepository;
  idempotency: IdempotencyRepository;
  tenants: Repository<Tenant>;
  domainClaims: Repository<DomainClaim>;
  subscriptions: SubscriptionRepository;
  users: UserRepository;
  notifications: NotificationRepository;
  partnerTenants: PartnerTenantRepository;
  partnerSubscriptions: PartnerSubscriptionRepository;
  delegationOffers: DelegationOfferRepository;
  events: EventRepository;
}
