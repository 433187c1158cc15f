import * as z from 'zod';
import { MAX_OFFER_MESSAGE } from '../../domain/delegation';
import { Instant, PageQuery, text } from './fields';

/** Delegated administration: offers, the answers and the delegated admins. */
export const OfferDelegationRequest = z.strictObject({
  message: text({ min: 1, max: MAX_OFFER_MESSAGE, multiLine: true }).meta({
    description: 'Shown to the customer with the offer',
  }),
});

export const DelegationOfferView = z.object({
  id: z.string(),
  tenantId: z.string(),
  partnerId: z.string(),
  message: z.string(),
  status: z.enum(['pending', 'accepted', 'declined', 'expired', 'withdrawn']),
  expiresAt: Instant,
  createdAt: Instant,
  respondedAt: Instant.nullable(),
});

export const OfferAnswerView = z.object({ offer: DelegationOfferView });

/** An offer as a tenant's list shows it: the offer's view, with the partner that made it. */
export const TenantOfferView = DelegationOfferView.extend({
  partner: z.object({ name: z.string(), partnerId: z.string() }),
});

export const ListTenantOffersQuery = PageQuery.extend({
  status: DelegationOfferView.shape.status.optional().meta({
    description: 'Only offers in this status now (a pending offer past its expiresAt is expired)',
  }),
});

export const OfferToken = z.string().max(200).meta({
  description: 'The `kco_` token from the fragment of the emailed link (`/api/v1/offers#<token>`)',
});

/** The token travels in the body, never in a URL (logs, telemetry, proxies and history keep URLs). */
export const OfferLookupRequest = z.strictObject({ token: OfferToken });

export const OfferAnswerRequest = z.union([
  z.strictObject({ token: OfferToken }),
  z.strictObject({ offerId: z.uuid() }).meta({
    description: "The tenant's customer admin (bearer kca_) answering an offer it knows by id",
  }),
]);

export const OfferLookupView = z.object({
  offer: DelegationOfferView,
  partner: z.object({ name: z.string(), partnerId: z.string() }),
  tenant: z.object({ organizationName: z.string(), domain: z.string() }),
});

export const DelegatedAdminView = z.object({ partnerId: z.string(), name: z.string(), since: Instant });
