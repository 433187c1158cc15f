import type { ProductKeyRecord } from '../../domain/inventory';
import type { Partner } from '../../domain/partner';
import type { Redemption } from '../../domain/redemption';
import type {
  FailedKeyAttemptsRecord,
  IdempotencyRecord,
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
    const result = await this.store.query(
      this.container,
      {
        query: `SELECT * FROM c WHERE c.partnerId = @partnerId${statusClause} ORDER BY c.createdAt DESC`,
        parameters: [
          { name: '@partnerId', value: partnerId },
          { name: '@now', value: filter.now.toISOString() },
        ],
      },
      { partitionKey: partnerId, maxItemCount: page.limit, continuationToken: page.continuationToken },
    );
    return {
      items: result.items.map((item) => item.doc as unknown as Redemption),
      continuationToken: result.continuationToken,
    };
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

export function cosmosRepositories(store: DocumentStore): Repositories {
  return {
    partners: new CosmosRepository<Partner>(store, 'partners'),
    tokens: new CosmosRepository<TokenRecord>(store, 'tokens'),
    productKeys: new CosmosProductKeyRepository(store),
    keyBatches: new CosmosRepository<KeyBatch>(store, 'keyBatches'),
    redemptions: new CosmosRedemptionRepository(store),
    failedKeyAttempts: new CosmosRepository<FailedKeyAttemptsRecord>(store, 'failedKeyAttempts'),
    idempotency: new CosmosRepository<IdempotencyRecord>(store, 'idempotency'),
  };
}
