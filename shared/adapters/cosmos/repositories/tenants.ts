import * as z from 'zod';
import type {
  DelegationOfferRepository,
  DomainClaim,
  InTenant,
  OfPartner,
  Page,
  PageRequest,
  PartnerTenantLink,
  PartnerTenantRepository,
  UserRepository,
  Versioned,
} from '../../../app/ports';
import type { TenantOfferEntry, TenantOfferRepository } from '../../../app/tenant-offer-ports';
import type { TenantRepository } from '../../../app/tenant-ports';
import type { DelegationOffer } from '../../../domain/delegation';
import type { Tenant } from '../../../domain/tenant';
import { languageForCountry } from '../../../text/languages';
import type { User } from '../../../domain/user';
import type { DocumentStore } from '../document-store';
import { instant, language, orNull, since, text } from './fields';
import { byId, CosmosRepository, dueBy, inPartition, type DocumentShape } from './repository';

/** A tenant stored before languages existed has none: it speaks its country's (as a new one would). */
const tenant = z
  .looseObject({
    id: text,
    organizationName: text,
    countryCode: text,
    language: since(language),
    domainPrefix: text,
    domain: text,
    createdAt: instant,
    createdBy: text,
    currentSubscriptionId: text,
    subscriptionIds: z.array(text),
    adminUserIds: z.array(text),
    delegatedAdmins: z.array(z.looseObject({ partnerId: text, since: instant })),
    offerSlots: z.array(z.looseObject({ partnerId: text, offerId: text, expiresAt: instant })),
    deletedAt: since(orNull(instant)),
    endedDelegations: since(
      z.array(
        z.looseObject({
          partnerId: text,
          since: instant,
          endedAt: instant,
          by: z.enum(['partner', 'customer']),
          toldAt: orNull(instant),
        }),
      ),
    ),
    untoldEndedDelegationAt: since(orNull(instant)),
  } satisfies DocumentShape<Omit<Tenant, 'language'> & Partial<Pick<Tenant, 'language'>>>)
  .transform((doc): Tenant => ({ ...doc, language: doc.language ?? languageForCountry(doc.countryCode) }));

const domainClaim = z.looseObject({
  id: text,
  tenantId: text,
  claimedAt: instant,
} satisfies DocumentShape<DomainClaim>);

const user = z.looseObject({
  id: text,
  tenantId: text,
  userName: text,
  firstName: text,
  lastName: text,
  displayName: text,
  contactEmail: orNull(text),
  phone: orNull(text),
  roles: z.array(z.literal('global_administrator')),
  createdAt: instant,
  status: z.enum(['provisioning', 'active']),
  tokenHash: orNull(text),
  tokenReissuedAt: since(instant),
} satisfies DocumentShape<User>);

const partnerTenantLink = z.looseObject({
  id: text,
  partnerId: text,
  createdAt: instant,
} satisfies DocumentShape<PartnerTenantLink>);

const delegationOffer = z.looseObject({
  id: text,
  tenantId: text,
  partnerId: text,
  message: text,
  status: z.enum(['pending', 'accepted', 'declined', 'expired', 'withdrawn']),
  createdAt: instant,
  expiresAt: instant,
  respondedAt: orNull(instant),
  tokenHash: text,
} satisfies DocumentShape<DelegationOffer>);

const linkKey = z
  .object({ partnerId: z.string(), id: z.string() })
  .transform(({ partnerId, id }): OfPartner => [partnerId, id]);

export class CosmosTenantRepository extends CosmosRepository<Tenant> implements TenantRepository {
  constructor(store: DocumentStore) {
    super(store, 'tenants', byId, { schema: tenant });
  }

  /** Across partitions, a filter on one path (the container indexes every path), no ORDER BY. */
  listUntoldEndings(before: Date, page: PageRequest): Promise<Page<Versioned<Tenant>>> {
    return this.workPage(
      {
        query: 'SELECT * FROM c WHERE c.untoldEndedDelegationAt <= @before',
        parameters: [{ name: '@before', value: before.toISOString() }],
      },
      page,
    );
  }
}

export function cosmosDomainClaimRepository(store: DocumentStore): CosmosRepository<DomainClaim> {
  return new CosmosRepository<DomainClaim>(store, 'domainClaims', byId, { schema: domainClaim });
}

export class CosmosDelegationOfferRepository
  extends CosmosRepository<DelegationOffer>
  implements DelegationOfferRepository
{
  constructor(store: DocumentStore) {
    super(store, 'delegationOffers', byId, { schema: delegationOffer });
  }

  /** Across partitions, filtered on the two indexed paths, no ORDER BY (containers.ts). */
  listExpiredPending(now: Date, page: PageRequest): Promise<Page<Versioned<DelegationOffer>>> {
    return this.workPage(
      dueBy("SELECT * FROM c WHERE c.status = 'pending' AND c.expiresAt <= @now", now),
      page,
    );
  }
}

export class CosmosUserRepository extends CosmosRepository<User, InTenant> implements UserRepository {
  constructor(store: DocumentStore) {
    super(store, 'users', inPartition, { schema: user });
  }

  listForTenant(tenantId: string, page: PageRequest): Promise<Page<User>> {
    const query = 'SELECT * FROM c WHERE c.tenantId = @tenantId ORDER BY c.createdAt ASC';
    return this.pageIn(tenantId, { query, parameters: [{ name: '@tenantId', value: tenantId }] }, page);
  }
}

export class CosmosPartnerTenantRepository
  extends CosmosRepository<PartnerTenantLink, OfPartner>
  implements PartnerTenantRepository
{
  constructor(store: DocumentStore) {
    super(store, 'partnerTenants', inPartition, { schema: partnerTenantLink });
  }

  listForPartner(partnerId: string, page: PageRequest): Promise<Page<PartnerTenantLink>> {
    const query = 'SELECT * FROM c WHERE c.partnerId = @partnerId ORDER BY c.createdAt DESC';
    return this.pageIn(partnerId, { query, parameters: [{ name: '@partnerId', value: partnerId }] }, page);
  }

  listKeysForTenant(tenantId: string, page: PageRequest): Promise<Page<OfPartner>> {
    const select = 'SELECT c.partnerId, c.id FROM c WHERE c.id = @tenantId';
    return this.keysPage(select, { name: '@tenantId', value: tenantId }, linkKey, page);
  }
}

const tenantOfferEntry = z.looseObject({
  id: text,
  tenantId: text,
  partnerId: text,
  createdAt: instant,
} satisfies DocumentShape<TenantOfferEntry>);

export class CosmosTenantOfferRepository
  extends CosmosRepository<TenantOfferEntry, InTenant>
  implements TenantOfferRepository
{
  constructor(store: DocumentStore) {
    super(store, 'tenantOffers', inPartition, { schema: tenantOfferEntry });
  }

  /** One partition, newest first (containers.ts: the composite index on tenantId, createdAt). */
  listForTenant(
    tenantId: string,
    partnerId: string | null,
    page: PageRequest,
  ): Promise<Page<TenantOfferEntry>> {
    const parameters = [{ name: '@tenantId', value: tenantId }];
    let where = 'c.tenantId = @tenantId';
    if (partnerId !== null) {
      where += ' AND c.partnerId = @partnerId';
      parameters.push({ name: '@partnerId', value: partnerId });
    }
    return this.pageIn(
      tenantId,
      { query: `SELECT * FROM c WHERE ${where} ORDER BY c.createdAt DESC`, parameters },
      page,
    );
  }
}
