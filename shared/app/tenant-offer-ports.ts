import type { InTenant, Page, PageRequest, Repository } from './ports';

/**
 * "This partner offered to be the tenant's delegated admin": written before the offer itself, so that a
 * tenant's offers are listed newest first with a single-partition query (shared/app/tenant-offers.ts).
 * Checked against the offer when read: the offer is the truth, and an entry whose offer was never
 * written is passed over.
 */
export interface TenantOfferEntry {
  /** The offer id. */
  id: string;
  tenantId: string;
  partnerId: string;
  createdAt: string;
}

export interface TenantOfferRepository extends Repository<TenantOfferEntry, InTenant> {
  /** The tenant's entries, newest first; only those of `partnerId` when one is given. */
  listForTenant(
    tenantId: string,
    partnerId: string | null,
    page: PageRequest,
  ): Promise<Page<TenantOfferEntry>>;
}

/** The repositories of the tenant's offer list (shared/app/webhook-ports.ts gathers every repository). */
export interface TenantOfferRepositories {
  tenantOffers: TenantOfferRepository;
}
