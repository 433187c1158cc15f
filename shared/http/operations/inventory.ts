import {
  CreateKeyBatchRequest,
  KeyBatchStatusView,
  KeyBatchView,
  KeyLookupView,
  KeyRequest,
  RevokeKeyRequest,
} from '../schemas';
import { defineOperation } from '../operation';

/** Product-key inventory: the operations of this part of the contract (docs/api.md). */
export const productKeyBatchesCreate = defineOperation({
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
  responses: [
    {
      status: 201,
      description: 'The batch',
      schema: KeyBatchView,
      name: 'KeyBatch',
      headers: ['location', 'cache-control'],
    },
  ],
  errors: [],
});

export const productKeyBatchesGet = defineOperation({
  name: 'product-key-batches-get',
  method: 'GET',
  route: 'product-key-batches/{id}',
  tag: 'Product-key inventory',
  summary: 'A key batch as it stands (never its keys)',
  description:
    'Where POST /product-key-batches points (Location): its terms, whether it is complete, and its counts. ' +
    'The keys a batch minted are shown only in the answer that made it.',
  allow: ['operator'],
  responses: [{ status: 200, description: 'The batch', schema: KeyBatchStatusView, name: 'KeyBatchStatus' }],
  errors: ['not_found'],
});

export const productKeysLookup = defineOperation({
  name: 'product-keys-lookup',
  method: 'POST',
  route: 'product-keys/lookup',
  tag: 'Product-key inventory',
  summary: 'Look a key up (the key travels in the body, never in the URL)',
  description:
    'A reservation whose redemption expired or was abandoned no longer holds: such a key shows as available.',
  allow: ['operator'],
  body: { name: 'KeyRequest', schema: KeyRequest },
  responses: [
    {
      status: 200,
      description: 'The key, masked, and its state',
      schema: KeyLookupView,
      name: 'KeyLookup',
    },
  ],
  errors: ['invalid_key_format', 'key_checksum_mismatch', 'key_not_found'],
});

export const productKeysRevoke = defineOperation({
  name: 'product-keys-revoke',
  method: 'POST',
  route: 'product-keys/revoke',
  tag: 'Product-key inventory',
  summary: 'Revoke a key',
  description: 'Revoking a revoked key is harmless (200). A key held by an open redemption is revoked too.',
  allow: ['operator'],
  body: { name: 'RevokeKeyRequest', schema: RevokeKeyRequest },
  responses: [{ status: 200, description: 'The key, now revoked', schema: KeyLookupView, name: 'KeyLookup' }],
  errors: [
    'invalid_text',
    'invalid_key_format',
    'key_checksum_mismatch',
    'key_not_found',
    'key_already_redeemed',
  ],
  statusOverrides: { key_already_redeemed: 409 },
});
