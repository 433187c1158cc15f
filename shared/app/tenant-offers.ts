import { offerStatus, type DelegationOffer, type OfferStatus } from '../domain/delegation';
import type { Partner } from '../domain/partner';
import { principalKey, type Principal } from '../domain/principal';
import type { AppDeps } from './deps';
import { createOnce } from './modify';
import { everyItem } from './pages';
import { pageOfList, type ListRequest } from './paging';
import type { Page, PageRequest } from './ports';
import type { OfferDetails } from './read-models';
import { tenantFor } from './tenants';

/**
 * A tenant's delegation offers, newest first: `GET /tenants/{id}/delegation-offers`. Offers are stored
 * by their own id (`delegationOffers`, partitioned by `/id`), so each has an entry in its tenant's
 * partition of `tenantOffers` { id: offerId, tenantId, partnerId, createdAt }, written before the offer
 * itself: a crash between the two leaves at most an entry without an offer, which the list passes
 * over. The list is one single-partition query over the entries, each checked by a point read of its
 * offer, which is the truth (its status as the domain computes it: a pending offer past `expiresAt`
 * is expired). Offers made before the entries existed have none and are not listed (docs/api.md).
 *
 * Who sees what: whoever sees the tenant may call; its customer admin sees every offer made to it, a
 * partner (Partner of Record or delegated admin) only the offers it made itself: never a competitor's.
 */
type Deps = Pick<AppDeps, 'repos' | 'clock'>;

/** Creates the offer, its tenant's entry first (the entry of an offer never written is passed over). */
export async function createOffer(deps: Pick<AppDeps, 'repos'>, offer: DelegationOffer): Promise<void> {
  await createOnce(deps.repos.tenantOffers, {
    id: offer.id,
    tenantId: offer.tenantId,
    partnerId: offer.partnerId,
    createdAt: offer.createdAt,
  });
  await deps.repos.delegationOffers.create(offer);
}

export interface TenantOffersQuery {
  status?: OfferStatus | undefined;
}

/** The tenant's offers the caller may see, newest first, optionally in one status. */
export async function listTenantOffers(
  deps: Deps,
  principal: Principal,
  tenantId: string,
  request: TenantOffersQuery & ListRequest,
): Promise<Page<OfferDetails>> {
  await tenantFor(deps, principal, tenantId, 'see');
  const caller = principal.kind === 'partner' ? principal.partner : null;
  const onlyOf = caller?.id ?? null;
  const { status } = request;
  const now = deps.clock.now();
  return pageOfList(
    `tenant-offers:${tenantId}:${principalKey(principal)}:${status ?? '*'}`,
    request,
    (page) => tenantOffers(deps, tenantId, { onlyOf, status, now }, page),
    (offers) => withPartners(deps, offers, now, caller),
  );
}

/**
 * A page of the tenant's offers. Entries that do not hold (no offer: a crash between the two writes;
 * another status) are passed over and the page is filled from the next entries, asking the store for
 * only as many as are still missing, so that none is skipped.
 */
async function tenantOffers(
  deps: Deps,
  tenantId: string,
  { onlyOf, status, now }: { onlyOf: string | null; status: OfferStatus | undefined; now: Date },
  page: PageRequest,
): Promise<Page<DelegationOffer>> {
  const items: DelegationOffer[] = [];
  let continuationToken = page.continuationToken;
  do {
    const entries = await deps.repos.tenantOffers.listForTenant(tenantId, onlyOf, {
      limit: page.limit - items.length,
      continuationToken,
    });
    const offers = await Promise.all(entries.items.map((entry) => deps.repos.delegationOffers.get(entry.id)));
    for (const found of offers) {
      const offer = found?.value;
      if (!offer || offer.tenantId !== tenantId || (onlyOf !== null && offer.partnerId !== onlyOf)) continue;
      if (status === undefined || offerStatus(offer, now) === status) items.push(offer);
    }
    continuationToken = entries.continuationToken;
  } while (items.length < page.limit && continuationToken);
  return { items, continuationToken };
}

/**
 * Each offer with the partner that made it: the calling partner is in hand, any other is read once (an
 * offer whose partner is gone is left out).
 */
async function withPartners(
  deps: Deps,
  offers: DelegationOffer[],
  at: Date,
  caller: Partner | null,
): Promise<OfferDetails[]> {
  const partners = new Map<string, Partner>(caller ? [[caller.id, caller]] : []);
  const ids = [...new Set(offers.map((offer) => offer.partnerId))].filter((id) => !partners.has(id));
  for (const found of await Promise.all(ids.map((id) => deps.repos.partners.get(id))))
    if (found) partners.set(found.value.id, found.value);
  return offers.flatMap((offer) => {
    const partner = partners.get(offer.partnerId);
    return partner ? [{ offer, partner, at }] : [];
  });
}

/** The tenant's purge: its entries go with the rest of its data (the offers stay, withdrawn if pending). */
export async function forgetTenantOffers(deps: AppDeps, tenantId: string): Promise<void> {
  const entries = await everyItem(
    (page) => deps.repos.tenantOffers.listForTenant(tenantId, null, page),
    deps.log,
  );
  for (const entry of entries) await deps.repos.tenantOffers.delete(tenantId, entry.id);
}
