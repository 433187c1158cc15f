import {
  Catalog,
  CreateKeyBatchRequest,
  CreatePartnerRequest,
  Health,
  KeyBatchView,
  KeyLookupView,
  KeyRequest,
  ListRedemptionsQuery,
  ListSubscriptionsQuery,
  PartnerView,
  PartnerWithToken,
  RedemptionKeyView,
  RedemptionView,
  RevokeKeyRequest,
  StartRedemptionRequest,
  TokenView,
  UpdatePartnerRequest,
  pageOf,
  CompleteCreateTenantView,
  CompleteRedemptionRequest,
  CreateUserRequest,
  UpdateUserRequest,
  DirectBillingRequest,
  DirectBillingView,
  DomainAvailabilityView,
  NotificationView,
  PageQuery,
  SetPartnerOfRecordRequest,
  SubscriptionResult,
  SubscriptionView,
  TenantView,
  UserView,
  DelegatedAdminView,
  DelegationOfferView,
  OfferAnswerView,
  OfferDelegationRequest,
} from './schemas';
import { defineOperation } from './operation';

/**
 * The HTTP contract (API.md), one entry per function. Function files take their entry from here;
 * a test checks that what they register is exactly this list.
 */
export const health = defineOperation({
  name: 'health',
  method: 'GET',
  route: 'health',
  tag: 'Service',
  summary: 'Service health',
  description: 'Answers 503 with status "degraded" when the store cannot be reached.',
  allow: 'anyone',
  success: { status: 200, description: 'The service and its store answer', schema: Health, name: 'Health' },
  errors: [],
});

export const openApiDocument = defineOperation({
  name: 'openapi',
  method: 'GET',
  route: 'openapi.json',
  tag: 'Service',
  summary: 'This OpenAPI 3.1 document',
  allow: 'anyone',
  success: { status: 200, description: 'The OpenAPI document, generated from the validating schemas' },
  errors: [],
});

export const catalog = defineOperation({
  name: 'catalog',
  method: 'GET',
  route: 'catalog',
  tag: 'Service',
  summary: 'Products sold and countries where the service is offered',
  allow: 'anyone',
  success: { status: 200, description: 'The catalog', schema: Catalog, name: 'Catalog' },
  errors: [],
});

export const createPartner = defineOperation({
  name: 'partners-create',
  method: 'POST',
  route: 'partners',
  tag: 'Partners',
  summary: 'Register a partner',
  description: 'The token in the response is shown only once; it is stored only as a keyed hash.',
  allow: ['operator'],
  body: { name: 'CreatePartnerRequest', schema: CreatePartnerRequest },
  success: {
    status: 201,
    description: 'The partner and its token',
    schema: PartnerWithToken,
    name: 'PartnerWithToken',
  },
  errors: ['partner_exists'],
});

export const getOwnPartner = defineOperation({
  name: 'partners-me',
  method: 'GET',
  route: 'partners/me',
  tag: 'Partners',
  summary: 'The calling partner',
  allow: ['partner'],
  success: {
    status: 200,
    description: 'The partner (never its token)',
    schema: PartnerView,
    name: 'Partner',
  },
  errors: [],
});

export const updatePartner = defineOperation({
  name: 'partners-update',
  method: 'PATCH',
  route: 'partners/{id}',
  tag: 'Partners',
  summary: "Change a partner's name, email or Cloud Essentials enrolment",
  allow: ['operator'],
  body: { name: 'UpdatePartnerRequest', schema: UpdatePartnerRequest },
  success: { status: 200, description: 'The updated partner', schema: PartnerView, name: 'Partner' },
  errors: ['not_found'],
});

export const rotatePartnerToken = defineOperation({
  name: 'partners-tokens-create',
  method: 'POST',
  route: 'partners/{id}/tokens',
  tag: 'Partners',
  summary: 'Issue a new partner token; earlier tokens stop working',
  allow: ['operator'],
  success: { status: 201, description: 'The new token, shown only once', schema: TokenView, name: 'Token' },
  errors: ['not_found'],
});

export const createKeyBatch = defineOperation({
  name: 'product-key-batches-create',
  method: 'POST',
  route: 'product-key-batches',
  tag: 'Product-key inventory',
  summary: 'Mint new keys (count) or import existing ones (keys)',
  description:
    'Minted keys are returned once, in clear, and stored only as keyed hashes. An import reports keys that ' +
    'are not valid by their position and counts keys already in the inventory as duplicates.',
  allow: ['operator'],
  body: { name: 'CreateKeyBatchRequest', schema: CreateKeyBatchRequest },
  success: { status: 201, description: 'The batch', schema: KeyBatchView, name: 'KeyBatch' },
  errors: [],
});

