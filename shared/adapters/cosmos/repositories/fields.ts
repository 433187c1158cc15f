import * as z from 'zod';
import { SKU_IDS } from '../../../domain/catalog';
import { LANGUAGES } from '../../../text/languages';

/**
 * The field schemas documents are made of. Stored instants are ISO strings as `iso()` writes them;
 * they are checked as strings (a document is not the place to re-validate what the domain wrote,
 * only to refuse what it could not have written).
 */
export const text = z.string();
export const instant = z.string();
export const count = z.number().int().nonnegative();
export const orNull = <T extends z.ZodType>(schema: T) => schema.nullable();
/** A field that documents written before it existed lack. */
export const since = <T extends z.ZodType>(schema: T) => schema.optional();
/** A key query's row: the id alone. */
export const idOnly = z.object({ id: z.string() }).transform(({ id }) => id);
/** A product of the catalog: a document naming another was not written by this service. */
export const sku = z.enum(SKU_IDS);
/** A language Keycard speaks (shared/text/languages.ts). */
export const language = z.enum(LANGUAGES);
