import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { CATALOGS, type MessageId } from '../../shared/text/catalogs';
import { LANGUAGES, type Language } from '../../shared/text/languages';
import { message, type MessageValues } from '../../shared/text/messages';

/**
 * The message catalogs (shared/text/catalogs/), one per language, against the English one: every
 * message there (tsc checks the keys; this also refuses an empty one), with the same placeholders
 * (each argument's name and the kind of value it takes: text, a number, plural or not, a date, a
 * select and its options), and each renders, in every language, with sample values, to text that
 * holds no `{` or `}` left over.
 */
type Catalogs = Readonly<Record<string, Readonly<Record<string, string>>>>;
type Render = (language: string, id: string, values: MessageValues) => string;

/**
 * Each argument of a message as `name:kind`, by the value it takes: `number` (plain number, plural or
 * ordinal: a language may agree a word with a number that English only prints), `date` (date or time),
 * `select=option|option`, `plain` (printed as given), `tag`.
 */
function placeholdersOf(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.literal:
      case TYPE.pound:
        break;
      case TYPE.argument:
        found.add(`${element.value}:plain`);
        break;
      case TYPE.number:
        found.add(`${element.value}:number`);
        break;
      case TYPE.date:
      case TYPE.time:
        found.add(`${element.value}:date`);
        break;
      case TYPE.plural:
        // Languages have plural categories of their own (one, few, many…): the options may differ.
        found.add(`${element.value}:number`);
        for (const option of Object.values(element.options)) placeholdersOf(option.value, found);
        break;
      case TYPE.select:
        found.add(`${element.value}:select=${Object.keys(element.options).sort().join('|')}`);
        for (const option of Object.values(element.options)) placeholdersOf(option.value, found);
        break;
      case TYPE.tag:
        found.add(`${element.value}:tag`);
        placeholdersOf(element.children, found);
        break;
    }
  }
  return found;
}

const SAMPLE_DATE = new Date('2027-03-01T00:00:00.000Z');

/**
 * Values for every argument of the message, in two variants: plurals of 1 and each select's first
 * option; plurals of 3 and a select value no option names (its `other`).
 */
function sampleValues(placeholders: Set<string>): MessageValues[] {
  const variants: MessageValues[] = [{}, {}];
  const names = new Map<string, string[]>();
  for (const placeholder of placeholders) {
    const [name = '', kind = ''] = placeholder.split(':');
    names.set(name, [...(names.get(name) ?? []), kind]);
  }
  for (const [name, kinds] of names) {
    const select = kinds.find((kind) => kind.startsWith('select='));
    const [first, second] = variants as [MessageValues, MessageValues];
    if (kinds.includes('number')) {
      [first[name], second[name]] = [1, 3];
    } else if (kinds.includes('date')) {
      [first[name], second[name]] = [SAMPLE_DATE, SAMPLE_DATE];
    } else if (select) {
      const options = select.slice('select='.length).split('|');
      [first[name], second[name]] = [options.find((o) => o !== 'other') ?? 'other', `unlisted ${name}`];
    } else {
      [first[name], second[name]] = [`Sample ${name}`, `Another ${name}`];
    }
  }
  return variants;
}

function parsed(text: string): MessageFormatElement[] | string {
  try {
    return parse(text);
  } catch (error) {
    return `does not parse (${error instanceof Error ? error.message : String(error)})`;
  }
}

