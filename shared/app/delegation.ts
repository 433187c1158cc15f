import { randomUUID } from 'node:crypto';
import { newToken } from '../crypto/secrets';
import {
  answered,
  assertAnswerable,
  expiryRecorded,
  assertCanOffer,
  newOffer,
  offerStatus,
  withDelegatedAdmin,
  withOfferSlot,
  withoutOfferSlot,
  type DelegationOffer,
} from '../domain/delegation';
import { DomainError } from '../domain/errors';
import { notificationIds } from '../domain/notification';
import type { Partner } from '../domain/partner';
import type { Principal } from '../domain/principal';
import type { Tenant } from '../domain/tenant';
import { partnerOf } from './callers';
import type { AppDeps } from './deps';
import { recordOfferEvent } from './events';
import { adminContacts, languageOf, partnerById, tellEach, toPartner } from './announce';
import { delegationAcceptedEmail, delegationOfferEmail } from './emails';
import { offerDeclinedEmail, offerExpiredEmail, type OfferFacts } from './fact-emails';
import { modify, modifyFrom, retryOnStale } from './modify';
import { eachPage } from './pages';
import { pageOfList, type ListRequest } from './paging';
import type { Page } from './ports';
import { delegatedAdminsOf, type DelegatedAdmin, type OfferDetails } from './read-models';
import { queueNotification } from './notifications';
import { indexSubscription } from './partner-subscriptions';
import { createOffer } from './tenant-offers';
import { linkPartner, tenantFor } from './tenants';

/**
 * Delegated administration: a partner offers, the customer accepts through the emailed link (or
 * declines, or the partner withdraws, or 90 days pass). Only an accepted offer makes a partner
 * delegated admin, and the customer can end it; the partner can step down.
 */
function noSuchTenant(): DomainError {
  return new DomainError('not_found', 'No such tenant.');
}

function noSuchOffer(): DomainError {
  return new DomainError('not_found', 'No such offer.');
}

/**
 * Who may offer follows who may see the tenant (POR of one of its subscriptions, or its delegated
 * admin, who is then told it already is one): a partner that cannot see a tenant gets 404 here as on
 * every tenant endpoint, even the one that created it, so no one emails a customer's admin from
 * outside the relationship.
 */
async function offerableTenant(deps: AppDeps, principal: Principal, tenantId: string): Promise<Tenant> {
  return (await tenantFor(deps, principal, tenantId, 'see')).tenant.value;
}

/**
 * The offer in steps: take the partner's slot on the tenant (one pending offer at a time; a slot
 * whose offer is gone, answered or expired is free), then the link's token, the offer, the email.
 */
export async function offerDelegation(
  deps: AppDeps,
  principal: Principal,
  tenantId: string,
  message: string,
): Promise<OfferDetails> {
  const partner = partnerOf(principal);
  const first = await offerableTenant(deps, principal, tenantId);
  assertCanOffer(first, partner.id, partner.cloudEssentials);
  const token = newToken('kco_');
  const tokenHash = deps.hasher.hash('token', token);
  const offer = newOffer({
    id: randomUUID(),
    tenantId,
    partnerId: partner.id,
    message,
    tokenHash,
    now: deps.clock.now(),
  });

  const tenant = await retryOnStale(async () => {
    const current = await deps.repos.tenants.get(tenantId);
    if (!current) throw noSuchTenant();
    assertCanOffer(current.value, partner.id, partner.cloudEssentials);
    const slot = current.value.offerSlots.find((s) => s.partnerId === partner.id);
    const held = slot ? await deps.repos.delegationOffers.get(slot.offerId) : null;
    const live = held && offerStatus(held.value, deps.clock.now()) === 'pending' ? held.value.id : null;
    const next = withOfferSlot(
      current.value,
      { partnerId: partner.id, offerId: offer.id, expiresAt: offer.expiresAt },
      live,
    );
    return (await deps.repos.tenants.replace(next, current.etag)).value;
  });
  await deps.repos.tokens.create({
    id: tokenHash,
    kind: 'delegation_offer',
    subjectId: offer.id,
    tenantId,
    createdAt: offer.createdAt,
  });
  await createOffer(deps, offer);
  await queueNotification(deps, {
    id: notificationIds.delegationOffer(offer.id),
    tenantId,
    type: 'delegation_offer',
    recipients: (await adminContacts(deps, tenant)).map((admin) => admin.email),
    content: delegationOfferEmail(languageOf(tenant), {
      organization: tenant.organizationName,
      domain: tenant.domain,
      partnerName: partner.name,
      programId: partner.programId,
      message,
      link: deps.links.offerPage(token),
      expiresAt: offer.expiresAt,
    }),
  });
  return { offer, partner, at: deps.clock.now() };
}

