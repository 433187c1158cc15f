/**
 * The languages Keycard speaks to customers and partners (BCP 47 primary tags). Each has a message
 * catalog (shared/text/catalogs/); anything else is 422 `unsupported_language` where it is given.
 */
export const LANGUAGES = ['en', 'it', 'de', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** A tenant's language when none was given: from its country (IT → it; DE, AT → de; …), else English. */
const BY_COUNTRY: Readonly<Record<string, Language>> = { IT: 'it', DE: 'de', AT: 'de', FR: 'fr', ES: 'es' };

export function languageForCountry(countryCode: string): Language {
  return BY_COUNTRY[countryCode.toUpperCase()] ?? DEFAULT_LANGUAGE;
}

/**
 * The best of ours for an Accept-Language header (RFC 9110 §12.5.4: ranges with q-values), English
 * when none fits: `it-IT,it;q=0.9,en;q=0.8` → `it`.
 */
export function languageFromAcceptLanguage(header: string | null): Language {
  if (!header) return DEFAULT_LANGUAGE;
  const ranges = header
    .split(',')
    .map((part, index) => {
      const [range = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return {
        primary: range.trim().toLowerCase().split('-')[0] ?? '',
        q: q === undefined ? 1 : Number(q),
        index,
      };
    })
    .filter((range) => range.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranges.map((range) => range.primary).find(isLanguage) ?? DEFAULT_LANGUAGE;
}
