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
  Page,
  PageRequest,
  ProductKeyRepository,
  RedemptionFilter,
  RedemptionRepository,
  Repositories,
  Repository,
  TokenRecord,
  Versioned,
} from '../../app/ports';
import { CONTAINERS, type ContainerName } from './containers';
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

export class CosmosRepository<T extends { id: string }> implements Repository<T> {
  constructor(
    protected readonly store: DocumentStore,
    protected readonly container: ContainerName,
  ) {}

  private partitionKeyFor(id: string, partitionKey: string | undefined): string {
    if (partitionKey !== undefined) return partitionKey;
    if (CONTAINERS[this.container].partitionKeyPath === '/id') return id;
    throw new Error(`${this.container} needs a partition key to address ${id}`);
  }

  async get(id: string, partitionKey?: string): Promise<Versioned<T> | null> {
    const found = await this.store.read(this.container, id, this.partitionKeyFor(id, partitionKey));
    return found ? versioned<T>(found) : null;
  }

  async create(doc: T): Promise<Versioned<T>> {
    return versioned<T>(await this.store.create(this.container, asDocument(doc)));
  }

  async replace(doc: T, etag: string): Promise<Versioned<T>> {
    return versioned<T>(await this.store.replace(this.container, asDocument(doc), etag));
  }

  async delete(id: string, partitionKey?: string): Promise<void> {
    await this.store.delete(this.container, id, this.partitionKeyFor(id, partitionKey));
  }
}

export class CosmosProductKeyRepository
  extends CosmosRepository<ProductKeyRecord>
  implements ProductKeyRepository
{
  constructor(store: DocumentStore) {
    super(store, 'productKeys');
  }

  async createMany(keys: ProductKeyRecord[]): Promise<{ created: number; existingIds: string[] }> {
    const { existingIds } = await this.store.createMany(this.container, keys.map(asDocument));
    return { created: keys.length - existingIds.length, existingIds };
  }
}

export class CosmosRedemptionRepository extends CosmosRepository<Redemption> implements RedemptionRepository {
  constructor(store: DocumentStore) {
    super(store, 'redemptions');
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
      items: result.items.map((item) => versioned<Redemption>(item)),
      continuationToken: result.continuationToken,
    };
  }
}

export class CosmosUserRepository extends CosmosRepository<User> implements UserRepository {
  constructor(store: DocumentStore) {
    super(store, 'users');
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
  extends CosmosRepository<Notification>
  implements NotificationRepository
{
  constructor(store: DocumentStore) {
    super(store, 'notifications');
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

  async listStuck(now: Date, limit: number): Promise<Versioned<Notification>[]> {
    const result = await this.store.query(
      this.container,
      {
        query: "SELECT * FROM c WHERE c.status = 'pending' AND c.nextSweepAt <= @now",
        parameters: [{ name: '@now', value: now.toISOString() }],
      },
      { maxItemCount: limit, continuationToken: null },
    );
    return result.items.map((item) => versioned<Notification>(item));
  }
}

/** A query across partitions for a timer's work list, paged with the store's continuation tokens. */
async function duePage<T>(
  store: DocumentStore,
  container: ContainerName,
  query: string,
  now: Date,
  page: PageRequest,
): Promise<Page<Versioned<T>>> {
  const result = await store.query(
    container,
    { query, parameters: [{ name: '@now', value: now.toISOString() }] },
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
    super(store, 'subscriptions');
  }

  listDueForNotices(now: Date, page: PageRequest): Promise<Page<Versioned<Subscription>>> {
    return duePage<Subscription>(
      this.store,
      this.container,
      'SELECT * FROM c WHERE c.nextNoticeAt <= @now ORDER BY c.nextNoticeAt',
      now,
      page,
    );
  }

  listDueForLifecycle(now: Date, page: PageRequest): Promise<Page<Versioned<Subscription>>> {
    return duePage<Subscription>(
      this.store,
      this.container,
      'SELECT * FROM c WHERE c.nextEventAt <= @now ORDER BY c.nextEventAt',
      now,
      page,
    );
  }
}

export class CosmosPartnerSubscriptionRepository
  extends CosmosRepository<PartnerSubscriptionEntry>
  implements PartnerSubscriptionRepository
{
  constructor(store: DocumentStore) {
    super(store, 'partnerSubscriptions');
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
    super(store, 'idempotency');
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
  extends CosmosRepository<PartnerTenantLink>
  implements PartnerTenantRepository
{
  constructor(store: DocumentStore) {
    super(store, 'partnerTenants');
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
    partners: new CosmosRepository<Partner>(store, 'partners'),
    tokens: new CosmosRepository<TokenRecord>(store, 'tokens'),
    productKeys: new CosmosProductKeyRepository(store),
    keyBatches: new CosmosRepository<KeyBatch>(store, 'keyBatches'),
    redemptions: new CosmosRedemptionRepository(store),
    failedKeyAttempts: new CosmosRepository<FailedKeyAttemptsRecord>(store, 'failedKeyAttempts'),
    idempotency: new CosmosIdempotencyRepository(store),
    tenants: new CosmosRepository<Tenant>(store, 'tenants'),
    domainClaims: new CosmosRepository<DomainClaim>(store, 'domainClaims'),
    subscriptions: new CosmosSubscriptionRepository(store),
    users: new CosmosUserRepository(store),
    notifications: new CosmosNotificationRepository(store),
    partnerTenants: new CosmosPartnerTenantRepository(store),
    partnerSubscriptions: new CosmosPartnerSubscriptionRepository(store),
    delegationOffers: new CosmosRepository<DelegationOffer>(store, 'delegationOffers'),
  };
}
