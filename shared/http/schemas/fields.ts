import * as z from 'zod';
import { SKU_IDS } from '../../domain/catalog';
import { PROGRAM_ID } from '../../domain/partner';

/**
 * The building blocks of the request and response schemas (this folder, one file per area like
 * ../operations/): instants, free text, names, keys, paging.
 */
export const Instant = z.iso.datetime().meta({ description: 'ISO 8601 UTC timestamp' });

/**
 * Free text people type: any printable Unicode, trimmed. Control characters (NUL, CR/LF, ESC, …),
 * line and paragraph separators, bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069:
 * "Contoso\u202Egnp.exe" reads "Contosoexe.png") and lone surrogates are refused with a code of their
 * own (`invalid_text`): they end up in email subjects and pages. Right-to-left letters are text and
 * stay. Multi-line fields (a message, a reason) keep line breaks and tabs.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SINGLE_LINE_REFUSED = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const MULTI_LINE_REFUSED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

/** (String.prototype.isWellFormed is ES2024, beyond the Node 20 typings this project builds with.) */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function text(options: { min: number; max: number; multiLine?: boolean }) {
  const refused = options.multiLine ? MULTI_LINE_REFUSED : SINGLE_LINE_REFUSED;
  return z
    .string()
    .trim()
    .min(options.min)
    .max(options.max)
    .superRefine((value, ctx) => {
      const problem = LONE_SURROGATE.test(value)
        ? 'a lone surrogate (not a Unicode character)'
        : BIDI_CONTROL.test(value)
          ? 'bidirectional override or isolate characters (the text would read otherwise than it is)'
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

export const Name = text({ min: 1, max: 200 });

export const Email = z.email().max(254);

export const ProgramId = z.string().regex(PROGRAM_ID, 'the program id has 6 to 10 digits').meta({
  description: "The partner's program id: the public number on its program card",
  example: '4400123',
});

export const Sku = z.enum(SKU_IDS);

export const ProductKeyInput = z.string().min(1).max(100).meta({
  description: 'A 25-symbol product key; case, spaces and hyphens do not matter',
  example: 'BCDFG-HJKMP-QRTVW-XY234-6789B',
});

export const MaskedKey = z.string().meta({ example: '•••••-•••••-•••••-•••••-7QX9B' });

/**
 * Query parameters that are whole numbers: text on the wire, which their schema reads as a number; the
 * OpenAPI document states the number (`type: integer` and its bounds), as clients send it.
 */
export const WIRE_INTEGER = z.registry<{
  minimum: number;
  maximum: number;
  default?: number;
  description: string;
}>();

// Digits only: "1.", "1e1" or "0x10" are not page sizes, even if Number() would read them.
const PageLimit = z
  .string()
  .regex(/^[0-9]{1,3}$/, 'a whole number from 1 to 100')
  .transform(Number)
  .pipe(z.int().min(1).max(100))
  .default(50);
WIRE_INTEGER.add(PageLimit, { minimum: 1, maximum: 100, default: 50, description: 'Page size, 1 to 100' });

export const PageQuery = z.object({
  limit: PageLimit,
  continuationToken: z
    .string()
    .min(1)
    .max(8_192)
    .optional()
    .meta({ description: 'From the previous page, to get the next; it belongs to this list and caller' }),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), continuationToken: z.string().nullable() });
}

export const PersonName = text({ min: 1, max: 64 });

export const Phone = z.string().regex(/^\+?[0-9][0-9 ()-]{5,24}$/, 'a phone number, e.g. +39 02 1234567');
