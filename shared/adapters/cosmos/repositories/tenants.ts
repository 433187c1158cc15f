import * as z from 'zod';
import type {
  DomainClaim,
  InTenant,
  OfPartner,
  Page,
  PageRequest,
  PartnerTenantLink,
  PartnerTenantRepository,
  UserRepository,
} from '../../../app/ports';
import type { DelegationOffer } from '../../../domain/delegation';
import type { Tenant } from '../../../domain/tenant';
import type { User } from '../../../domain/user';
import type { DocumentStore } from '../document-store';
import { instant, orNull, since, text } from './fields';
import { byId, CosmosRepository, inPartition, type DocumentShape } from './repository';

const tenant = z.looseObject({
  id: text,
  organizationName: text,
  countryCode: text,
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
} satisfies DocumentShape<Tenant>);

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
  status: z.enum(['pending', 'accepted', 'declined', 'withdrawn']),
  createdAt: instant,
  expiresAt: instant,
  respondedAt: orNull(instant),
  tokenHash: text,
} satisfies DocumentShape<DelegationOffer>);

const linkKey = z
  .object({ partnerId: z.string(), id: z.string() })
  .transform(({ partnerId, id }): OfPartner => [partnerId, id]);

export function cosmosTenantRepository(store: DocumentStore): CosmosRepository<Tenant> {
  return new CosmosRepository<Tenant>(store, 'tenants', byId, { schema: tenant });
}

export function cosmosDomainClaimRepository(store: DocumentStore): CosmosRepository<DomainClaim> {
  return new CosmosRepository<DomainClaim>(store, 'domainClaims', byId, { schema: domainClaim });
}

export function cosmosDelegationOfferRepository(store: DocumentStore): CosmosRepository<DelegationOffer> {
  return new CosmosRepository<DelegationOffer>(store, 'delegationOffers', byId, { schema: delegationOffer });
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
