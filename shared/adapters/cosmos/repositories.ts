import type { DelegationOffer } from '../../domain/delegation';
import type { ProductKeyRecord } from '../../domain/inventory';
import type { Notification } from '../../domain/notification';
import type { Partner } from '../../domain/partner';
import type { Redemption } from '../../domain/redemption';
import type { Subscription } from '../../domain/subscription';
import type { Tenant } from '../../domain/tenant';
import type { User } from '../../domain/user';
import type {
  PartnerSubscriptionEntry,
  PartnerSubscriptionRepository,
  SubscriptionRepository,
  DomainClaim,
  FailedKeyAttemptsRecord,
  NotificationRepository,
  PartnerTenantLink,
  PartnerTenantRepository,
  UserRepository,
  IdempotencyRecord,
  IdempotencyRepository,
  KeyBatch,
  KeyBatchRepository,
  Page,
  PageRequest,
  ProductKeyRepository,
  RedemptionFilter,
  RedemptionRepository,
  Repositories,
  Repository,
  TokenRecord,
  Versioned,
  DocumentRef,
  InTenant,
  OfPartner,
} from '../../app/ports';
import type { ContainerName } from './containers';
import type { DocumentStore, StoredDocument } from './document-store';

/**
 * Typed views over the document store, one per container. Documents are trusted to have the shape
 * their repository wrote; they are never written by anything else.
 */
function versioned<T>(stored: StoredDocument): Versioned<T> {
  return { value: stored.doc as T, etag: stored.etag };
}

function asDocument<T extends { id: string }>(value: T): Record<string, unknown> {
  return value as unknown as Record<string, unknown>;
}

/** A single-partition query, paged with the store's continuation tokens. */
async function pageOf<T>(
  store: DocumentStore,
  container: ContainerName,
  query: string,
  parameters: { name: string; value: string }[],
  partitionKey: string,
  page: PageRequest,
): Promise<Page<T>> {
  const result = await store.query(
    container,
    { query, parameters },
    {
      partitionKey,
      maxItemCount: page.limit,
      continuationToken: page.continuationToken,
    },
  );
  return {
    items: result.items.map((item) => item.doc as unknown as T),
    continuationToken: result.continuationToken,
  };
}

/** Where a key puts a document: its id and its partition. */
type Locate<Key extends readonly string[]> = (...key: Key) => { id: string; partitionKey: string };

const byId: Locate<[id: string]> = (id) => ({ id, partitionKey: id });
const inPartition: Locate<[partition: string, id: string]> = (partitionKey, id) => ({ id, partitionKey });

export class CosmosRepository<
  T extends { id: string },
  Key extends readonly string[] = [id: string],
> implements Repository<T, Key> {
  constructor(
    protected readonly store: DocumentStore,
    protected readonly container: ContainerName,
    private readonly locate: Locate<Key>,
  ) {}

  /** How a document is stored; the identity but where a stored field has another name (partners). */
  protected toDocument(value: T): Record<string, unknown> {
    return asDocument(value);
  }

  protected fromDocument(doc: Record<string, unknown>): T {
    return doc as unknown as T;
  }

  protected versioned(stored: StoredDocument): Versioned<T> {
    return { value: this.fromDocument(stored.doc), etag: stored.etag };
  }

  async get(...key: Key): Promise<Versioned<T> | null> {
    const { id, partitionKey } = this.locate(...key);
    const found = await this.store.read(this.container, id, partitionKey);
    return found ? this.versioned(found) : null;
  }

  async create(doc: T): Promise<Versioned<T>> {
    return this.versioned(await this.store.create(this.container, this.toDocument(doc)));
  }

  async replace(doc: T, etag: string): Promise<Versioned<T>> {
    return this.versioned(await this.store.replace(this.container, this.toDocument(doc), etag));
  }

  async delete(...key: Key): Promise<void> {
    const { id, partitionKey } = this.locate(...key);
    await this.store.delete(this.container, id, partitionKey);
  }

  at(...key: Key): DocumentRef<T> {
    return { get: () => this.get(...key), replace: (doc, etag) => this.replace(doc, etag) };
  }
}

