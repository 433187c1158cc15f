import * as z from 'zod';
import type {
  OfPartner,
  Page,
  PageRequest,
  PartnerSubscriptionEntry,
  PartnerSubscriptionRepository,
  SubscriptionRepository,
  Versioned,
} from '../../../app/ports';
import type { Subscription } from '../../../domain/subscription';
import type { DocumentStore } from '../document-store';
import { count, instant, orNull, since, text, sku } from './fields';
import { byId, CosmosRepository, dueBy, inPartition, type DocumentShape } from './repository';

const term = z.looseObject({
  start: instant,
  end: instant,
  seats: count,
  source: z.union([z.looseObject({ redemptionId: text }), z.looseObject({ directBilling: z.literal(true) })]),
});

const subscription = z.looseObject({
  id: text,
  tenantId: text,
  sku,
  billing: z.enum(['product_key', 'direct']),
  terms: z.array(term).min(1),
  licenseHolders: z.array(text),
  partnerOfRecord: orNull(text),
  partnerOfRecordChange: since(
    orNull(z.looseObject({ id: text, from: orNull(text), to: orNull(text), at: instant })),
  ),
  state: z.enum(['active', 'expired', 'disabled', 'deleted', 'migrated']),
  notices: since(
    z.looseObject({ termEnd: instant, outcomes: z.record(z.string(), z.enum(['sent', 'skipped'])) }),
  ),
  appliedRedemptions: z.array(text),
  migration: orNull(z.looseObject({ toSubscriptionId: text, at: instant })),
  migratedFrom: orNull(text),
  createdAt: instant,
  updatedAt: instant,
  nextNoticeAt: since(orNull(instant)),
  nextEventAt: orNull(instant),
  deletion: since(
    orNull(
      z.looseObject({
        at: instant,
        partnerOfRecord: orNull(text),
        delegatedAdmins: z.array(text),
        purgedAt: orNull(instant),
      }),
    ),
  ),
} satisfies DocumentShape<Subscription>);

/**
 * No ORDER BY in the timers' lists: across partitions Azure's gateway refuses it (400/1004) and the
 * SDK's pipeline then gives no continuation token and an undefined page when nothing is due
 * (docs/architecture.md).
 */
export class CosmosSubscriptionRepository
  extends CosmosRepository<Subscription>
  implements SubscriptionRepository
{
  constructor(store: DocumentStore) {
    super(store, 'subscriptions', byId, { schema: subscription });
  }

  listDueForNotices(now: Date, page: PageRequest): Promise<Page<Versioned<Subscription>>> {
    return this.workPage(dueBy('SELECT * FROM c WHERE c.nextNoticeAt <= @now', now), page);
  }

  listDueForLifecycle(now: Date, page: PageRequest): Promise<Page<Versioned<Subscription>>> {
    return this.workPage(dueBy('SELECT * FROM c WHERE c.nextEventAt <= @now', now), page);
  }
}

const partnerSubscriptionEntry = z.looseObject({
  id: text,
  partnerId: text,
  tenantId: text,
  termEnd: instant,
  updatedAt: instant,
} satisfies DocumentShape<PartnerSubscriptionEntry>);

export class CosmosPartnerSubscriptionRepository
  extends CosmosRepository<PartnerSubscriptionEntry, OfPartner>
  implements PartnerSubscriptionRepository
{
  constructor(store: DocumentStore) {
    super(store, 'partnerSubscriptions', inPartition, { schema: partnerSubscriptionEntry });
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
    return this.pageIn(
      partnerId,
      { query: `SELECT * FROM c WHERE ${where} ORDER BY c.termEnd ASC`, parameters },
      page,
    );
  }
}
