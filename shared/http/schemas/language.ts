import * as z from 'zod';
import { isLanguage, LANGUAGES } from '../../text/languages';

/**
 * The language a tenant's admins or a partner are written to in: one of the languages Keycard speaks
 * (BCP 47 primary tags, as listed); any other value alone answers 422 unsupported_language.
 */
export const LanguageTag = z
  .string()
  .max(35)
  .transform((value, ctx) => {
    if (isLanguage(value)) return value;
    ctx.issues.push({
      code: 'custom',
      input: value,
      message: `the language must be one of ${LANGUAGES.join(', ')}`,
      params: { problemCode: 'unsupported_language' },
    });
    return z.NEVER;
  })
  .meta({
    description: `BCP 47 primary tag, one of ${LANGUAGES.join(', ')}; any other answers 422 unsupported_language`,
    enum: [...LANGUAGES],
    example: 'it',
  });

/** A language as the service shows it. */
export const LanguageView = z.enum(LANGUAGES);