export const lookUpKey = defineOperation({
  name: 'product-keys-lookup',
  method: 'POST',
  route: 'product-keys/lookup',
  tag: 'Product-key inventory',
  summary: 'Look a key up (the key travels in the body, never in the URL)',
  description:
    'A reservation whose redemption expired or was abandoned no longer holds: such a key shows as available.',
  allow: ['operator'],
  body: { name: 'KeyRequest', schema: KeyRequest },
  success: {
    status: 200,
    description: 'The key, masked, and its state',
    schema: KeyLookupView,
    name: 'KeyLookup',
  },
  errors: ['invalid_key_format', 'key_checksum_mismatch', 'key_not_found'],
});

export const revokeKey = defineOperation({
  name: 'product-keys-revoke',
  method: 'POST',
  route: 'product-keys/revoke',
  tag: 'Product-key inventory',
  summary: 'Revoke a key',
  description: 'Revoking a revoked key is harmless (200). A key held by an open redemption is revoked too.',
  allow: ['operator'],
  body: { name: 'RevokeKeyRequest', schema: RevokeKeyRequest },
  success: { status: 200, description: 'The key, now revoked', schema: KeyLookupView, name: 'KeyLookup' },
  errors: ['invalid_key_format', 'key_checksum_mismatch', 'key_not_found', 'key_already_redeemed'],
  statusOverrides: { key_already_redeemed: 409 },
});

export const startRedemption = defineOperation({
  name: 'redemptions-create',
  method: 'POST',
  route: 'redemptions',
  tag: 'Redemption',
  summary: 'Start the "Redeem product keys" wizard',
  allow: ['partner'],
  body: { name: 'StartRedemptionRequest', schema: StartRedemptionRequest },
  success: {
    status: 201,
    description: 'An open, empty redemption',
    schema: RedemptionView,
    name: 'Redemption',
  },
  errors: ['attestation_required'],
});

export const listRedemptions = defineOperation({
  name: 'redemptions-list',
  method: 'GET',
  route: 'redemptions',
  tag: 'Redemption',
  summary: "The partner's own redemptions, newest first",
  allow: ['partner'],
  query: ListRedemptionsQuery,
  success: {
    status: 200,
    description: 'A page of redemptions',
    schema: pageOf(RedemptionView),
    name: 'RedemptionPage',
  },
  errors: ['invalid_continuation_token'],
});

export const getRedemption = defineOperation({
  name: 'redemptions-get',
  method: 'GET',
  route: 'redemptions/{id}',
  tag: 'Redemption',
  summary: 'The "verify" page of a redemption',
  allow: ['partner'],
  success: { status: 200, description: 'The redemption', schema: RedemptionView, name: 'Redemption' },
  errors: ['not_found'],
});

export const addRedemptionKey = defineOperation({
  name: 'redemptions-add-key',
  method: 'POST',
  route: 'redemptions/{id}/keys',
  tag: 'Redemption',
  summary: 'Add a key ("add another key"); the key is reserved for this redemption',
  description:
    'More than the allowed number of failed look-ups (key_not_found, key_checksum_mismatch) by one partner ' +
    'within the window answers 429 too_many_failed_key_attempts with Retry-After.',
  allow: ['partner'],
  body: { name: 'KeyRequest', schema: KeyRequest },
  success: {
    status: 201,
    description: 'The key as the redemption now holds it',
    schema: RedemptionKeyView,
    name: 'RedemptionKey',
  },
  errors: [
    'not_found',
    'invalid_key_format',
    'key_checksum_mismatch',
    'key_not_found',
    'key_already_redeemed',
    'key_reserved',
    'key_revoked',
    'key_sku_mismatch',
    'too_many_keys',
    'key_already_added',
    'redemption_not_open',
    'redemption_expired',
    'too_many_failed_key_attempts',
  ],
});

export const removeRedemptionKey = defineOperation({
  name: 'redemptions-remove-key',
  method: 'DELETE',
  route: 'redemptions/{id}/keys/{keyRef}',
  tag: 'Redemption',
  summary: 'Remove a key; it is released at once',
  allow: ['partner'],
  success: { status: 204, description: 'Removed' },
  errors: ['not_found', 'redemption_not_open', 'redemption_expired'],
});