/** The calling partner's own offer; anyone else's is not found. */
async function partnersOffer(deps: AppDeps, partner: Partner, offerId: string): Promise<DelegationOffer> {
  const offer = await deps.repos.delegationOffers.get(offerId);
  if (!offer || offer.value.partnerId !== partner.id) throw noSuchOffer();
  return offer.value;
}

export async function getOffer(deps: AppDeps, principal: Principal, offerId: string): Promise<OfferDetails> {
  const partner = partnerOf(principal);
  return { offer: await partnersOffer(deps, partner, offerId), partner, at: deps.clock.now() };
}

export async function withdrawOffer(deps: AppDeps, principal: Principal, offerId: string): Promise<void> {
  const offer = await partnersOffer(deps, partnerOf(principal), offerId);
  await modify(deps.repos.delegationOffers.at(offerId), (current) =>
    answered(current, 'withdrawn', deps.clock.now()),
  );
  await modify(deps.repos.tenants.at(offer.tenantId), (tenant) => withoutOfferSlot(tenant, offerId));
}

/** An offer as its link shows it to the customer: with the tenant it is for. */
export interface OfferContext extends OfferDetails {
  tenant: Tenant;
}

/**
 * The offer a link's token names, for anyone holding the link (the token is the credential); an
 * unknown token is a 404, as for any unknown resource.
 */
export async function offerByToken(deps: AppDeps, token: string): Promise<OfferContext> {
  const record = await deps.repos.tokens.get(deps.hasher.hash('token', token));
  if (!record || record.value.kind !== 'delegation_offer') throw noSuchOffer();
  return offerContext(deps, record.value.subjectId);
}

/**
 * The offer a customer admin names by id (signed in with its `kca_` token rather than holding the
 * link): only an offer made to its own tenant; any other is a 404.
 */
export async function offerForCustomerAdmin(
  deps: AppDeps,
  principal: Principal | null,
  offerId: string,
): Promise<OfferContext> {
  if (!principal)
    throw new DomainError(
      'unauthenticated',
      'Answer by offerId signed in as the customer admin, or send the token.',
    );
  if (principal.kind !== 'customer_admin')
    throw new DomainError('forbidden', "Only the tenant's customer admin answers an offer by its id.");
  const context = await offerContext(deps, offerId);
  if (context.offer.tenantId !== principal.tenantId) throw noSuchOffer();
  return context;
}

/** What the offer page shows: a pending offer, or the 410 that says why it cannot be answered. */
export function answerableOffer(context: OfferContext): OfferContext {
  assertAnswerable(offerStatus(context.offer, context.at));
  return context;
}

async function offerContext(deps: AppDeps, offerId: string): Promise<OfferContext> {
  const offer = await deps.repos.delegationOffers.get(offerId);
  if (!offer) throw noSuchOffer();
  const [tenant, partner] = await Promise.all([
    deps.repos.tenants.get(offer.value.tenantId),
    deps.repos.partners.get(offer.value.partnerId),
  ]);
  if (!tenant || !partner) throw noSuchOffer();
  return { offer: offer.value, tenant: tenant.value, partner: partner.value, at: deps.clock.now() };
}

/**
 * The customer's answer. The offer's own conditional write decides (an accept racing a decline:
 * one wins, the other is told the offer was used); accepting then makes the partner delegated
 * admin. Answering the same way again finishes what a crash may have left, and changes nothing else.
 */
