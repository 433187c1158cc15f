import * as z from 'zod';
import { SKU_IDS } from '../domain/catalog';
import { checkCountry } from '../domain/country';
import { MAX_OFFER_MESSAGE } from '../domain/delegation';
import { PROGRAM_ID } from '../domain/partner';
import { PREFIX_RULE } from '../domain/tenant';

/**
 * The zod schemas that validate requests, and the shapes of responses. `GET /openapi.json` is
 * generated from these very objects, so the document cannot drift from what is enforced.
 * Request bodies are strict: an unknown field is a mistake worth reporting (a typo of an optional
 * field would otherwise be silently ignored).
 */
const Instant = z.iso.datetime().meta({ description: 'ISO 8601 UTC timestamp' });
/**
 * Free text people type: any printable Unicode, trimmed. Control characters (NUL, CR/LF, ESC, …),
 * line and paragraph separators and lone surrogates are refused with a code of their own
 * (`invalid_text`): they end up in email subjects and pages. Multi-line fields (a message, a reason)
 * keep line breaks and tabs.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SINGLE_LINE_REFUSED = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const MULTI_LINE_REFUSED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** (String.prototype.isWellFormed is ES2024, beyond the Node 20 typings this project builds with.) */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function text(options: { min: number; max: number; multiLine?: boolean }) {
  const refused = options.multiLine ? MULTI_LINE_REFUSED : SINGLE_LINE_REFUSED;
  return z
    .string()
    .trim()
    .min(options.min)
    .max(options.max)
    .superRefine((value, ctx) => {
      const problem = LONE_SURROGATE.test(value)
        ? 'a lone surrogate (not a Unicode character)'
        : refused.test(value)
          ? options.multiLine
            ? 'control characters (line breaks and tabs are allowed)'
            : 'control characters or line breaks'
          : null;
      if (problem)
        ctx.addIssue({
          code: 'custom',
          message: `the text holds ${problem}`,
          params: { problemCode: 'invalid_text' },
        });
    });
}

const Name = text({ min: 1, max: 200 });
const Email = z.email().max(254);
const ProgramId = z.string().regex(PROGRAM_ID, 'the program id has 6 to 10 digits').meta({
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
  reason: text({ min: 1, max: 500, multiLine: true }),
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

export const SubscriptionStateSchema = z.enum(['active', 'expired', 'disabled', 'deleted', 'migrated']);

export const ListSubscriptionsQuery = PageQuery.extend({
  expiresBefore: z
    .union([z.iso.date(), z.iso.datetime()])
    .transform((value) => new Date(value.length === 10 ? `${value}T00:00:00.000Z` : value).toISOString())
    .optional()
    .meta({
      description: 'Only subscriptions whose term ends before this day (its start, UTC) or instant',
      example: '2027-01-31',
    }),
  state: SubscriptionStateSchema.optional(),
});

// ---- responses ------------------------------------------------------------------------------

export const Problem = z.object({
  type: z.string().meta({ example: 'urn:keycard:error:key_not_found' }),
  title: z.string(),
  status: z.int(),
  code: z.string(),
  detail: z.string(),
  errors: z
    .array(z.object({ path: z.string(), message: z.string(), code: z.string().optional() }))
    .optional(),
  // Extension members (RFC 9457 §3.2): facts a client can act on without reading `detail`.
  prepaidDays: z
    .int()
    .optional()
    .meta({ description: 'prepaid_term_remaining: the prepaid days the switch would give up' }),
  switchFreelyFrom: Instant.optional().meta({
    description: 'prepaid_term_remaining: from then on the switch gives up 30 days or fewer',
  }),
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

// ---- issue 3: completion, tenants, subscriptions, users, notifications ------------------------

/**
 * A field that is well-formed but refused for a reason with its own code (a country that is not
 * ISO 3166-1, or not served): alone it answers with that code (422); among other problems it is
 * listed with them in a 400 validation_failed.
 */
export const CountryCode = z
  .string()
  .max(10)
  .superRefine((value, ctx) => {
    const check = checkCountry(value);
    if (!check.ok)
      ctx.addIssue({ code: 'custom', message: check.message, params: { problemCode: check.code } });
  })
  .transform((value) => value.trim().toUpperCase())
  .meta({ description: 'ISO 3166-1 alpha-2, one of GET /catalog countries', example: 'IT' });

const DomainPrefix = z
  .string()
  .max(100)
  .transform((value) => value.trim().toLowerCase())
  .pipe(z.string().regex(/^[a-z][a-z0-9]{2,26}$/, `the domain prefix has ${PREFIX_RULE}`))
  .meta({
    description: `The tenant's domain is <prefix>.onmicrosoft.com; ${PREFIX_RULE}`,
    example: 'contoso',
  });

const PersonName = text({ min: 1, max: 64 });
const Phone = z.string().regex(/^\+?[0-9][0-9 ()-]{5,24}$/, 'a phone number, e.g. +39 02 1234567');

export const CompleteRedemptionRequest = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.literal('create_tenant'),
    tenant: z.strictObject({
      organizationName: text({ min: 1, max: 256 }),
      countryCode: CountryCode,
      domainPrefix: DomainPrefix,
      admin: z.strictObject({
        firstName: PersonName,
        lastName: PersonName,
        email: Email,
        phone: Phone.optional(),
      }),
    }),
    partnerOfRecord: z.boolean().default(false),
    delegatedAdministration: z.boolean().default(false),
  }),
  z.strictObject({ action: z.literal('renew'), subscriptionId: z.uuid() }),
  z.strictObject({ action: z.literal('add_seats'), subscriptionId: z.uuid() }),
]);