/**
 * Partners: in code the public number on the program card is `programId`; the stored document (and the
 * API) keep the field's original name, `partnerId`.
 */
export class CosmosPartnerRepository extends CosmosRepository<Partner> {
  constructor(store: DocumentStore) {
    super(store, 'partners', byId);
  }

  protected override toDocument({ programId, ...rest }: Partner): Record<string, unknown> {
    return { ...rest, partnerId: programId };
  }

  protected override fromDocument(doc: Record<string, unknown>): Partner {
    const { partnerId, ...rest } = doc;
    return { ...rest, programId: partnerId } as unknown as Partner;
  }
}

export class CosmosProductKeyRepository
  extends CosmosRepository<ProductKeyRecord>
  implements ProductKeyRepository
{
  constructor(store: DocumentStore) {
    super(store, 'productKeys', byId);
  }

  async createMany(keys: ProductKeyRecord[]): Promise<{ created: number; existingIds: string[] }> {
    const { existingIds } = await this.store.createMany(this.container, keys.map(asDocument));
    return { created: keys.length - existingIds.length, existingIds };
  }

  async listIdsOfBatch(batchId: string): Promise<string[]> {
    const ids: string[] = [];
    let continuationToken: string | null = null;
    do {
      const page: Page<Versioned<ProductKeyRecord>> = await duePage<ProductKeyRecord>(
        this.store,
        this.container,
        'SELECT * FROM c WHERE c.batchId = @batchId',
        { name: '@batchId', value: batchId },
        { limit: 100, continuationToken },
      );
      ids.push(...page.items.map((item) => item.value.id));
      continuationToken = page.continuationToken;
    } while (continuationToken);
    return ids;
  }
}

export class CosmosKeyBatchRepository extends CosmosRepository<KeyBatch> implements KeyBatchRepository {
  constructor(store: DocumentStore) {
    super(store, 'keyBatches', byId);
  }

  listDueForCleanup(now: Date, page: PageRequest): Promise<Page<Versioned<KeyBatch>>> {
    return duePage<KeyBatch>(
      this.store,
      this.container,
      'SELECT * FROM c WHERE c.cleanupAt <= @now',
      { name: '@now', value: now.toISOString() },
      page,
    );
  }
}

export class CosmosRedemptionRepository
  extends CosmosRepository<Redemption, OfPartner>
  implements RedemptionRepository
{
  constructor(store: DocumentStore) {
    super(store, 'redemptions', inPartition);
  }

  async listForPartner(
    partnerId: string,
    filter: RedemptionFilter,
    page: PageRequest,
  ): Promise<Page<Redemption>> {
    // The status a partner sees accounts for idle expiry the timer may not have written yet.
    const byStatus: Record<string, string> = {
      open: "c.status = 'open' AND c.expiresAt > @now",
      confirmed: "c.status = 'confirmed' AND c.expiresAt > @now",
      completed: "c.status = 'completed'",
      expired: "(c.status = 'expired' OR (c.status IN ('open', 'confirmed') AND c.expiresAt <= @now))",
    };
    const statusClause = filter.status ? ` AND ${byStatus[filter.status]}` : '';
    return pageOf<Redemption>(
      this.store,
      this.container,
      `SELECT * FROM c WHERE c.partnerId = @partnerId${statusClause} ORDER BY c.createdAt DESC`,
      [
        { name: '@partnerId', value: partnerId },
        { name: '@now', value: filter.now.toISOString() },
      ],
      partnerId,
      page,
    );
  }

  async listDueForCleanup(now: Date, page: PageRequest): Promise<Page<Versioned<Redemption>>> {
    const result = await this.store.query(
      this.container,
      {
        query: 'SELECT * FROM c WHERE c.cleanupAt <= @now',
        parameters: [{ name: '@now', value: now.toISOString() }],
      },
      { maxItemCount: page.limit, continuationToken: page.continuationToken },
    );
    return {
      items: result.items.map((item) => this.versioned(item)),
      continuationToken: result.continuationToken,
    };
  }
}

export class CosmosUserRepository extends CosmosRepository<User, InTenant> implements UserRepository {
  constructor(store: DocumentStore) {
    super(store, 'users', inPartition);
  }

