import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PROJECT_ROOT } from './stack-settings';

/**
 * Real Chromium for the page tests: Debian's `chromium` (nothing is downloaded at test time), driven
 * by playwright-core. Where it is not installed the tests are skipped, except in CI (`CI=true`),
 * which installs it and must fail without it, as for shellcheck.
 */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const haveChromium = existsSync(CHROMIUM);
export const mustHaveChromium = process.env['CI'] === 'true';

export function launchChromium(): Promise<Browser> {
  // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core's serious and critical findings on the page as it is. It is evaluated through the
 * DevTools protocol, which the page's Content-Security-Policy does not govern, so the policy under
 * test stays as strict as it ships.
 */
export async function seriousAxeViolations(page: Page, tags?: string[]): Promise<AxeViolation[]> {
  const source = (await import('axe-core')).source;
  await page.evaluate(source);
  const violations = await page.evaluate(async (only) => {
    const axe = (
      globalThis as unknown as {
        axe: { run(context?: unknown, options?: unknown): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const document = (globalThis as unknown as { document: unknown }).document;
    return (await (only ? axe.run(document, { runOnly: { type: 'tag', values: only } }) : axe.run()))
      .violations;
  }, tags);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** axe-core's tags for the WCAG 2.2 A and AA rules (`seriousAxeViolations(page, WCAG_22_AA)`). */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** What has the focus: `body`, or a tag with its id and class (`input#f-token.x`). */
export const focusedElement = (page: Page) =>
  page.evaluate<string>(`(() => {
    const e = document.activeElement;
    if (!e || e === document.body) return 'body';
    return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '');
  })()`);

/** Screenshots for docs/: taken when KEYCARD_SCREENSHOTS names a folder (`npm run screenshots`). */
export async function screenshot(page: Page, name: string): Promise<void> {
  const folder = process.env['KEYCARD_SCREENSHOTS'];
  if (!folder) return;
  const target = join(PROJECT_ROOT, folder);
  await mkdir(target, { recursive: true });
  await page.screenshot({ path: join(target, `${name}.png`), fullPage: true });
}
