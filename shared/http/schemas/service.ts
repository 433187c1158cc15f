import * as z from 'zod';
import { Instant } from './fields';

/** The service's own shapes: a problem, health, the catalog. */

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
