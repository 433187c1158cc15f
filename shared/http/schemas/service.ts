import * as z from 'zod';
import { ERROR_CODES } from '../../domain/errors';
import { Instant, Sku } from './fields';

/** The service's own shapes: a problem, health, the catalog. */

/**
 * Every code a problem may carry. Open: later versions add codes, so a client handles one it does not
 * know (by the status, or as a generic failure) rather than refuse the answer.
 */
export const ErrorCode = z.enum(ERROR_CODES).meta({
  description:
    'A stable code partner tools branch on. Open: later versions add codes; handle an unknown one.',
});

/** RFC 9457 problem details; members beside these are extensions (RFC 9457 §3.2). */
export const Problem = z.looseObject({
  type: z.string().meta({ example: 'urn:keycard:error:key_not_found' }),
  title: z.string(),
  status: z.int(),
  code: ErrorCode,
  detail: z.string(),
  instance: z.string().meta({
    description: "This occurrence: urn:keycard:request:<the answer's X-Request-Id>",
    example: 'urn:keycard:request:6f1c7a52-3c1e-4f0b-9a51-0d2a3d1f5e8b',
  }),
  errors: z.array(z.object({ path: z.string(), message: z.string(), code: ErrorCode.optional() })).optional(),
  // Extension members (RFC 9457 §3.2): facts a client can act on without reading `detail`.
  prepaidDays: z
    .int()
    .optional()
    .meta({ description: 'prepaid_term_remaining: the prepaid days the switch would give up' }),
  switchFreelyFrom: Instant.optional().meta({
    description: 'prepaid_term_remaining: from then on the switch gives up 30 days or fewer',
  }),
  unusedDays: z.int().optional().meta({
    description: "key_term_exceeds_remaining: whole days of the keys' term past the end of the seats",
  }),
  seatsEndOn: Instant.optional().meta({
    description: 'key_term_exceeds_remaining: when the added seats would end (the end of the term in force)',
  }),
});

export const Health = z.object({
  status: z.enum(['ok', 'degraded']),
  checks: z.record(z.string(), z.string()).optional(),
});

export const Catalog = z.object({
  skus: z.array(z.object({ sku: Sku, name: z.string() })),
  countries: z.array(z.object({ code: z.string(), name: z.string() })),
});