/** Every problem of the catalogs against the reference language, one line each. */
function catalogProblems(catalogs: Catalogs, reference: string, render: Render): string[] {
  const problems: string[] = [];
  const referenceCatalog = catalogs[reference] ?? {};
  for (const [language, catalog] of Object.entries(catalogs)) {
    for (const id of Object.keys(catalog)) {
      if (!(id in referenceCatalog)) problems.push(`${language} ${id}: not a message of ${reference}`);
    }
    for (const [id, englishText] of Object.entries(referenceCatalog)) {
      const text = catalog[id];
      if (typeof text !== 'string' || text.trim() === '') {
        problems.push(`${language} ${id}: missing`);
        continue;
      }
      const [tree, englishTree] = [parsed(text), parsed(englishText)];
      if (typeof tree === 'string' || typeof englishTree === 'string') {
        problems.push(
          `${language} ${id}: ${typeof tree === 'string' ? tree : `${reference}'s ${englishTree}`}`,
        );
        continue;
      }
      const [expected, actual] = [placeholdersOf(englishTree), placeholdersOf(tree)];
      const lacking = [...expected].filter((p) => !actual.has(p));
      const extra = [...actual].filter((p) => !expected.has(p));
      if (lacking.length || extra.length) {
        problems.push(
          `${language} ${id}: placeholders differ from ${reference}'s (lacks [${lacking.join(', ')}], adds [${extra.join(', ')}])`,
        );
        continue;
      }
      for (const values of sampleValues(expected)) {
        let rendered: string;
        try {
          rendered = render(language, id, values);
        } catch (error) {
          problems.push(
            `${language} ${id}: does not render (${error instanceof Error ? error.message : error})`,
          );
          continue;
        }
        if (/[{}]/.test(rendered)) problems.push(`${language} ${id}: a placeholder is left in "${rendered}"`);
      }
    }
  }
  return problems;
}

const renderShipped: Render = (language, id, values) =>
  message(language as Language, id as MessageId, values);

describe('message catalogs', () => {
  it('when each language is compared with English, then it has every message, with the same placeholders, and each renders to plain text', () => {
    expect(Object.keys(CATALOGS).sort()).toEqual([...LANGUAGES].sort());
    expect(Object.keys(CATALOGS.en).length).toBeGreaterThan(20);
    expect(catalogProblems(CATALOGS, 'en', renderShipped)).toEqual([]);
  });

  it('when every message is rendered in every language with sample values, then each gives text, dates and plurals in that language', () => {
    const rendered = LANGUAGES.flatMap((language) =>
      (Object.keys(CATALOGS.en) as MessageId[]).flatMap((id) => {
        const placeholders = placeholdersOf(parse(CATALOGS.en[id]));
        return sampleValues(placeholders).map((values) => message(language, id, values));
      }),
    );
    expect(rendered.every((text) => text.trim().length > 0)).toBe(true);
    expect(message('it', 'console.term.ends', { at: SAMPLE_DATE })).toBe('Scade il 1 marzo 2027');
    expect(message('de', 'console.keys.item', { product: 'Business Basic', seats: 1, months: 12 })).toBe(
      'Business Basic, 1 Platz, 12 Monate',
    );
  });

  it('when a catalog lacks a message, changes a placeholder, or a message cannot fill one, then the check names each (a plural where English prints the number is no change)', () => {
    const catalogs = {
      en: {
        greeting: 'Hello {name}',
        seats: '{n, plural, one {# seat} other {# seats}}',
        assigned: '{n, number} assigned',
        state: '{state, select, active {active} other {{state}}}',
        ends: 'Ends {at, date, long}',
        brace: 'Plain',
      },
      it: {
        greeting: 'Ciao {nome}',
        seats: '{n} postazioni',
        assigned: '{n, plural, one {# assegnata} other {# assegnate}}',
        state: '{state, select, attivo {attivo} other {{state}}}',
        ends: 'Scade il {at, date, long}',
        brace: "Testo '{'con graffa'}'",
      },
      de: { greeting: '', seats: '{n, plural, one {# Platz} other {# Plätze}}', extra: 'Mehr' },
    };
    const render: Render = (language, id, values) =>
      String(new IntlMessageFormat(catalogs[language as 'en'][id as 'greeting'], language).format(values));
    expect(catalogProblems(catalogs, 'en', render)).toEqual([
      "it greeting: placeholders differ from en's (lacks [name:plain], adds [nome:plain])",
      "it seats: placeholders differ from en's (lacks [n:number], adds [n:plain])",
      "it state: placeholders differ from en's (lacks [state:select=active|other], adds [state:select=attivo|other])",
      'it brace: a placeholder is left in "Testo {con graffa}"',
      'it brace: a placeholder is left in "Testo {con graffa}"',
      'de extra: not a message of en',
      'de greeting: missing',
      'de assigned: missing',
      'de state: missing',
      'de ends: missing',
      'de brace: missing',
    ]);
  });
});
