import * as z from 'zod';
import { Instant, MaskedKey, ProductKeyInput, Sku, text } from './fields';

/** Product keys: minting and importing batches, looking a key up, revoking it. */
export const KeyStateSchema = z.enum(['available', 'reserved', 'redeemed', 'revoked']);

export const CreateKeyBatchRequest = z
  .strictObject({
    sku: Sku,
    seatsPerKey: z.int().min(1).max(300),
    termMonths: z.int().min(1).max(36),
    count: z.int().min(1).max(10_000).optional().meta({ description: 'Mint this many new keys' }),
    keys: z
      .array(z.string().max(100))
      .min(1)
      .max(10_000)
      .optional()
      .meta({ description: 'Import these existing keys' }),
  })
  .superRefine((body, ctx) => {
    if ((body.count === undefined) === (body.keys === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['count'],
        message:
          body.count === undefined
            ? 'give count (mint) or keys (import)'
            : 'give either count (mint) or keys (import), not both',
      });
    }
  })
  // The rule above, stated in the document: exactly one of the two.
  .meta({ oneOf: [{ required: ['count'] }, { required: ['keys'] }] });

export const RevokeKeyRequest = z.strictObject({
  key: ProductKeyInput,
  reason: text({ min: 1, max: 500, multiLine: true }),
});

export const KeyBatchView = z.object({
  batchId: z.string(),
  sku: Sku,
  seatsPerKey: z.int(),
  termMonths: z.int(),
  keys: z
    .array(z.string())
    .meta({ description: 'Minted keys in clear, shown only in this response; empty for imports' }),
  minted: z.int(),
  imported: z.int(),
  duplicates: z.int(),
  invalid: z.array(
    z.object({ index: z.int(), code: z.enum(['invalid_key_format', 'key_checksum_mismatch']) }),
  ),
});

export const KeyBatchStatusView = z.object({
  batchId: z.string(),
  mode: z.enum(['minted', 'imported']),
  status: z.enum(['writing', 'complete', 'abandoning', 'abandoned']).meta({
    description:
      '`writing` while its keys are written, then `complete`; one nobody finished is given up (`abandoning` ' +
      'while its keys are deleted, then `abandoned`)',
  }),
  sku: Sku,
  seatsPerKey: z.int(),
  termMonths: z.int(),
  minted: z.int().meta({ description: 'Keys minted into the inventory (0 until the batch is complete)' }),
  imported: z.int().meta({ description: 'Keys imported into the inventory (0 until the batch is complete)' }),
  duplicates: z.int().meta({ description: 'Imported keys the inventory already had' }),
  invalidCount: z.int().meta({ description: 'Imported keys that were not valid' }),
  createdAt: Instant,
});

export const KeyLookupView = z.object({
  maskedKey: MaskedKey,
  sku: Sku,
  seats: z.int(),
  termMonths: z.int(),
  state: KeyStateSchema,
  redemptionId: z.string().optional(),
  subscriptionId: z.string().optional(),
  revokedAt: Instant.optional(),
  revocationReason: z.string().optional(),
});