export async function answerOffer(
  deps: AppDeps,
  context: OfferContext,
  answer: 'accepted' | 'declined',
): Promise<OfferContext> {
  const updated = await modify(deps.repos.delegationOffers.at(context.offer.id), (offer) =>
    answered(offer, answer, deps.clock.now()),
  );
  const offer = updated?.value ?? context.offer;
  if (answer === 'accepted') {
    await linkPartner(deps, offer.partnerId, offer.tenantId);
    // Before the partner becomes delegated admin: its "renewals due" list will show the tenant's subscriptions.
    for (const id of context.tenant.subscriptionIds) {
      const subscription = await deps.repos.subscriptions.get(id);
      if (subscription && subscription.value.state !== 'migrated' && subscription.value.state !== 'deleted')
        await indexSubscription(deps, subscription.value, [offer.partnerId]);
    }
    await modify(deps.repos.tenants.at(offer.tenantId), (tenant) => {
      const withAdmin = withDelegatedAdmin(
        tenant,
        offer.partnerId,
        new Date(offer.respondedAt ?? deps.clock.now()),
      );
      const freed = withoutOfferSlot(withAdmin ?? tenant, offer.id);
      return freed ?? withAdmin;
    });
    if (offer.status === 'accepted')
      await recordOfferEvent(deps, notificationIds.delegationAccepted(offer.id), offer, 'accepted');
    await queueNotification(deps, {
      id: notificationIds.delegationAccepted(offer.id),
      tenantId: offer.tenantId,
      type: 'delegation_accepted',
      recipients: [context.partner.email],
      content: delegationAcceptedEmail(
        languageOf(context.partner),
        offerFacts(context.tenant, context.partner, offer),
      ),
    });
  } else {
    await modify(deps.repos.tenants.at(offer.tenantId), (tenant) => withoutOfferSlot(tenant, offer.id));
    // Only an offer declined by this answer or an earlier one: never one withdrawn or expired meanwhile.
    if (offer.status === 'declined')
      await recordOfferEvent(deps, notificationIds.offerDeclined(offer.id), offer, 'declined');
    if (offer.status === 'declined')
      await tellEach(
        deps,
        {
          id: notificationIds.offerDeclined(offer.id),
          tenantId: offer.tenantId,
          type: 'delegation_offer_declined',
        },
        [
          toPartner(context.partner, (language) =>
            offerDeclinedEmail(language, offerFacts(context.tenant, context.partner, offer)),
          ),
        ],
      );
  }
  const tenant = await deps.repos.tenants.get(offer.tenantId);
  return { offer, tenant: tenant?.value ?? context.tenant, partner: context.partner, at: deps.clock.now() };
}

/** A tenant has few delegated admins: the first page holds them all (up to `limit`). */
export async function listDelegatedAdmins(
  deps: AppDeps,
  principal: Principal,
  tenantId: string,
  request: ListRequest,
): Promise<Page<DelegatedAdmin>> {
  const context = await tenantFor(deps, principal, tenantId, 'administer');
  return pageOfList(
    `delegated-admins:${tenantId}`,
    request,
    async () => ({ items: await delegatedAdminsOf(deps, context.tenant.value), continuationToken: null }),
    (admins) => admins.slice(0, request.limit),
  );
}

/** What an offer's emails to its partner say about it. */
function offerFacts(tenant: Tenant, partner: Partner, offer: DelegationOffer): OfferFacts {
  return {
    organization: tenant.organizationName,
    domain: tenant.domain,
    partnerName: partner.name,
    offeredAt: offer.createdAt,
    expiresAt: offer.expiresAt,
  };
}

/**
 * The offer-expiry sweep (run by subscription-lifecycle): every offer still `pending` past its
 * `expiresAt` (an indexed query, no ORDER BY, drained in one run), its partner told first (once: the
 * notification's id is the offer's), then the expiry recorded with a conditional write, which takes it
 * off the list. A crash between the two tells nothing twice; one offer's failure stops no other.
 */
export async function recordExpiredOffers(deps: AppDeps): Promise<{ expired: number; failed: number }> {
  const now = deps.clock.now();
  const result = { expired: 0, failed: 0 };
  for await (const page of eachPage(
    (request) => deps.repos.delegationOffers.listExpiredPending(now, request),
    deps.log,
  )) {
    for (const found of page) {
      try {
        if (!expiryRecorded(found.value, now)) continue;
        await tellOfferExpired(deps, found.value);
        await modifyFrom(deps.repos.delegationOffers.at(found.value.id), found, (offer) =>
          expiryRecorded(offer, now),
        );
        result.expired += 1;
      } catch (error) {
        result.failed += 1;
        deps.log.error(`offer ${found.value.id} failed; the next run retries it`, error);
      }
    }
  }
  if (result.expired + result.failed > 0)
    deps.log.info(`offers expired: ${result.expired} recorded, ${result.failed} failed`);
  return result;
}

async function tellOfferExpired(deps: AppDeps, offer: DelegationOffer): Promise<void> {
  const [tenant, partner] = await Promise.all([
    deps.repos.tenants.get(offer.tenantId),
    partnerById(deps, offer.partnerId),
  ]);
  // A tenant deleted meanwhile withdrew its offers; a partner gone has no one to read it.
  if (!tenant || tenant.value.deletedAt || !partner) return;
  await recordOfferEvent(deps, notificationIds.offerExpired(offer.id), offer, 'expired');
  await tellEach(
    deps,
    {
      id: notificationIds.offerExpired(offer.id),
      tenantId: offer.tenantId,
      type: 'delegation_offer_expired',
    },
    [toPartner(partner, (language) => offerExpiredEmail(language, offerFacts(tenant.value, partner, offer)))],
  );
}
