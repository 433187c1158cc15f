import {
  DelegatedAdminView,
  DelegationOfferView,
  OfferAnswerView,
  OfferDelegationRequest,
  pageOf,
  PageQuery,
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
  success: {
    status: 201,
    description: 'The pending offer',
    schema: DelegationOfferView,
    name: 'DelegationOffer',
  },
  errors: [
    'invalid_text',
    'not_found',
    'partner_not_eligible',
    'offer_already_pending',
    'delegation_already_active',
  ],
});

export const delegationOffersGet = defineOperation({
  name: 'delegation-offers-get',
  method: 'GET',
  route: 'delegation-offers/{id}',
  tag: 'Delegated administration',
  summary: 'An offer of the calling partner, with its status',
  allow: ['partner'],
  success: { status: 200, description: 'The offer', schema: DelegationOfferView, name: 'DelegationOffer' },
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
  success: { status: 204, description: 'Withdrawn' },
  errors: ['not_found', 'offer_used', 'offer_expired'],
});

export const offersPage = defineOperation({
  name: 'offers-page',
  method: 'GET',
  route: 'offers/{token}',
  tag: 'Delegated administration',
  summary: 'The page behind the emailed link: who offers, the message, Accept and Decline',
  description: 'HTML. An expired or answered offer shows a 410 page; an unknown link a 404 page.',
  allow: 'anyone',
  success: { status: 200, description: 'The offer page', contentType: 'text/html' },
  errors: ['not_found', 'offer_expired', 'offer_used'],
});

export const offersAccept = defineOperation({
  name: 'offers-accept',
  method: 'POST',
  route: 'offers/{token}/accept',
  tag: 'Delegated administration',
  summary: 'Accept an offer: the partner becomes delegated administrator',
  description:
    'The link is the credential. Accepting an accepted offer again answers 200 (it finishes what a failure may ' +
    'have interrupted); a declined, withdrawn or expired one is 410. A browser (Accept: text/html) gets a page.',
  allow: 'anyone',
  success: { status: 200, description: 'The offer, accepted', schema: OfferAnswerView, name: 'OfferAnswer' },
  errors: ['not_found', 'offer_expired', 'offer_used'],
});

export const offersDecline = defineOperation({
  name: 'offers-decline',
  method: 'POST',
  route: 'offers/{token}/decline',
  tag: 'Delegated administration',
  summary: 'Decline an offer',
  allow: 'anyone',
  success: { status: 200, description: 'The offer, declined', schema: OfferAnswerView, name: 'OfferAnswer' },
  errors: ['not_found', 'offer_expired', 'offer_used'],
});

export const tenantsDelegatedAdminsList = defineOperation({
  name: 'tenants-delegated-admins-list',
  method: 'GET',
  route: 'tenants/{id}/delegated-admins',
  tag: 'Delegated administration',
  summary: "The tenant's delegated administrators",
  allow: ['partner', 'customer_admin'],
  query: PageQuery,
  success: {
    status: 200,
    description: 'A page of delegated admins',
    schema: pageOf(DelegatedAdminView),
    name: 'DelegatedAdminPage',
  },
  errors: ['not_found', 'forbidden'],
});

export const tenantsDelegatedAdminsRemove = defineOperation({
  name: 'tenants-delegated-admins-remove',
  method: 'DELETE',
  route: 'tenants/{id}/delegated-admins/{partnerId}',
  tag: 'Delegated administration',
  summary: 'End a delegation (the customer admin) or step down (the partner itself)',
  allow: ['partner', 'customer_admin'],
  success: {
    status: 204,
    description: 'Ended; the partner gets 404 on the tenant from then on (unless POR)',
  },
  errors: ['not_found', 'forbidden'],
});
