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
import { SubscriptionView } from './subscriptions';
import { CountryCode, DomainPrefix, TenantView } from './tenants';
import { UserView } from './users';

/** The redemption wizard: keys added and removed, confirmed, completed. */
export const RedemptionStatusSchema = z.enum(['open', 'confirmed', 'completed', 'expired']);

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

export const CompleteCreateTenantView = z.object({
  tenant: TenantView,
  subscription: SubscriptionView,
  adminUser: UserView,
});