export const SetPartnerOfRecordRequest = z.strictObject({ partnerId: ProgramId });

const Roles = z
  .array(z.enum(['global_administrator']))
  .max(1)
  .meta({
    description: 'global_administrator: can administer the tenant and receives its notices (needs email)',
  });

export const CreateUserRequest = z
  .strictObject({
    firstName: PersonName,
    lastName: PersonName,
    userName: text({ min: 1, max: 128 }).meta({
      description: 'The sign-in name: "jane.doe" or "jane.doe@<tenant domain>"',
      example: 'jane.doe',
    }),
    assignLicense: z.boolean().default(true),
    roles: Roles.optional(),
    email: Email.optional().meta({
      description: 'Contact address; required for a Global Administrator, whose token is emailed there',
    }),
  })
  .superRefine((body, ctx) => {
    if (body.roles?.includes('global_administrator') && !body.email)
      ctx.addIssue({ code: 'custom', path: ['email'], message: 'required for a Global Administrator' });
  });

export const UpdateUserRequest = z
  .strictObject({
    firstName: PersonName.optional(),
    lastName: PersonName.optional(),
    email: Email.optional(),
    roles: Roles.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, {
    message: 'give at least one of firstName, lastName, email, roles',
  });

export const DomainAvailabilityView = z.object({
  domain: z.string(),
  available: z.boolean(),
  reason: z.enum(['taken', 'reserved']).optional(),
});

export const PartnerRef = z.object({ partnerId: z.string(), name: z.string() });

export const SubscriptionView = z.object({
  id: z.string(),
  tenantId: z.string(),
  sku: z.string(),
  seats: z.int(),
  assignedSeats: z.int(),
  billing: z.enum(['product_key', 'direct']),
  state: SubscriptionStateSchema,
  termStart: Instant,
  termEnd: Instant,
  graceEndsAt: Instant,
  deleteAt: Instant,
  partnerOfRecord: PartnerRef.nullable(),
  timeline: z.array(
    z.object({
      event: z.enum(['renewal_notice', 'expiry', 'grace_end', 'deletion']),
      at: Instant,
      status: z.enum(['scheduled', 'sent', 'skipped', 'done']),
      daysBeforeExpiry: z.int().optional(),
    }),
  ),
  terms: z.array(z.object({ termStart: Instant, termEnd: Instant, seats: z.int() })).meta({
    description: 'Every term, oldest first (an early renewal adds one that starts at the current end)',
  }),
  migratedTo: z.string().nullable(),
  migratedFrom: z.string().nullable(),
});

export const UserView = z.object({
  id: z.string(),
  userName: z.string(),
  displayName: z.string(),
  email: z.string().nullable().meta({ description: 'Contact address (every Global Administrator has one)' }),
  roles: z.array(z.string()),
  licensed: z.boolean(),
  createdAt: Instant,
});

export const TenantView = z.object({
  id: z.string(),
  organizationName: z.string(),
  countryCode: z.string(),
  domain: z.string(),
  createdAt: Instant,
  subscriptions: z.array(SubscriptionView),
  delegatedAdmins: z.array(z.object({ partnerId: z.string(), name: z.string(), since: Instant })),
});

export const CompleteCreateTenantView = z.object({
  tenant: TenantView,
  subscription: SubscriptionView,
  adminUser: UserView,
});
export const SubscriptionResult = z.object({ subscription: SubscriptionView });
export const DirectBillingRequest = z.strictObject({
  forfeitPrepaidDays: z.boolean().default(false).meta({
    description:
      'Switch even though more than 30 prepaid days would be given up (otherwise 409 prepaid_term_remaining)',
  }),
});

export const DirectBillingView = z.object({
  subscription: SubscriptionView,
  previous: SubscriptionView,
  forfeitedDays: z
    .int()
    .meta({ description: 'Prepaid days of the previous subscription given up by the switch' }),
});

export const NotificationView = z.object({
  id: z.string(),
  type: z.string(),
  subscriptionId: z.string().optional(),
  daysBeforeExpiry: z.int().optional(),
  recipients: z.array(z.string()),
  status: z.enum(['pending', 'sent', 'failed']),
  attempts: z.int(),
  createdAt: Instant,
  sentAt: Instant.optional(),
  nextAttemptAt: Instant.optional().meta({
    description:
      'For a pending notification that waits (a failed attempt, or the email service asked to wait): when it is tried next',
  }),
});

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

const OfferToken = z.string().max(200).meta({
  description: 'The `kco_` token from the fragment of the emailed link (`/api/v1/offers/#<token>`)',
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
