import { addDays } from './calendar';
import { DomainError } from './errors';
import { isAtOrAfter, iso } from './time';
import { isDelegatedAdmin, type EndedDelegation, type OfferSlot, type Tenant } from './tenant';

/**
 * A partner's offer to become delegated administrator of a tenant. Only the customer can accept it
 * (through the link emailed to the tenant's admin); until then the partner administers nothing.
 */
export type OfferStatus = 'pending' | 'accepted' | 'declined' | 'expired' | 'withdrawn';
export const OFFER_VALIDITY_DAYS = 90;
export const MAX_OFFER_MESSAGE = 2_000;

export interface DelegationOffer {
  id: string;
  tenantId: string;
  /** Internal id of the offering partner. */
  partnerId: string;
  message: string;
  /**
   * As answered; `expired` once the offer-expiry sweep has recorded it (before that, a pending offer
   * past `expiresAt` is expired all the same: `offerStatus`).
   */
  status: OfferStatus;
  createdAt: string;
  expiresAt: string;
  respondedAt: string | null;
  /** Keyed hash of the link's token. */
  tokenHash: string;
}

export function offerStatus(offer: DelegationOffer, now: Date): OfferStatus {
  return offer.status === 'pending' && isAtOrAfter(now, offer.expiresAt) ? 'expired' : offer.status;
}

/** The expiry of a pending offer past its date, recorded (by the sweep that tells its partner). */
export function expiryRecorded(offer: DelegationOffer, now: Date): DelegationOffer | undefined {
  return offer.status === 'pending' && offerStatus(offer, now) === 'expired'
    ? { ...offer, status: 'expired' }
    : undefined;
}

export function newOffer(input: {
  id: string;
  tenantId: string;
  partnerId: string;
  message: string;
  tokenHash: string;
  now: Date;
}): DelegationOffer {
  const { now, ...fields } = input;
  return {
    ...fields,
    status: 'pending',
    createdAt: iso(now),
    expiresAt: iso(addDays(now, OFFER_VALIDITY_DAYS)),
    respondedAt: null,
  };
}

export function assertCanOffer(tenant: Tenant, partnerId: string, cloudEssentials: boolean): void {
  if (!cloudEssentials) {
    throw new DomainError(
      'partner_not_eligible',
      'Delegated administration needs enrolment in the Cloud Essentials program.',
    );
  }
  if (isDelegatedAdmin(tenant, partnerId)) {
    throw new DomainError(
      'delegation_already_active',
      'You are already a delegated administrator of this tenant.',
    );
  }
}

/** Takes the partner's slot on the tenant for a new offer, unless a live offer holds it. */
export function withOfferSlot(tenant: Tenant, slot: OfferSlot, liveOfferId: string | null): Tenant {
  if (liveOfferId)
    throw new DomainError('offer_already_pending', 'An offer of yours is already waiting for this customer.');
  return {
    ...tenant,
    offerSlots: [...tenant.offerSlots.filter((s) => s.partnerId !== slot.partnerId), slot],
  };
}

/** An offer can be answered while pending; each other status has its own 410 (the page says which). */
export function assertAnswerable(status: OfferStatus): void {
  if (status === 'expired')
    throw new DomainError('offer_expired', 'This offer has expired; ask the partner for a new one.');
  if (status === 'withdrawn') throw new DomainError('offer_withdrawn', 'The partner withdrew this offer.');
  if (status !== 'pending') throw new DomainError('offer_used', `This offer was already ${status}.`);
}

/** The answer to a pending offer; answering the same way twice is harmless, the other way is refused. */
export function answered(
  offer: DelegationOffer,
  answer: 'accepted' | 'declined' | 'withdrawn',
  now: Date,
): DelegationOffer | undefined {
  const status = offerStatus(offer, now);
  if (status === answer) return undefined;
  assertAnswerable(status);
  return { ...offer, status: answer, respondedAt: iso(now) };
}

export function withDelegatedAdmin(tenant: Tenant, partnerId: string, now: Date): Tenant | undefined {
  if (isDelegatedAdmin(tenant, partnerId)) return undefined;
  return { ...tenant, delegatedAdmins: [...tenant.delegatedAdmins, { partnerId, since: iso(now) }] };
}

/** How many ended delegations a tenant keeps (the untold ones go last, if ever). */
export const KEPT_ENDED_DELEGATIONS = 20;

/** The tenant with these ended delegations (the oldest told ones dropped first), and its sweep field. */
function withEndedDelegations(tenant: Tenant, ended: EndedDelegation[]): Tenant {
  const kept = [...ended];
  while (kept.length > KEPT_ENDED_DELEGATIONS) {
    const told = kept.findIndex((e) => e.toldAt !== null);
    kept.splice(told === -1 ? 0 : told, 1);
  }
  const untold = kept.flatMap((e) => (e.toldAt === null ? [e.endedAt] : [])).sort();
  return { ...tenant, endedDelegations: kept, untoldEndedDelegationAt: untold[0] ?? null };
}

/**
 * The partner no longer delegated admin, and in the same write the delegation's tombstone, untold:
 * what tells the partner can then fail and be done again (by a retry, or the webhook sweep).
 */
export function withoutDelegatedAdmin(
  tenant: Tenant,
  partnerId: string,
  by: EndedDelegation['by'],
  now: Date,
): Tenant | undefined {
  const delegation = tenant.delegatedAdmins.find((admin) => admin.partnerId === partnerId);
  if (!delegation) return undefined;
  return withEndedDelegations(
    { ...tenant, delegatedAdmins: tenant.delegatedAdmins.filter((admin) => admin.partnerId !== partnerId) },
    [
      ...(tenant.endedDelegations ?? []),
      { partnerId, since: delegation.since, endedAt: iso(now), by, toldAt: null },
    ],
  );
}

/** The partner's most recent ended delegation not yet told, ended by `by` (any, when not given). */
export function untoldEnding(
  tenant: Tenant,
  partnerId: string,
  by?: EndedDelegation['by'],
): EndedDelegation | undefined {
  return (tenant.endedDelegations ?? []).findLast(
    (e) => e.partnerId === partnerId && e.toldAt === null && (by === undefined || e.by === by),
  );
}

/** The ended delegations still to be told that ended by `before`, oldest first. */
export function untoldEndings(tenant: Tenant, before: Date): EndedDelegation[] {
  return (tenant.endedDelegations ?? []).filter(
    (e) => e.toldAt === null && Date.parse(e.endedAt) <= before.getTime(),
  );
}

/** The ended delegation marked told (its event and email written); undefined when it already is, or is gone. */
export function endingTold(tenant: Tenant, ended: EndedDelegation, now: Date): Tenant | undefined {
  const list = tenant.endedDelegations ?? [];
  const at = list.findIndex(
    (e) => e.partnerId === ended.partnerId && e.since === ended.since && e.toldAt === null,
  );
  if (at === -1) return undefined;
  return withEndedDelegations(
    tenant,
    list.map((e, i) => (i === at ? { ...e, toldAt: iso(now) } : e)),
  );
}

export function withoutOfferSlot(tenant: Tenant, offerId: string): Tenant | undefined {
  if (!tenant.offerSlots.some((s) => s.offerId === offerId)) return undefined;
  return { ...tenant, offerSlots: tenant.offerSlots.filter((s) => s.offerId !== offerId) };
}
