import { t } from './i18n';

/**
 * Elements built from text only: nothing the API returns is ever parsed as HTML.
 */
type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | boolean | ((event: Event) => void) | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value);
    else element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/**
 * Replaces the main view and moves focus to its heading, as a page change would; the tab's title is
 * the console's again (a wizard's screen then names its step: console/wizard.ts).
 */
export function show(...children: Child[]): void {
  const main = document.getElementById('main') as HTMLElement;
  main.replaceChildren(...children.filter((c): c is Node | string => Boolean(c)));
  const heading = main.querySelector('h1');
  if (heading) {
    document.title = t('console.title');
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }
}
