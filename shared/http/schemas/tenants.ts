import * as z from 'zod';
import { checkCountry } from '../../domain/country';
import { PREFIX_RULE } from '../../domain/tenant';
import { Instant } from './fields';
import { LanguageTag, LanguageView } from './language';
import { SubscriptionView } from './subscriptions';

/** Tenants, and the country and domain prefix a new one is created with. */

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

export const DomainPrefix = z
  .string()
  .max(100)
  .transform((value) => value.trim().toLowerCase())
  .pipe(z.string().regex(/^[a-z][a-z0-9]{2,26}$/, `the domain prefix has ${PREFIX_RULE}`))
  .meta({
    description: `The tenant's domain is <prefix>.onmicrosoft.com; ${PREFIX_RULE} (read trimmed and in lower case)`,
    // The rule as sent: the check above runs on the trimmed, lower-cased value.
    pattern: '^\\s*[A-Za-z][A-Za-z0-9]{2,26}\\s*$',
    example: 'contoso',
  });

export const UpdateTenantRequest = z.strictObject({ language: LanguageTag });

export const DomainAvailabilityView = z.object({
  domain: z.string(),
  available: z.boolean(),
  reason: z.enum(['taken', 'reserved']).optional(),
});

export const TenantView = z.object({
  id: z.string(),
  organizationName: z.string(),
  countryCode: z.string(),
  language: LanguageView,
  domain: z.string(),
  createdAt: Instant,
  subscriptions: z.array(SubscriptionView),
  delegatedAdmins: z.array(z.object({ partnerId: z.string(), name: z.string(), since: Instant })),
});
