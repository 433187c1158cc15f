import { IntlMessageFormat } from 'intl-messageformat';
import type * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { FIELD_WORDS, PROBLEM_WORDS } from '../../console/problem-words';
import { ERROR_CODES } from '../../shared/domain/errors';
import { OfferDelegationRequest } from '../../shared/http/schemas/delegation';
import { CreateUserRequest, UpdateUserRequest } from '../../shared/http/schemas/users';
import {
  CompleteRedemptionRequest,
  KeyRequest,
  StartRedemptionRequest,
} from '../../shared/http/schemas/redemptions';
import { en } from '../../shared/text/catalogs/pages/console/en';
import { it as italian } from '../../shared/text/catalogs/pages/console/it';

/**
 * The console says every problem in words written for a partner, in each of its languages (issue 22):
 * every error code the API documents has a sentence of its own in the console catalogs, and every
 * field of the wizard's requests (the paths validation_failed names in `errors[]`) says what it must
 * hold, so the validation library's text is never what the partner reads.
 */
const CONSOLE_CATALOGS = { en, it: italian } as const;
const render = (language: string, source: string) =>
  String(new IntlMessageFormat(source, language).format({ days: 42 }));

/** Every leaf field of a request schema, as its dotted path (the `errors[].path` of a problem). */
function fieldPaths(schema: z.core.$ZodType, prefix = ''): string[] {
  const def = schema._zod.def as unknown as {
    type: string;
    shape?: Record<string, z.core.$ZodType>;
    options?: z.core.$ZodType[];
    innerType?: z.core.$ZodType;
    in?: z.core.$ZodType;
  };
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([name, field]) =>
        fieldPaths(field, prefix ? `${prefix}.${name}` : name),
      );
    case 'union':
      return [...new Set((def.options ?? []).flatMap((option) => fieldPaths(option, prefix)))];
    case 'optional':
    case 'default':
    case 'nullable':
    case 'prefault':
      return fieldPaths(def.innerType as z.core.$ZodType, prefix);
    case 'pipe':
      return fieldPaths(def.in as z.core.$ZodType, prefix);
    default:
      return [prefix];
  }
}

describe('the console says every problem in words', () => {
  it.each([...ERROR_CODES])(
    'when the API answers %s, then the console has a sentence for it in English and Italian',
    (code) => {
      const id = (PROBLEM_WORDS as Record<string, keyof typeof en | undefined>)[code];
      expect(id, `no sentence for ${code} in console/problem-words.ts`).toBeDefined();
      for (const [language, catalog] of Object.entries(CONSOLE_CATALOGS)) {
        const sentence = render(language, catalog[id as keyof typeof en]);
        expect(sentence).toMatch(/^\p{Lu}.*[.!?]$/u);
        expect(sentence).not.toBe(render(language, catalog['console.problem.fallback']));
      }
    },
  );

  it('when a request of the wizard, the offer form or the users forms is refused for a field, then the console says what that field must hold, in English and Italian', () => {
    const paths = [
      CompleteRedemptionRequest,
      StartRedemptionRequest,
      KeyRequest,
      OfferDelegationRequest,
      CreateUserRequest,
      UpdateUserRequest,
    ].flatMap((schema) => fieldPaths(schema));
    expect(paths).toEqual(
      expect.arrayContaining(['tenant.admin.email', 'tenant.domainPrefix', 'subscriptionId', 'userName']),
    );
    for (const path of paths) {
      const id = FIELD_WORDS[path];
      expect(id, `no sentence for the field ${path} in console/problem-words.ts`).toBeDefined();
      for (const [language, catalog] of Object.entries(CONSOLE_CATALOGS))
        expect(render(language, catalog[id as keyof typeof en])).toMatch(/^\p{Lu}.*[.!?]$/u);
    }
  });

  it('when the page writes a problem, then the English and Italian sentences differ (each is translated)', () => {
    for (const id of new Set([...Object.values(PROBLEM_WORDS), ...Object.values(FIELD_WORDS)]))
      expect(italian[id], id).not.toBe(en[id]);
  });
});