export const confirmRedemption = defineOperation({
  name: 'redemptions-confirm',
  method: 'POST',
  route: 'redemptions/{id}/confirm',
  tag: 'Redemption',
  summary: '"Key addition completed": freeze the keys before completing',
  description: 'Confirming a confirmed redemption is harmless (200).',
  allow: ['partner'],
  success: {
    status: 200,
    description: 'The confirmed redemption',
    schema: RedemptionView,
    name: 'Redemption',
  },
  errors: ['not_found', 'redemption_empty', 'redemption_expired', 'redemption_completed'],
});

export const completeRedemption = defineOperation({
  name: 'redemptions-complete',
  method: 'POST',
  route: 'redemptions/{id}/complete',
  tag: 'Redemption',
  summary: "Complete: create the customer's tenant, or renew a subscription, or add seats to it",
  description:
    'create_tenant answers 201; renew and add_seats answer 200. The work is done in resumable steps: the ' +
    'same request sent again (after a timeout, a 5xx) finishes it and answers the same result; a different ' +
    'request while one is under way is 409 request_in_progress. When the domain is taken the keys stay ' +
    'reserved and the redemption confirmed, so a new request with another prefix can follow. ' +
    'renew and add_seats need the partner to be Partner of Record of the subscription or delegated admin ' +
    'of its tenant; a subscription the partner does not see is 404.',
  allow: ['partner'],
  body: { name: 'CompleteRedemptionRequest', schema: CompleteRedemptionRequest },
  success: {
    status: 201,
    description: 'create_tenant: the new tenant, subscription and admin user',
    schema: CompleteCreateTenantView,
    name: 'CreatedTenant',
  },
  otherSuccess: {
    status: 200,
    description: 'renew, add_seats: the subscription',
    schema: SubscriptionResult,
    name: 'SubscriptionResult',
  },
  errors: [
    'not_found',
    'forbidden',
    'redemption_not_confirmed',
    'redemption_completed',
    'redemption_expired',
    'request_in_progress',
    'partner_not_eligible',
    'invalid_country_code',
    'country_not_supported',
    'domain_unavailable',
    'key_sku_mismatch',
    'key_revoked',
    'insufficient_seats',
    'subscription_not_active',
    'subscription_deleted',
    'subscription_migrated',
  ],
});

export const domainAvailability = defineOperation({
  name: 'domains-availability',
  method: 'GET',
  route: 'domains/{prefix}/availability',
  tag: 'Tenants',
  summary: 'Whether <prefix>.onmicrosoft.com can be claimed',
  description:
    'A malformed prefix is 400 validation_failed. Reserved names answer available: false, reason "reserved".',
  allow: ['partner'],
  success: {
    status: 200,
    description: 'The domain and whether it is free',
    schema: DomainAvailabilityView,
    name: 'DomainAvailability',
  },
  errors: ['validation_failed'],
});

export const listTenants = defineOperation({
  name: 'tenants-list',
  method: 'GET',
  route: 'tenants',
  tag: 'Tenants',
  summary: 'Tenants the caller sees',
  description: 'A partner: those it is Partner of Record or delegated admin of. A customer admin: its own.',
  allow: ['partner', 'customer_admin'],
  query: PageQuery,
  success: { status: 200, description: 'A page of tenants', schema: pageOf(TenantView), name: 'TenantPage' },
  errors: ['invalid_continuation_token'],
});

export const getTenant = defineOperation({
  name: 'tenants-get',
  method: 'GET',
  route: 'tenants/{id}',
  tag: 'Tenants',
  summary: 'A tenant, its subscriptions and delegated admins',
  allow: ['partner', 'customer_admin'],
  success: { status: 200, description: 'The tenant', schema: TenantView, name: 'Tenant' },
  errors: ['not_found'],
});

export const listSubscriptions = defineOperation({
  name: 'subscriptions-list',
  method: 'GET',
  route: 'subscriptions',
  tag: 'Subscriptions',
  summary: 'The subscriptions the partner is Partner of Record or delegated admin of, soonest end first',
  description:
    'A partner tool\'s "renewals due" list: ?expiresBefore=2027-01-31 (a day: its start, UTC) and ' +
    "?state=expired narrow it. Read from an index of the partner's subscriptions by term end, in one " +
    'partition, each entry checked against the subscription itself. The list goes on while ' +
    'continuationToken is not null.',
  allow: ['partner'],
  query: ListSubscriptionsQuery,
  success: {
    status: 200,
    description: 'A page of subscriptions',
    schema: pageOf(SubscriptionView),
    name: 'SubscriptionPage',
  },
  errors: ['invalid_continuation_token'],
});

