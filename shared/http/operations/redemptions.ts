import {
  CompleteCreateTenantView,
  CompletedSubscriptionResult,
  CompleteRedemptionRequest,
  KeyRequest,
  ListRedemptionsQuery,
  pageOf,
  RedemptionKeyView,
  RedemptionView,
  StartRedemptionRequest,
} from '../schemas';
import { defineOperation } from '../operation';

/** Redemption (the "Redeem product keys" wizard): the operations of this part of the contract (docs/api.md). */
export const redemptionsCreate = defineOperation({
  name: 'redemptions-create',
  method: 'POST',
  route: 'redemptions',
  tag: 'Redemption',
  summary: 'Start the "Redeem product keys" wizard',
  allow: ['partner'],
  body: { name: 'StartRedemptionRequest', schema: StartRedemptionRequest },
  responses: [
    {
      status: 201,
      description: 'An open, empty redemption',
      schema: RedemptionView,
      name: 'Redemption',
      headers: ['location'],
    },
  ],
  errors: ['attestation_required'],
});

export const redemptionsList = defineOperation({
  name: 'redemptions-list',
  method: 'GET',
  route: 'redemptions',
  tag: 'Redemption',
  summary: "The partner's own redemptions, newest first",
  allow: ['partner'],
  query: ListRedemptionsQuery,
  responses: [
    {
      status: 200,
      description: 'A page of redemptions',
      schema: pageOf(RedemptionView),
      name: 'RedemptionPage',
    },
  ],
  errors: ['invalid_continuation_token'],
});

export const redemptionsGet = defineOperation({
  name: 'redemptions-get',
  method: 'GET',
  route: 'redemptions/{id}',
  tag: 'Redemption',
  summary: 'The "verify" page of a redemption',
  allow: ['partner'],
  responses: [{ status: 200, description: 'The redemption', schema: RedemptionView, name: 'Redemption' }],
  errors: ['not_found'],
});

export const redemptionsAddKey = defineOperation({
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
  responses: [
    {
      status: 201,
      description: 'The key as the redemption now holds it',
      schema: RedemptionKeyView,
      name: 'RedemptionKey',
      headers: ['location'],
    },
  ],
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

export const redemptionsRemoveKey = defineOperation({
  name: 'redemptions-remove-key',
  method: 'DELETE',
  route: 'redemptions/{id}/keys/{keyRef}',
  tag: 'Redemption',
  summary: 'Remove a key; it is released at once',
  allow: ['partner'],
  responses: [{ status: 204, description: 'Removed' }],
  errors: ['not_found', 'redemption_not_open', 'redemption_expired'],
});

export const redemptionsConfirm = defineOperation({
  name: 'redemptions-confirm',
  method: 'POST',
  route: 'redemptions/{id}/confirm',
  tag: 'Redemption',
  summary: '"Key addition completed": freeze the keys before completing',
  description: 'Confirming a confirmed redemption is harmless (200).',
  allow: ['partner'],
  responses: [
    {
      status: 200,
      description: 'The confirmed redemption',
      schema: RedemptionView,
      name: 'Redemption',
    },
  ],
  errors: [
    'not_found',
    'redemption_empty',
    'redemption_expired',
    'redemption_completed',
    'redemption_not_open',
  ],
});

export const redemptionsComplete = defineOperation({
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
    'of its tenant; a subscription the partner does not see is 404. add_seats needs an active subscription ' +
    '(an expired one is renewed instead: 409 subscription_not_active); when the keys run more than 30 days ' +
    'past the end of the term in force the request must say so (acceptUnusedTerm: true), or it is 409 ' +
    'key_term_exceeds_remaining with unusedDays and seatsEndOn; the answer states unusedDays.',
  allow: ['partner'],
  body: { name: 'CompleteRedemptionRequest', schema: CompleteRedemptionRequest },
  responses: [
    {
      status: 201,
      description: 'create_tenant: the new tenant, subscription and admin user',
      schema: CompleteCreateTenantView,
      name: 'CreatedTenant',
      headers: ['location'],
    },
    {
      status: 200,
      description: 'renew, add_seats: the subscription (add_seats: and the unused days of the keys)',
      // The component keeps its name: clients generated before unusedDays keep their type.
      schema: CompletedSubscriptionResult,
      name: 'SubscriptionResult',
    },
  ],
  errors: [
    'invalid_text',
    'not_found',
    'forbidden',
    'redemption_not_confirmed',
    'redemption_completed',
    'redemption_not_open',
    'redemption_expired',
    'request_in_progress',
    'partner_not_eligible',
    'invalid_country_code',
    'country_not_supported',
    'unsupported_language',
    'domain_unavailable',
    'key_sku_mismatch',
    'key_revoked',
    'insufficient_seats',
    'key_term_too_short',
    'key_term_exceeds_remaining',
    'subscription_not_active',
    'subscription_deleted',
    'subscription_migrated',
  ],
});

export const redemptionsAbandon = defineOperation({
  name: 'redemptions-abandon',
  method: 'DELETE',
  route: 'redemptions/{id}',
  tag: 'Redemption',
  summary:
    'Abandon the wizard ("Cancel"): the redemption becomes abandoned and its keys are released at once',
  description:
    'Abandoning an abandoned or expired redemption is harmless (204). A completed one is 409 ' +
    'redemption_completed; one whose complete is under way, or whose completion awaits redemption-cleanup, ' +
    'is 409 request_in_progress with Retry-After, its keys untouched (should the completion be refused, ' +
    'the redemption is confirmed again and can be abandoned). An abandoned redemption takes no further ' +
    'request (409 redemption_not_open).',
  allow: ['partner'],
  responses: [{ status: 204, description: 'Abandoned; its keys are available again' }],
  errors: ['not_found', 'redemption_completed', 'request_in_progress'],
});
