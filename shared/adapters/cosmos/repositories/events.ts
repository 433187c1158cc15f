import * as z from 'zod';
import type { OfPartner, Page, PageRequest, Versioned } from '../../../app/ports';
import type { PlannedEventRepository } from '../../../app/webhook-ports';
import { EVENT_TYPES, type PartnerEvent } from '../../../domain/event';
import type { DocumentStore } from '../document-store';
import { instant, orNull, since, text } from './fields';
import { CosmosRepository, dueBy, inPartition, type DocumentShape } from './repository';

const partnerEvent = z.looseObject({
  id: text,
  partnerId: text,
  type: z.enum(EVENT_TYPES),
  createdAt: instant,
  data: z.record(z.string(), z.unknown()),
  tenantId: orNull(text),
  plannedAt: since(orNull(instant)),
} satisfies DocumentShape<PartnerEvent>);

const eventKey = z
  .object({ partnerId: z.string(), id: z.string() })
  .transform(({ partnerId, id }): OfPartner => [partnerId, id]);

/**
 * The partners' event feeds (issue 21): one partition per partner, read oldest first by (createdAt,
 * id) after the last one a caller saw (the composite index of containers.ts); the purge asks across
 * partitions, without ORDER BY, for the keys of what is older than 30 days.
 */
export class CosmosEventRepository
  extends CosmosRepository<PartnerEvent, OfPartner>
  implements PlannedEventRepository
{
  constructor(store: DocumentStore) {
    super(store, 'events', inPartition, { schema: partnerEvent });
  }

  /** Oldest first after `after`; with `until`, none created later (the feed's settled events). */
  async listAfter(
    partnerId: string,
    after: { createdAt: string; id: string } | null,
    limit: number,
    until?: Date,
  ): Promise<PartnerEvent[]> {
    const parameters = [{ name: '@partnerId', value: partnerId }];
    let where = 'c.partnerId = @partnerId';
    if (until) {
      where += ' AND c.createdAt <= @until';
      parameters.push({ name: '@until', value: until.toISOString() });
    }
    if (after) {
      where += ' AND (c.createdAt > @at OR (c.createdAt = @at AND c.id > @id))';
      parameters.push({ name: '@at', value: after.createdAt }, { name: '@id', value: after.id });
    }
    const page = await this.pageIn(
      partnerId,
      { query: `SELECT * FROM c WHERE ${where} ORDER BY c.createdAt ASC, c.id ASC`, parameters },
      { limit, continuationToken: null },
    );
    return page.items.slice(0, limit);
  }

  /** Events whose deliveries were not planned by `before` (webhook-sweep), any partner, in no order. */
  listUnplanned(before: Date, page: PageRequest): Promise<Page<Versioned<PartnerEvent>>> {
    return this.workPage(
      dueBy('SELECT * FROM c WHERE c.plannedAt = null AND c.createdAt <= @now', before),
      page,
    );
  }

  listKeysBefore(before: Date, page: PageRequest): Promise<Page<Versioned<OfPartner>>> {
    const select = 'SELECT c.partnerId, c.id, c._etag FROM c WHERE c.createdAt < @before';
    return this.versionedKeysPage(select, { name: '@before', value: before.toISOString() }, eventKey, page);
  }
}
