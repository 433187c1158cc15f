import {
  Catalog,
  CreateKeyBatchRequest,
  CreatePartnerRequest,
  Health,
  KeyBatchView,
  KeyLookupView,
  KeyRequest,
  ListRedemptionsQuery,
  PartnerView,
  PartnerWithToken,
  RedemptionKeyView,
  RedemptionView,
  RevokeKeyRequest,
  StartRedemptionRequest,
  TokenView,
  UpdatePartnerRequest,
  pageOf,
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
];
