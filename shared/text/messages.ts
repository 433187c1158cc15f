import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGS, type MessageId } from './catalogs';
import type { Language } from './languages';

/**
 * Sentences in ICU MessageFormat, one catalog per language (shared/text/catalogs/), rendered with
 * `intl-messageformat`: plurals, dates and numbers in the reader's locale, never sentences built by
 * concatenation. Dates are UTC, as every date Keycard keeps (`{at, date, long}`).
 */
export type MessageValues = Record<string, string | number | Date>;

const UTC_FORMATS = {
  date: {
    short: { timeZone: 'UTC', day: 'numeric', month: 'numeric', year: 'numeric' },
    medium: { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' },
    long: { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' },
  },
  time: { short: { timeZone: 'UTC', hour: 'numeric', minute: 'numeric' } },
} as const;

/**
 * The locale each language is written in: English dates as "6 December 2027" (day first, as the emails
 * always wrote them; unambiguous to readers on either side of the Atlantic).
 */
const LOCALES: Readonly<Record<Language, string>> = { en: 'en-GB', it: 'it', de: 'de', fr: 'fr', es: 'es' };

const compiled = new Map<string, IntlMessageFormat>();

function formatOf(language: Language, id: MessageId): IntlMessageFormat {
  const key = `${language}:${id}`;
  let format = compiled.get(key);
  if (!format) {
    format = new IntlMessageFormat(CATALOGS[language][id], LOCALES[language], UTC_FORMATS);
    compiled.set(key, format);
  }
  return format;
}

/** The message in the language, its placeholders filled; a value missing is an error, never a `{gap}`. */
export function message(language: Language, id: MessageId, values: MessageValues = {}): string {
  const text = formatOf(language, id).format(values);
  if (typeof text !== 'string') throw new Error(`message ${id} (${language}) did not render to text`);
  return text;
}