  listForTenant(tenantId: string, page: PageRequest): Promise<Page<User>> {
    return pageOf<User>(
      this.store,
      this.container,
      'SELECT * FROM c WHERE c.tenantId = @tenantId ORDER BY c.createdAt ASC',
      [{ name: '@tenantId', value: tenantId }],
      tenantId,
      page,
    );
  }
}

export class CosmosNotificationRepository
  extends CosmosRepository<Notification, InTenant>
  implements NotificationRepository
{
  constructor(store: DocumentStore) {
    super(store, 'notifications', inPartition);
  }

  listForTenant(tenantId: string, page: PageRequest): Promise<Page<Notification>> {
    return pageOf<Notification>(
      this.store,
      this.container,
      'SELECT * FROM c WHERE c.tenantId = @tenantId ORDER BY c.createdAt DESC',
      [{ name: '@tenantId', value: tenantId }],
      tenantId,
      page,
    );
  }

  async listForSubscription(tenantId: string, subscriptionId: string): Promise<Notification[]> {
    const all: Notification[] = [];
    let continuationToken: string | null = null;
    do {
      const page: Page<Notification> = await pageOf<Notification>(
        this.store,
        this.container,
        'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.subscriptionId = @subscriptionId',
        [
          { name: '@tenantId', value: tenantId },
          { name: '@subscriptionId', value: subscriptionId },
        ],
        tenantId,
        { limit: 100, continuationToken },
      );
      all.push(...page.items);
      continuationToken = page.continuationToken;
    } while (continuationToken);
    return all;
  }

  listDueForSweep(now: Date, page: PageRequest): Promise<Page<Versioned<Notification>>> {
    return duePage<Notification>(
      this.store,
      this.container,
      "SELECT * FROM c WHERE c.status = 'pending' AND c.nextSweepAt <= @now",
      { name: '@now', value: now.toISOString() },
      page,
    );
  }
}

/**
 * A query across partitions for a timer's work list, paged with the store's continuation tokens (no
 * ORDER BY: Azure's gateway serves such a query directly; see docs/architecture.md).
 */
async function duePage<T>(
  store: DocumentStore,
  container: ContainerName,
  query: string,
  parameter: { name: string; value: string },
  page: PageRequest,
): Promise<Page<Versioned<T>>> {
  const result = await store.query(
    container,
    { query, parameters: [parameter] },
    { maxItemCount: page.limit, continuationToken: page.continuationToken },
  );
  return {
    items: result.items.map((item) => versioned<T>(item)),
    continuationToken: result.continuationToken,
  };
}

export class CosmosSubscriptionRepository
  extends CosmosRepository<Subscription>
  implements SubscriptionRepository
{
  constructor(store: DocumentStore) {
    super(store, 'subscriptions', byId);
  }

  // No ORDER BY: across partitions Azure's gateway refuses it (400/1004) and the SDK's pipeline then
  // gives no continuation token and an undefined page when nothing is due (docs/architecture.md).
  listDueForNotices(now: Date, page: PageRequest): Promise<Page<Versioned<Subscription>>> {
    return duePage<Subscription>(
      this.store,
      this.container,
      'SELECT * FROM c WHERE c.nextNoticeAt <= @now',
      { name: '@now', value: now.toISOString() },
      page,
    );
  }

  listDueForLifecycle(now: Date, page: PageRequest): Promise<Page<Versioned<Subscription>>> {
    return duePage<Subscription>(
      this.store,
      this.container,
      'SELECT * FROM c WHERE c.nextEventAt <= @now',
      { name: '@now', value: now.toISOString() },
      page,
    );
  }
}

