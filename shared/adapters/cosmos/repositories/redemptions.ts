import * as z from 'zod';
import type {
  FailedKeyAttemptsRecord,
  OfPartner,
  Page,
  PageRequest,
  RedemptionFilter,
  RedemptionRepository,
  Versioned,
} from '../../../app/ports';
import type { CompletionRequest, Redemption } from '../../../domain/redemption';
import type { DocumentStore } from '../document-store';
import { count, instant, language, orNull, since, text, sku } from './fields';
import { byId, CosmosRepository, dueBy, inPartition, type DocumentShape } from './repository';

const completionRequest: z.ZodType<CompletionRequest> = z.discriminatedUnion('action', [
  z.looseObject({
    action: z.literal('create_tenant'),
    tenant: z.looseObject({
      organizationName: text,
      countryCode: text,
      language: since(language),
      domainPrefix: text,
      admin: z.looseObject({ firstName: text, lastName: text, email: text, phone: since(text) }),
    }),
    partnerOfRecord: z.boolean(),
    delegatedAdministration: z.boolean(),
  }),
  z.looseObject({ action: z.literal('renew'), subscriptionId: text }),
  z.looseObject({
    action: z.literal('add_seats'),
    subscriptionId: text,
    acceptUnusedTerm: since(z.boolean()),
  }),
]);

const action = z.enum(['create_tenant', 'renew', 'add_seats']);

const redemption = z.looseObject({
  id: text,
  partnerId: text,
  status: z.enum(['open', 'confirmed', 'completed', 'expired', 'abandoned']),
  keys: z.array(
    z.looseObject({
      keyRef: text,
      keyId: text,
      lastGroup: text,
      sku,
      seats: count,
      termMonths: count,
      addedAt: instant,
    }),
  ),
  attestation: z.looseObject({ attestedAt: instant, attestedBy: text }),
  createdAt: instant,
  updatedAt: instant,
  expiresAt: instant,
  confirmedAt: orNull(instant),
  completedAt: orNull(instant),
  expiredAt: orNull(instant),
  cleanupAt: orNull(instant),
  completion: orNull(
    z.looseObject({
      request: completionRequest,
      fingerprint: text,
      startedAt: instant,
      tenantId: text,
      subscriptionId: text,
      adminUserId: orNull(text),
      sealedAdminToken: orNull(text),
    }),
  ),
  result: orNull(
    z.looseObject({
      action,
      tenantId: text,
      subscriptionId: text,
      adminUserId: orNull(text),
      completedAt: instant,
      fingerprint: text,
      unusedDays: since(count),
    }),
  ),
} satisfies DocumentShape<Redemption>);

/** The status a partner sees accounts for idle expiry the timer may not have written yet. */
const BY_STATUS: Record<NonNullable<RedemptionFilter['status']>, string> = {
  open: "c.status = 'open' AND c.expiresAt > @now",
  confirmed: "c.status = 'confirmed' AND c.expiresAt > @now",
  completed: "c.status = 'completed'",
  abandoned: "c.status = 'abandoned'",
  expired: "(c.status = 'expired' OR (c.status IN ('open', 'confirmed') AND c.expiresAt <= @now))",
};

export class CosmosRedemptionRepository
  extends CosmosRepository<Redemption, OfPartner>
  implements RedemptionRepository
{
  constructor(store: DocumentStore) {
    super(store, 'redemptions', inPartition, { schema: redemption });
  }

  listForPartner(partnerId: string, filter: RedemptionFilter, page: PageRequest): Promise<Page<Redemption>> {
    const statusClause = filter.status ? ` AND ${BY_STATUS[filter.status]}` : '';
    return this.pageIn(
      partnerId,
      {
        query: `SELECT * FROM c WHERE c.partnerId = @partnerId${statusClause} ORDER BY c.createdAt DESC`,
        parameters: [
          { name: '@partnerId', value: partnerId },
          { name: '@now', value: filter.now.toISOString() },
        ],
      },
      page,
    );
  }

  listDueForCleanup(now: Date, page: PageRequest): Promise<Page<Versioned<Redemption>>> {
    return this.workPage(dueBy('SELECT * FROM c WHERE c.cleanupAt <= @now', now), page);
  }
}

const failedKeyAttempts = z.looseObject({
  id: text,
  failures: z.array(instant),
  reservations: since(z.array(z.looseObject({ id: text, at: instant }))),
} satisfies DocumentShape<FailedKeyAttemptsRecord>);

export function cosmosFailedKeyAttemptsRepository(
  store: DocumentStore,
): CosmosRepository<FailedKeyAttemptsRecord> {
  return new CosmosRepository<FailedKeyAttemptsRecord>(store, 'failedKeyAttempts', byId, {
    schema: failedKeyAttempts,
  });
}
