import { IntlMessageFormat } from 'intl-messageformat';
import { en } from '../shared/text/catalogs/pages/console/en';
import { it } from '../shared/text/catalogs/pages/console/it';

/**
 * The console's words, in English or Italian: the `console.*` messages of the pages catalogs
 * (shared/text/catalogs/pages/console/), bundled with the console and rendered here with
 * intl-messageformat (ICU MessageFormat: plurals, dates in the reader's locale, UTC as Keycard keeps
 * them). The language follows the browser (`navigator.languages`) until the partner picks one with
 * the switch in the header, which is remembered in this browser.
 */
export type ConsoleMessageId = keyof typeof en;
export type MessageValues = Record<string, string | number | Date>;

/** The console's languages, each named in itself (as a language switch shows them). */
export const CONSOLE_LANGUAGES = { en: 'English', it: 'Italiano' } as const;
export type ConsoleLanguage = keyof typeof CONSOLE_LANGUAGES;

const CATALOGS: Record<ConsoleLanguage, Readonly<Record<ConsoleMessageId, string>>> = { en, it };
const PREFERENCE = 'keycard.language';

const UTC_FORMATS = {
  date: {
    short: { timeZone: 'UTC', day: 'numeric', month: 'numeric', year: 'numeric' },
    medium: { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' },
    long: { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' },
  },
} as const;

const isConsoleLanguage = (tag: string | null): tag is ConsoleLanguage =>
  tag !== null && Object.hasOwn(CONSOLE_LANGUAGES, tag);

/** The one chosen with the switch, else the browser's first that the console speaks, else English. */
function preferred(): ConsoleLanguage {
  let chosen: string | null = null;
  try {
    chosen = localStorage.getItem(PREFERENCE);
  } catch {
    // Storage refused (a privacy setting): the browser's language then.
  }
  if (isConsoleLanguage(chosen)) return chosen;
  const asked = navigator.languages?.length ? navigator.languages : [navigator.language];
  const primary = asked.map((tag) => tag.toLowerCase().split('-')[0] ?? '');
  return primary.find(isConsoleLanguage) ?? 'en';
}

let language: ConsoleLanguage = preferred();
const compiled = new Map<string, IntlMessageFormat>();
const listeners: (() => void)[] = [];

export function currentLanguage(): ConsoleLanguage {
  return language;
}

/** The message in the console's language, its placeholders filled. */
export function t(id: ConsoleMessageId, values: MessageValues = {}): string {
  const key = `${language}:${id}`;
  let format = compiled.get(key);
  if (!format) {
    format = new IntlMessageFormat(CATALOGS[language][id], language, UTC_FORMATS);
    compiled.set(key, format);
  }
  return String(format.format(values));
}

/** The page's own words (`<html lang>`, title) in the current language. */
export function applyLanguage(): void {
  document.documentElement.lang = language;
  document.title = t('console.title');
}

/** Runs `redraw` whenever the language changes (the header, the screen on view). */
export function onLanguageChange(redraw: () => void): void {
  listeners.push(redraw);
}

/** The screen on view, drawn again in another language (its state as it was: the keys typed so far). */
let screen: (() => unknown) | null = null;
export function redrawWith(draw: () => unknown): void {
  screen = draw;
}

export function setLanguage(next: ConsoleLanguage): void {
  if (next === language) return;
  language = next;
  try {
    localStorage.setItem(PREFERENCE, next);
  } catch {
    // Not remembered: this page still speaks it.
  }
  applyLanguage();
  for (const redraw of listeners) redraw();
  void screen?.();
}
