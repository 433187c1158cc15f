import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildPartner, mintKeys } from '../support/api';
import {
  haveChromium,
  launchChromium,
  mustHaveChromium,
  screenshot,
  seriousAxeViolations,
} from '../support/browser';

/**
 * The partner console's language: an Italian browser gets the console in Italian (its words from the
 * catalogs, dates and plurals as Italian writes them), the switch in the header changes it on the
 * screen in view without losing what was done there, and the choice is remembered in this browser.
 * The wizard itself in English: test/component/console.browser.test.ts.
 */
let browser: Browser;
beforeAll(async () => {
  if (haveChromium) browser = await launchChromium();
});
afterAll(async () => browser?.close());

describe.skipIf(!haveChromium && !mustHaveChromium)('the partner console in Italian and English', () => {
  it('when the browser asks for Italian, then the console speaks Italian, and the switch turns it to English on the same screen, remembered', async () => {
    const partner = await buildPartner();
    const [key] = await mintKeys(1, { seatsPerKey: 3, termMonths: 12 });
    const context = await browser.newContext({ locale: 'it-IT' });
    const page = await context.newPage();
    const policyViolations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
    });
    await page.goto(`${inject('stack').url}/api/v1/console/`);

    await page.getByRole('heading', { level: 1, name: 'Accedi a Keycard' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('it');
    expect(await page.title()).toBe('Console partner di Keycard');
    await page.getByLabel('Token partner').fill(partner.token);
    await page.getByRole('button', { name: 'Accedi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Riscatta product key' }).waitFor();
    await page.getByLabel(/persona giusta/).check();
    await page.getByRole('button', { name: 'Inizia' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aggiungi product key' }).waitFor();
    await page.getByLabel('Product key', { exact: true }).fill(key as string);
    await page.getByRole('button', { name: 'Aggiungi product key' }).click();
    const added = page.getByRole('list', { name: 'Chiavi aggiunte' }).getByRole('listitem');
    await added.first().waitFor();
    expect(await added.first().textContent()).toContain('3 postazioni, 12 mesi');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'console-it');

    // The switch: the same step, its key still listed, now in English; the focus stays on the switch.
    await page.getByLabel('Lingua').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Add product keys' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const listed = page.getByRole('list', { name: 'Keys added' }).getByRole('listitem');
    expect(await listed.count()).toBe(1);
    expect(await listed.first().textContent()).toContain('3 seats, 12 months');
    expect(await page.getByRole('button', { name: 'Customers' }).count()).toBe(1);
    await expect.poll(() => page.locator('#language:focus').count()).toBe(1);

    // Remembered: a new visit in this browser is in English, whatever the browser asks for.
    await page.reload();
    // The wizard survives the reload: its keys step again.
    await page.getByRole('heading', { level: 1, name: 'Add product keys' }).waitFor();
    expect(await page.getByLabel('Language').inputValue()).toBe('en');
    expect(policyViolations).toEqual([]);
    await context.close();
  });
});
