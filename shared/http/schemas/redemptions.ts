import * as z from 'zod';
import {
  Email,
  Instant,
  MaskedKey,
  PageQuery,
  PersonName,
  Phone,
  ProductKeyInput,
  Sku,
  text,
} from './fields';
import { SubscriptionResult, SubscriptionView } from './subscriptions';
import { LanguageTag } from './language';
import { CountryCode, DomainPrefix, TenantView } from './tenants';
import { UserView } from './users';

/** The redemption wizard: keys added and removed, confirmed, completed (or abandoned, or expired). */
export const RedemptionStatusSchema = z
  .enum(['open', 'confirmed', 'completed', 'expired', 'abandoned'])
  .meta({
    description:
      'abandoned (since 2026-12-06): the partner cancelled the wizard (DELETE /redemptions/{id}); its keys are released',
  });

export const KeyRequest = z.strictObject({ key: ProductKeyInput });

export const StartRedemptionRequest = z.strictObject({
  attestation: z
    .boolean()
    .meta({ description: 'The partner confirms it is the right person to redeem keys for its organization' }),
});

export const ListRedemptionsQuery = PageQuery.extend({ status: RedemptionStatusSchema.optional() });

export const RedemptionKeyView = z.object({
  keyRef: z.string(),
  maskedKey: MaskedKey,
  sku: Sku,
  seats: z.int(),
  termMonths: z.int(),
});

export const RedemptionView = z.object({
  id: z.string(),
  status: RedemptionStatusSchema,
  keys: z.array(RedemptionKeyView),
  summary: z.object({ sku: Sku, totalSeats: z.int(), termMonths: z.int() }).nullable(),
  expiresAt: Instant,
  createdAt: Instant,
  updatedAt: Instant,
  confirmedAt: Instant.nullable(),
});

export const CompleteRedemptionRequest = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.literal('create_tenant'),
    tenant: z.strictObject({
      organizationName: text({ min: 1, max: 256 }),
      countryCode: CountryCode,
      language: LanguageTag.optional().meta({
        description:
          "The language its admins are written to in; the country's (IT → it, DE and AT → de, FR → fr, ES → es, else en) if not given",
      }),
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
  z.strictObject({
    action: z.literal('add_seats'),
    subscriptionId: z.uuid(),
    acceptUnusedTerm: z
      .boolean()
      .default(false)
      .meta({
        description:
          "Add the seats even though the keys' term runs more than 30 days past the end of the term in force " +
          '(those days go unused; otherwise 409 key_term_exceeds_remaining)',
      }),
  }),
]);

/** renew and add_seats answer the subscription; add_seats also the days of the keys its seats do not use. */
export const CompletedSubscriptionResult = SubscriptionResult.extend({
  unusedDays: z
    .int()
    .min(0)
    .optional()
    .meta({
      description:
        "add_seats: whole days of the keys' term, counted from now, past the end of the seats (the end of the " +
        'term in force); more than 30 only with acceptUnusedTerm',
    }),
});

export const CompleteCreateTenantView = z.object({
  tenant: TenantView,
  subscription: SubscriptionView,
  adminUser: UserView,
});