export const getSubscription = defineOperation({
  name: 'subscriptions-get',
  method: 'GET',
  route: 'subscriptions/{id}',
  tag: 'Subscriptions',
  summary: 'A subscription with the timeline of its current term',
  allow: ['partner', 'customer_admin'],
  success: { status: 200, description: 'The subscription', schema: SubscriptionView, name: 'Subscription' },
  errors: ['not_found'],
});

export const setPartnerOfRecord = defineOperation({
  name: 'subscriptions-partner-of-record-set',
  method: 'PUT',
  route: 'subscriptions/{id}/partner-of-record',
  tag: 'Subscriptions',
  summary: 'Name the Partner of Record (by program id)',
  description: 'For the customer admin or a delegated admin. The Partner of Record sees the tenant.',
  allow: ['partner', 'customer_admin'],
  body: { name: 'SetPartnerOfRecordRequest', schema: SetPartnerOfRecordRequest },
  success: { status: 200, description: 'The subscription', schema: SubscriptionView, name: 'Subscription' },
  errors: ['not_found', 'forbidden', 'partner_not_found', 'subscription_deleted', 'subscription_migrated'],
});

export const removePartnerOfRecord = defineOperation({
  name: 'subscriptions-partner-of-record-remove',
  method: 'DELETE',
  route: 'subscriptions/{id}/partner-of-record',
  tag: 'Subscriptions',
  summary: 'Remove the Partner of Record',
  allow: ['partner', 'customer_admin'],
  success: { status: 204, description: 'Removed (also when there was none)' },
  errors: ['not_found', 'forbidden'],
});

export const switchToDirectBilling = defineOperation({
  name: 'subscriptions-direct-billing',
  method: 'POST',
  route: 'subscriptions/{id}/direct-billing',
  tag: 'Subscriptions',
  summary: 'Switch to direct billing: a new subscription, active now for 12 months',
  description:
    'Same product and seats; licenses and Partner of Record move to the new subscription; the previous one ' +
    'ends as migrated, and what was left of its prepaid term is given up (forfeitedDays). When that is more ' +
    'than 30 days the request must say so (forfeitPrepaidDays: true), or it is 409 prepaid_term_remaining ' +
    'with prepaidDays and switchFreelyFrom. The body may be left out. Resumable: asking again for a ' +
    'subscription already switched answers the same pair.',
  allow: ['partner', 'customer_admin'],
  body: { name: 'DirectBillingRequest', schema: DirectBillingRequest, optional: true },
  success: {
    status: 201,
    description: 'The new subscription and the previous one',
    schema: DirectBillingView,
    name: 'DirectBilling',
  },
  errors: [
    'not_found',
    'forbidden',
    'subscription_deleted',
    'subscription_migrated',
    'prepaid_term_remaining',
  ],
});

export const listUsers = defineOperation({
  name: 'tenants-users-list',
  method: 'GET',
  route: 'tenants/{id}/users',
  tag: 'Users',
  summary: "The tenant's users",
  allow: ['partner', 'customer_admin'],
  query: PageQuery,
  success: { status: 200, description: 'A page of users', schema: pageOf(UserView), name: 'UserPage' },
  errors: ['not_found', 'forbidden', 'invalid_continuation_token'],
});

export const createUser = defineOperation({
  name: 'tenants-users-create',
  method: 'POST',
  route: 'tenants/{id}/users',
  tag: 'Users',
  summary: 'Add a user, with a license unless assignLicense is false',
  description:
    'Licenses never exceed the seats in force, whatever the concurrency. A Global Administrator ' +
    '(roles: ["global_administrator"]) needs a contact email, receives the tenant\'s notices, and is ' +
    'emailed its token there.',
  allow: ['partner', 'customer_admin'],
  body: { name: 'CreateUserRequest', schema: CreateUserRequest },
  success: { status: 201, description: 'The user', schema: UserView, name: 'User' },
  errors: [
    'not_found',
    'forbidden',
    'no_licenses_available',
    'user_exists',
    'subscription_disabled',
    'subscription_deleted',
  ],
});

export const updateUser = defineOperation({
  name: 'tenants-users-update',
  method: 'PATCH',
  route: 'tenants/{id}/users/{userId}',
  tag: 'Users',
  summary: "Change a user's name, contact email or roles",
  description:
    'Becoming a Global Administrator needs a contact email and emails the user a token; ceasing to be one ' +
    'revokes its token. The last Global Administrator keeps the role (409 last_admin).',
  allow: ['partner', 'customer_admin'],
  body: { name: 'UpdateUserRequest', schema: UpdateUserRequest },
  success: { status: 200, description: 'The user', schema: UserView, name: 'User' },
  errors: ['not_found', 'forbidden', 'last_admin'],
});

