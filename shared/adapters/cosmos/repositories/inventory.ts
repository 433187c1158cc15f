import * as z from 'zod';
import type {
  KeyBatch,
  KeyBatchRepository,
  Page,
  PageRequest,
  ProductKeyRepository,
  Versioned,
} from '../../../app/ports';
import type { ProductKeyRecord } from '../../../domain/inventory';
import type { DocumentStore } from '../document-store';
import { count, idOnly, instant, orNull, since, text, sku } from './fields';
import { byId, CosmosRepository, dueBy, type DocumentShape } from './repository';

const productKey = z.looseObject({
  id: text,
  batchId: text,
  sku,
  seats: count,
  termMonths: count,
  lastGroup: text,
  state: z.enum(['available', 'reserved', 'redeemed', 'revoked']),
  reservation: orNull(z.looseObject({ redemptionId: text, partnerId: text, at: instant })),
  redemption: orNull(z.looseObject({ redemptionId: text, subscriptionId: text, at: instant })),
  revocation: orNull(z.looseObject({ reason: text, at: instant })),
  createdAt: instant,
} satisfies DocumentShape<ProductKeyRecord>);

export class CosmosProductKeyRepository
  extends CosmosRepository<ProductKeyRecord>
  implements ProductKeyRepository
{
  constructor(store: DocumentStore) {
    super(store, 'productKeys', byId, { schema: productKey });
  }

  async createMany(keys: ProductKeyRecord[]): Promise<{ created: number; existingIds: string[] }> {
    const { existingIds } = await this.store.createMany(
      this.container,
      keys.map((key) => this.documents.encode(key)),
    );
    return { created: keys.length - existingIds.length, existingIds };
  }

  listIdsOfBatch(batchId: string, page: PageRequest): Promise<Page<string>> {
    const select = 'SELECT c.id FROM c WHERE c.batchId = @batchId';
    return this.keysPage(select, { name: '@batchId', value: batchId }, idOnly, page);
  }
}

const keyBatch = z.looseObject({
  id: text,
  mode: z.enum(['minted', 'imported']),
  status: z.enum(['writing', 'complete', 'abandoning', 'abandoned']),
  sku,
  seatsPerKey: count,
  termMonths: count,
  created: count,
  duplicates: count,
  invalid: count,
  createdAt: instant,
  createdBy: text,
  sealedKeys: since(orNull(text)),
  cleanupAt: since(orNull(instant)),
} satisfies DocumentShape<KeyBatch>);

export class CosmosKeyBatchRepository extends CosmosRepository<KeyBatch> implements KeyBatchRepository {
  constructor(store: DocumentStore) {
    super(store, 'keyBatches', byId, {
      schema: keyBatch,
      // Version 2 has a status: batches written before resumable batches were written in one go.
      version: { current: 2, upgrade: (doc) => ({ status: 'complete', ...doc }) },
    });
  }

  listDueForCleanup(now: Date, page: PageRequest): Promise<Page<Versioned<KeyBatch>>> {
    return this.workPage(dueBy('SELECT * FROM c WHERE c.cleanupAt <= @now', now), page);
  }
}
