import { z } from 'zod';
import { SKU_IDS } from '../domain/catalog';

/**
 * The zod schemas that validate requests, and the shapes of responses. `GET /openapi.json` is
 * generated from these very objects, so the document cannot drift from what is enforced.
 * Request bodies are strict: an unknown field is a mistake worth reporting (a typo of an optional
 * field would otherwise be silently ignored).
 */
const Instant = z.iso.datetime().meta({ description: 'ISO 8601 UTC timestamp' });
const Name = z.string().trim().min(1).max(200);
const Email = z.email().max(254);
const ProgramId = z
  .string()
  .regex(/^\d{6,10}$/, 'the program id has 6 to 10 digits')
  .meta({
    description: "The partner's program id: the public number on its program card",
    example: '4400123',
  });
const Sku = z.enum(SKU_IDS);
const ProductKeyInput = z.string().min(1).max(100).meta({
  description: 'A 25-symbol product key; case, spaces and hyphens do not matter',
  example: 'BCDFG-HJKMP-QRTVW-XY234-6789B',
});
const MaskedKey = z.string().meta({ example: '•••••-•••••-•••••-•••••-7QX9B' });

export const RedemptionStatusSchema = z.enum(['open', 'confirmed', 'completed', 'expired']);
export const KeyStateSchema = z.enum(['available', 'reserved', 'redeemed', 'revoked']);

// ---- requests -------------------------------------------------------------------------------

export const CreatePartnerRequest = z.strictObject({
  name: Name,
  partnerId: ProgramId,
  email: Email,
  cloudEssentials: z.boolean(),
});

export const UpdatePartnerRequest = z
  .strictObject({ name: Name.optional(), email: Email.optional(), cloudEssentials: z.boolean().optional() })
  .refine((body) => Object.keys(body).length > 0, {
    message: 'give at least one of name, email, cloudEssentials',
  });

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
        message: 'give either count (mint) or keys (import), not both',
      });
    }
  });

export const KeyRequest = z.strictObject({ key: ProductKeyInput });

export const RevokeKeyRequest = z.strictObject({
  key: ProductKeyInput,
  reason: z.string().trim().min(1).max(500),
});

export const StartRedemptionRequest = z.strictObject({
  attestation: z
    .boolean()
    .meta({ description: 'The partner confirms it is the right person to redeem keys for its organization' }),
});

export const PageQuery = z.object({
  // Digits only: "1.", "1e1" or "0x10" are not page sizes, even if Number() would read them.
  limit: z
    .string()
    .regex(/^[0-9]{1,3}$/, 'a whole number from 1 to 100')
    .transform(Number)
    .pipe(z.int().min(1).max(100))
    .default(50)
    .meta({ description: 'Page size, 1 to 100', example: '50' }),
  continuationToken: z.string().min(1).max(8_192).optional(),
});

export const ListRedemptionsQuery = PageQuery.extend({ status: RedemptionStatusSchema.optional() });

// ---- responses ------------------------------------------------------------------------------

export const Problem = z.object({
  type: z.string().meta({ example: 'urn:keycard:error:key_not_found' }),
  title: z.string(),
  status: z.int(),
  code: z.string(),
  detail: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

export const Health = z.object({
  status: z.enum(['ok', 'degraded']),
  checks: z.record(z.string(), z.string()).optional(),
});

export const Catalog = z.object({
  skus: z.array(z.object({ sku: z.string(), name: z.string() })),
  countries: z.array(z.object({ code: z.string(), name: z.string() })),
});

export const PartnerView = z.object({
  id: z.string(),
  name: z.string(),
  partnerId: z.string(),
  email: z.string(),
  cloudEssentials: z.boolean(),
  createdAt: Instant,
  updatedAt: Instant,
});

export const PartnerWithToken = PartnerView.extend({
  token: z.string().meta({ description: 'The partner token (kcp_…), shown only in this response' }),
});

export const TokenView = z.object({ token: z.string() });

export const KeyBatchView = z.object({
  batchId: z.string(),
  sku: z.string(),
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

export const KeyLookupView = z.object({
  maskedKey: MaskedKey,
  sku: z.string(),
  seats: z.int(),
  termMonths: z.int(),
  state: KeyStateSchema,
  redemptionId: z.string().optional(),
  subscriptionId: z.string().optional(),
  revokedAt: Instant.optional(),
  revocationReason: z.string().optional(),
});

export const RedemptionKeyView = z.object({
  keyRef: z.string(),
  maskedKey: MaskedKey,
  sku: z.string(),
  seats: z.int(),
  termMonths: z.int(),
});

export const RedemptionView = z.object({
  id: z.string(),
  status: RedemptionStatusSchema,
  keys: z.array(RedemptionKeyView),
  summary: z.object({ sku: z.string(), totalSeats: z.int(), termMonths: z.int() }).nullable(),
  expiresAt: Instant,
  createdAt: Instant,
  updatedAt: Instant,
  confirmedAt: Instant.nullable(),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), continuationToken: z.string().nullable() });
}