export const reissueAdminToken = defineOperation({
  name: 'tenants-users-token-create',
  method: 'POST',
  route: 'tenants/{id}/users/{userId}/token',
  tag: 'Users',
  summary: 'Email a Global Administrator a new token (lost, or the admin left); the old one stops working',
  description:
    "For another admin of the tenant, or a delegated-admin partner. The token goes to the admin's " +
    'contact address, never into the answer.',
  allow: ['partner', 'customer_admin'],
  success: { status: 202, description: 'The new token is on its way to the contact address' },
  errors: ['not_found', 'forbidden', 'user_not_administrator'],
});

export const deleteUser = defineOperation({
  name: 'tenants-users-delete',
  method: 'DELETE',
  route: 'tenants/{id}/users/{userId}',
  tag: 'Users',
  summary: 'Remove a user; its license is freed',
  allow: ['partner', 'customer_admin'],
  success: { status: 204, description: 'Removed' },
  errors: ['not_found', 'forbidden', 'last_admin'],
});

export const listNotifications = defineOperation({
  name: 'tenants-notifications-list',
  method: 'GET',
  route: 'tenants/{id}/notifications',
  tag: 'Notifications',
  summary: "The tenant's notifications, newest first",
  allow: ['partner', 'customer_admin'],
  query: PageQuery,
  success: {
    status: 200,
    description: 'A page of notifications',
    schema: pageOf(NotificationView),
    name: 'NotificationPage',
  },
  errors: ['not_found', 'invalid_continuation_token'],
});

export const offerDelegation = defineOperation({
  name: 'tenants-delegation-offers-create',
  method: 'POST',
  route: 'tenants/{id}/delegation-offers',
  tag: 'Delegated administration',
  summary: "Offer to become the tenant's delegated administrator",
  description:
    'For the partner that created the tenant or is Partner of Record of one of its subscriptions (others: 404). ' +
    "The tenant's admin is emailed a link to accept or decline; the offer expires after 90 days.",
  allow: ['partner'],
  body: { name: 'OfferDelegationRequest', schema: OfferDelegationRequest },
  success: {
    status: 201,
    description: 'The pending offer',
    schema: DelegationOfferView,
    name: 'DelegationOffer',
  },
  errors: ['not_found', 'partner_not_eligible', 'offer_already_pending', 'delegation_already_active'],
});

export const getDelegationOffer = defineOperation({
  name: 'delegation-offers-get',
  method: 'GET',
  route: 'delegation-offers/{id}',
  tag: 'Delegated administration',
  summary: 'An offer of the calling partner, with its status',
  allow: ['partner'],
  success: { status: 200, description: 'The offer', schema: DelegationOfferView, name: 'DelegationOffer' },
  errors: ['not_found'],
});

export const withdrawDelegationOffer = defineOperation({
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

export const offerPage = defineOperation({
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

export const acceptOffer = defineOperation({
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

export const declineOffer = defineOperation({
  name: 'offers-decline',
  method: 'POST',
  route: 'offers/{token}/decline',
  tag: 'Delegated administration',
  summary: 'Decline an offer',
  allow: 'anyone',
  success: { status: 200, description: 'The offer, declined', schema: OfferAnswerView, name: 'OfferAnswer' },
  errors: ['not_found', 'offer_expired', 'offer_used'],
});

export const listDelegatedAdmins = defineOperation({
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

export const removeDelegatedAdmin = defineOperation({
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

export const ALL_OPERATIONS = [
  health,
  openApiDocument,
  catalog,
  createPartner,
  getOwnPartner,
  updatePartner,
  rotatePartnerToken,
  createKeyBatch,
  lookUpKey,
  revokeKey,
  startRedemption,
  listRedemptions,
  getRedemption,
  addRedemptionKey,
  removeRedemptionKey,
  confirmRedemption,
  completeRedemption,
  domainAvailability,
  listTenants,
  getTenant,
  listSubscriptions,
  getSubscription,
  setPartnerOfRecord,
  removePartnerOfRecord,
  switchToDirectBilling,
  listUsers,
  createUser,
  updateUser,
  reissueAdminToken,
  deleteUser,
  listNotifications,
  offerDelegation,
  getDelegationOffer,
  withdrawDelegationOffer,
  offerPage,
  acceptOffer,
  declineOffer,
  listDelegatedAdmins,
  removeDelegatedAdmin,
];