export class CosmosPartnerSubscriptionRepository
  extends CosmosRepository<PartnerSubscriptionEntry, OfPartner>
  implements PartnerSubscriptionRepository
{
  constructor(store: DocumentStore) {
    super(store, 'partnerSubscriptions', inPartition);
  }

  listForPartner(
    partnerId: string,
    range: { endsFrom?: string; endsBefore?: string },
    page: PageRequest,
  ): Promise<Page<PartnerSubscriptionEntry>> {
    const parameters = [{ name: '@partnerId', value: partnerId }];
    let where = 'c.partnerId = @partnerId';
    if (range.endsFrom !== undefined) {
      where += ' AND c.termEnd >= @endsFrom';
      parameters.push({ name: '@endsFrom', value: range.endsFrom });
    }
    if (range.endsBefore !== undefined) {
      where += ' AND c.termEnd < @endsBefore';
      parameters.push({ name: '@endsBefore', value: range.endsBefore });
    }
    return pageOf<PartnerSubscriptionEntry>(
      this.store,
      this.container,
      `SELECT * FROM c WHERE ${where} ORDER BY c.termEnd ASC`,
      parameters,
      partnerId,
      page,
    );
  }
}

export class CosmosIdempotencyRepository
  extends CosmosRepository<IdempotencyRecord>
  implements IdempotencyRepository
{
  constructor(store: DocumentStore) {
    super(store, 'idempotency', byId);
  }

  async listForTenant(tenantId: string): Promise<IdempotencyRecord[]> {
    const records: IdempotencyRecord[] = [];
    let continuationToken: string | null = null;
    do {
      const result: { items: StoredDocument[]; continuationToken: string | null } = await this.store.query(
        this.container,
        {
          query: 'SELECT * FROM c WHERE ARRAY_CONTAINS(c.tenantIds, @tenantId)',
          parameters: [{ name: '@tenantId', value: tenantId }],
        },
        { maxItemCount: 100, continuationToken },
      );
      records.push(...result.items.map((item) => item.doc as unknown as IdempotencyRecord));
      continuationToken = result.continuationToken;
    } while (continuationToken);
    return records;
  }
}

export class CosmosPartnerTenantRepository
  extends CosmosRepository<PartnerTenantLink, OfPartner>
  implements PartnerTenantRepository
{
  constructor(store: DocumentStore) {
    super(store, 'partnerTenants', inPartition);
  }

  listForPartner(partnerId: string, page: PageRequest): Promise<Page<PartnerTenantLink>> {
    return pageOf<PartnerTenantLink>(
      this.store,
      this.container,
      'SELECT * FROM c WHERE c.partnerId = @partnerId ORDER BY c.createdAt DESC',
      [{ name: '@partnerId', value: partnerId }],
      partnerId,
      page,
    );
  }

  async listForTenant(tenantId: string): Promise<PartnerTenantLink[]> {
    const links: PartnerTenantLink[] = [];
    let continuationToken: string | null = null;
    do {
      const result: { items: StoredDocument[]; continuationToken: string | null } = await this.store.query(
        this.container,
        {
          query: 'SELECT * FROM c WHERE c.id = @tenantId',
          parameters: [{ name: '@tenantId', value: tenantId }],
        },
        { maxItemCount: 100, continuationToken },
      );
      links.push(...result.items.map((item) => item.doc as unknown as PartnerTenantLink));
      continuationToken = result.continuationToken;
    } while (continuationToken);
    return links;
  }
}

export function cosmosRepositories(store: DocumentStore): Repositories {
  return {
    partners: new CosmosPartnerRepository(store),
    tokens: new CosmosRepository<TokenRecord>(store, 'tokens', byId),
    productKeys: new CosmosProductKeyRepository(store),
    keyBatches: new CosmosKeyBatchRepository(store),
    redemptions: new CosmosRedemptionRepository(store),
    failedKeyAttempts: new CosmosRepository<FailedKeyAttemptsRecord>(store, 'failedKeyAttempts', byId),
    idempotency: new CosmosIdempotencyRepository(store),
    tenants: new CosmosRepository<Tenant>(store, 'tenants', byId),
    domainClaims: new CosmosRepository<DomainClaim>(store, 'domainClaims', byId),
    subscriptions: new CosmosSubscriptionRepository(store),
    users: new CosmosUserRepository(store),
    notifications: new CosmosNotificationRepository(store),
    partnerTenants: new CosmosPartnerTenantRepository(store),
    partnerSubscriptions: new CosmosPartnerSubscriptionRepository(store),
    delegationOffers: new CosmosRepository<DelegationOffer>(store, 'delegationOffers', byId),
  };
}
