import * as z from 'zod';
import type { IdempotencyRecord, IdempotencyRepository, Page, PageRequest } from '../../../app/ports';
import type { DocumentStore } from '../document-store';
import { idOnly, instant, orNull, since, text } from './fields';
import { byId, CosmosRepository, type DocumentShape } from './repository';

const idempotencyRecord = z.looseObject({
  id: text,
  fingerprint: text,
  state: z.enum(['in_progress', 'completed']),
  lockedUntil: instant,
  createdAt: instant,
  expiresAt: instant,
  response: orNull(text),
  ttl: z.number().int(),
  tenantIds: since(z.array(text)),
} satisfies DocumentShape<IdempotencyRecord>);

export class CosmosIdempotencyRepository
  extends CosmosRepository<IdempotencyRecord>
  implements IdempotencyRepository
{
  constructor(store: DocumentStore) {
    super(store, 'idempotency', byId, { schema: idempotencyRecord });
  }

  listIdsForTenant(tenantId: string, page: PageRequest): Promise<Page<string>> {
    const select = 'SELECT c.id FROM c WHERE ARRAY_CONTAINS(c.tenantIds, @tenantId)';
    return this.keysPage(select, { name: '@tenantId', value: tenantId }, idOnly, page);
  }
}
