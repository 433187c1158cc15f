import {
  DelegatedAdminView,
  DelegationOfferView,
  ListTenantOffersQuery,
  OfferAnswerRequest,
  OfferAnswerView,
  OfferDelegationRequest,
  OfferLookupRequest,
  OfferLookupView,
  pageOf,
  PageQuery,
  TenantOfferView,
} from '../schemas';
import { defineOperation } from '../operation';

/** Delegated administration: the operations of this part of the contract (docs/api.md). */
export const tenantsDelegationOffersCreate = defineOperation({
  name: 'tenants-delegation-offers-create',
  method: 'POST',
  route: 'tenants/{id}/delegation-offers',
  tag: 'Delegated administration',
  summary: "Offer to become the tenant's delegated administrator",
  description:
    'For a partner that sees the tenant: Partner of Record of one of its subscriptions; others, even the partner ' +
    'that created it once it is no longer POR, get 404 as on every tenant endpoint. ' +
    "The tenant's admin is emailed a link to accept or decline; the offer expires after 90 days.",
  allow: ['partner'],
  body: { name: 'OfferDelegationRequest', schema: OfferDelegationRequest },
  responses: [
    {
      status: 201,
      description: 'The pending offer',
      schema: DelegationOfferView,
      name: 'DelegationOffer',
      headers: ['location'],
    },
  ],
  errors: [
    'invalid_text',
    'not_found',
    'partner_not_eligible',
    'offer_already_pending',
    'delegation_already_active',
  ],
});

export const tenantsDelegationOffersList = defineOperation({
  name: 'tenants-delegation-offers-list',
  method: 'GET',
  route: 'tenants/{id}/delegation-offers',
  tag: 'Delegated administration',
  summary: "The tenant's delegation offers, newest first",
  description:
    'For whoever sees the tenant (others get 404, as on every tenant endpoint): its customer admin sees every ' +
    'offer made to it, a partner only the offers it made itself. `?status=` keeps the offers in that status now ' +
    '(a pending offer past its expiresAt is expired). Offers made before 2026-12-06 are not listed.',
  allow: ['partner', 'customer_admin'],
  query: ListTenantOffersQuery,
  responses: [
    {
      status: 200,
      description: 'A page of offers, newest first',
      schema: pageOf(TenantOfferView),
      name: 'TenantDelegationOfferPage',
    },
  ],
  errors: ['not_found', 'invalid_continuation_token'],
});

export const delegationOffersGet = defineOperation({
  name: 'delegation-offers-get',
  method: 'GET',
  route: 'delegation-offers/{id}',
  tag: 'Delegated administration',
  summary: 'An offer of the calling partner, with its status',
  allow: ['partner'],
  responses: [
    { status: 200, description: 'The offer', schema: DelegationOfferView, name: 'DelegationOffer' },
  ],
  errors: ['not_found'],
});

export const delegationOffersWithdraw = defineOperation({
  name: 'delegation-offers-withdraw',
  method: 'DELETE',
  route: 'delegation-offers/{id}',
  tag: 'Delegated administration',
  summary: 'Withdraw a pending offer',
  description: 'Withdrawing twice is harmless; an offer already accepted or declined is 410 offer_used.',
  allow: ['partner'],
  responses: [{ status: 204, description: 'Withdrawn' }],
  errors: ['not_found', 'offer_used', 'offer_expired'],
});

export const offersPage = defineOperation({
  name: 'offers-page',
  method: 'GET',
  route: 'offers',
  tag: 'Delegated administration',
  summary: "The customer's offer page (the emailed link is /api/v1/offers#<token>)",
  description:
    "HTML, the same for every offer, in the browser's language (Accept-Language: en, it, de, fr or es, else " +
    'English; Vary: Accept-Language): the token travels in the fragment, which browsers never send, so it is ' +
    "in no server log, telemetry, proxy or Referer. The page's script reads it, removes it from the address " +
    'bar, looks the offer up and answers it (offers/lookup, offers/accept, offers/decline). Strict CSP (no ' +
    'inline script but its own, by hash), not frameable, no-referrer, no-store.',
  allow: 'anyone',
  responses: [{ status: 200, description: 'The offer page', contentType: 'text/html' }],
  errors: [],
});

export const offersLookup = defineOperation({
  name: 'offers-lookup',
  method: 'POST',
  route: 'offers/lookup',
  tag: 'Delegated administration',
  summary: 'The offer a link names: who offers, the message, the tenant',
  description: 'The token is the credential; it is sent in the body, never in a URL.',
  allow: 'anyone',
  body: { name: 'OfferLookupRequest', schema: OfferLookupRequest },
  responses: [{ status: 200, description: 'A pending offer', schema: OfferLookupView, name: 'OfferLookup' }],
  errors: ['not_found', 'offer_expired', 'offer_used', 'offer_withdrawn'],
});

const ANSWER_DESCRIPTION =
  "The link is the credential (`{ token }`); the tenant's customer admin, signed in with its kca_ token, may " +
  'send `{ offerId }` instead. Answering the same way again answers 200 with the same offer (it finishes what ' +
  'a failure may have interrupted); otherwise an answered, withdrawn or expired offer is 410, each with its code.';

export const offersAccept = defineOperation({
  name: 'offers-accept',
  method: 'POST',
  route: 'offers/accept',
  tag: 'Delegated administration',
  summary: 'Accept an offer: the partner becomes delegated administrator',
  description: ANSWER_DESCRIPTION,
  allow: 'anyone',
  body: { name: 'OfferAnswerRequest', schema: OfferAnswerRequest },
  responses: [
    { status: 200, description: 'The offer, accepted', schema: OfferAnswerView, name: 'OfferAnswer' },
  ],
  errors: ['unauthenticated', 'forbidden', 'not_found', 'offer_expired', 'offer_used', 'offer_withdrawn'],
});

export const offersDecline = defineOperation({
  name: 'offers-decline',
  method: 'POST',
  route: 'offers/decline',
  tag: 'Delegated administration',
  summary: 'Decline an offer',
  description: ANSWER_DESCRIPTION,
  allow: 'anyone',
  body: { name: 'OfferAnswerRequest', schema: OfferAnswerRequest },
  responses: [
    { status: 200, description: 'The offer, declined', schema: OfferAnswerView, name: 'OfferAnswer' },
  ],
  errors: ['unauthenticated', 'forbidden', 'not_found', 'offer_expired', 'offer_used', 'offer_withdrawn'],
});

export const tenantsDelegatedAdminsList = defineOperation({
  name: 'tenants-delegated-admins-list',
  method: 'GET',
  route: 'tenants/{id}/delegated-admins',
  tag: 'Delegated administration',
  summary: "The tenant's delegated administrators",
  allow: ['partner', 'customer_admin'],
  query: PageQuery,
  responses: [
    {
      status: 200,
      description: 'A page of delegated admins',
      schema: pageOf(DelegatedAdminView),
      name: 'DelegatedAdminPage',
    },
  ],
  errors: ['not_found', 'forbidden'],
});

export const tenantsDelegatedAdminsRemove = defineOperation({
  name: 'tenants-delegated-admins-remove',
  method: 'DELETE',
  route: 'tenants/{id}/delegated-admins/{partnerId}',
  tag: 'Delegated administration',
  summary: 'End a delegation (the customer admin) or step down (the partner itself)',
  allow: ['partner', 'customer_admin'],
  responses: [
    {
      status: 204,
      description: 'Ended; the partner gets 404 on the tenant from then on (unless POR)',
    },
  ],
  errors: ['not_found', 'forbidden'],
});
