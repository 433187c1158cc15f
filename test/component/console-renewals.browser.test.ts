import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPartner, mintKeys, type TestPartner } from '../support/api';
import { haveChromium, launchChromium, mustHaveChromium, seriousAxeViolations } from '../support/browser';
import { startOwnHost, type OwnHost } from '../support/own-host';
import { buildTenant, type TestTenant } from '../support/tenants';

/**
 * The console's "Renewals due" (issue 22): a partner's subscriptions ending within 30, 60 or 90 days,
 * soonest first, with their state, seats, days left and the renewal notices already sent, and "Renew
 * with keys" opening the wizard on that subscription. On a host of its own: its clock moves 10 days
 * on and the renewal-notices timer runs, and the browser's clock is set to the host's.
 */
let browser: Browser;
let own: OwnHost;
const DAY = 86_400_000;

beforeAll(async () => {
  if (!haveChromium && !mustHaveChromium) return;
  browser = await launchChromium();
  own = await startOwnHost();
});
afterAll(async () => {
  await browser?.close();
  await own?.stop();
});

async function open(partner: TestPartner, width: number): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width, height: 900 } });
  const page = await context.newPage();
  // The console counts the days left from the browser's clock: the host's, moved on.
  await page.clock.setFixedTime(own.clock.now());
  await page.goto(`${own.host.url}/api/v1/console/`);
  await page.getByLabel('Partner token').fill(partner.token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Redeem product keys' }).waitFor();
  await page.getByRole('button', { name: 'Renewals due' }).click();
  await page
    .getByRole('heading', { level: 1, name: 'Renewals due' })
    .waitFor({ timeout: 10_000 })
    .catch(async (error: unknown) => {
      throw new Error(`${String(error)}\n${await page.locator('main').innerText()}`);
    });
  return page;
}

/** The headings of the cards listed, in order. */
const listed = (page: Page) => page.locator('li.renewal h2').allTextContents();
const scrollWidth = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth');

/** "in 21 days", as the console says it in English. */
function daysLeft(termEnd: string): string {
  const days = Math.floor(Date.parse(termEnd) / DAY) - Math.floor(own.clock.now().getTime() / DAY);
  return new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto' }).format(days, 'day');
}

describe.skipIf(!haveChromium && !mustHaveChromium)('Renewals due in the console', () => {
  it('lists the subscriptions ending within the horizon soonest first, with state, seats, days left and the notices sent; Renew with keys opens the wizard', async () => {
    const partner = await buildPartner({}, own.apiBaseUrl);
    // Made out of order: 3 months, 12 months, 1 month, 2 months.
    const made: Record<number, TestTenant> = {};
    for (const termMonths of [3, 12, 1, 2])
      made[termMonths] = await buildTenant({ baseUrl: own.apiBaseUrl, partner, terms: { termMonths } });
    // Ten days on, the renewal-notices timer runs: the 1-month one (about 20 days left) and the
    // 2-month one (about 50) get their notice, the 3-month one (about 80) none yet.
    own.clock.advance(10 * DAY);
    await own.host.invoke('renewal-notices');

    const name = (months: number) => new RegExp(`for .*${made[months]?.body.tenant.domain}`);
    const card = (page: Page, months: number) =>
      page.locator(`li.renewal[data-subscription="${made[months]?.subscriptionId}"]`);

    const keys = await mintKeys(2, { seatsPerKey: 25 }, own.apiBaseUrl);
    const key = (width: number) => keys[width === 1440 ? 0 : 1] as string;

    for (const width of [1440, 375]) {
      const page = await open(partner, width);
      // The next 30 days: the 1-month one only.
      await page.locator('li.renewal').first().waitFor();
      expect(await listed(page)).toHaveLength(1);
      expect((await listed(page))[0]).toMatch(name(1));
      await expect
        .poll(() => page.getByRole('status').textContent())
        .toBe('Showing 1 subscription ending in the next 30 days.');
      const one = card(page, 1);
      const oneEnd = made[1]?.body.subscription.termEnd as string;
      expect(await one.locator('.state').textContent()).toBe('Active');
      expect(await one.locator('.seats').textContent()).toBe('25 seats, 1 in use');
      expect(await one.locator('.ends').textContent()).toContain(`(${daysLeft(oneEnd)})`);
      expect(await one.locator('.ends').textContent()).toMatch(/^Ends \w+ \d+, 20\d\d \(in \d+ days\)$/);
      expect(await one.locator('.notices').textContent()).toBe(
        'Renewal notices sent: 30 days before the end.',
      );
      expect(await seriousAxeViolations(page)).toEqual([]);
      // No sideways scrolling, at 375 px either.
      expect(await scrollWidth(page)).toBeLessThanOrEqual(width);

      // 60 days: the 2-month one too, after it; 90: the 3-month one last; never the 12-month one.
      await page.getByLabel('the next 60 days').check();
      await expect.poll(() => listed(page)).toHaveLength(2);
      expect((await listed(page))[1]).toMatch(name(2));
      expect(await card(page, 2).locator('.notices').textContent()).toBe(
        'Renewal notices sent: 60 days before the end.',
      );
      expect(await card(page, 2).locator('.ends').textContent()).toContain(
        `(${daysLeft(made[2]?.body.subscription.termEnd as string)})`,
      );
      // Focus stays on the choice made.
      expect(await page.evaluate<string>("document.activeElement?.value ?? ''")).toBe('60');
      await page.getByLabel('the next 90 days').check();
      await expect.poll(() => listed(page)).toHaveLength(3);
      const headings = await listed(page);
      expect(headings[0]).toMatch(name(1));
      expect(headings[1]).toMatch(name(2));
      expect(headings[2]).toMatch(name(3));
      expect(await card(page, 3).locator('.notices').textContent()).toBe('No renewal notice sent yet.');
      expect(await card(page, 12).count()).toBe(0);
      await expect
        .poll(() => page.getByRole('status').textContent())
        .toBe('Showing 3 subscriptions ending in the next 90 days.');
      expect(await seriousAxeViolations(page)).toEqual([]);
      // No sideways scrolling, at 375 px either.
      expect(await scrollWidth(page)).toBeLessThanOrEqual(width);

      // Renew with keys: the wizard, and at step 2 that subscription chosen, to renew.
      await card(page, 2).getByRole('button', { name: 'Renew with keys' }).click();
      await page.getByRole('heading', { level: 1, name: 'Redeem product keys' }).waitFor();
      await page.getByLabel(/right person/).check();
      await page.getByRole('button', { name: 'Start', exact: true }).click();
      await page.getByLabel('Product key', { exact: true }).fill(key(width));
      await page.getByRole('button', { name: 'Add product key' }).click();
      await page.getByRole('button', { name: 'Next: verify' }).click();
      await page.getByRole('button', { name: 'Confirm' }).click();
      await page.getByRole('button', { name: 'Start step 2' }).click();
      await expect
        .poll(() => page.getByLabel('Subscription', { exact: true }).inputValue())
        .toBe(made[2]?.subscriptionId);
      await page.context().close();
    }
  });

  it('says so in words when nothing ends within the horizon', async () => {
    const partner = await buildPartner({}, own.apiBaseUrl);
    await buildTenant({ baseUrl: own.apiBaseUrl, partner, terms: { termMonths: 12 } });
    for (const width of [1440, 375]) {
      const page = await open(partner, width);
      await expect
        .poll(() => page.getByRole('status').textContent())
        .toBe('No subscription of your customers ends in the next 30 days.');
      expect(await page.locator('li.renewal').count()).toBe(0);
      await page.getByLabel('the next 90 days').check();
      await expect
        .poll(() => page.getByRole('status').textContent())
        .toBe('No subscription of your customers ends in the next 90 days.');
      expect(await seriousAxeViolations(page)).toEqual([]);
      // No sideways scrolling, at 375 px either.
      expect(await scrollWidth(page)).toBeLessThanOrEqual(width);
      await page.context().close();
    }
  });

  it('pages as the API does: ten at a time, Show more adds the next ones and takes the reader there', async () => {
    const partner = await buildPartner({}, own.apiBaseUrl);
    for (let i = 0; i < 11; i += 1)
      await buildTenant({ baseUrl: own.apiBaseUrl, partner, terms: { termMonths: 1 } });
    const page = await open(partner, 1440);
    // A month from the host's clock, ten days on since the first test: within 60 days.
    await page.getByLabel('the next 60 days').check();
    await expect.poll(() => page.locator('li.renewal').count()).toBe(10);
    await page.getByRole('button', { name: 'Show more' }).click();
    await expect.poll(() => page.locator('li.renewal').count()).toBe(11);
    expect(
      await page.evaluate<string>("document.activeElement?.closest('li')?.dataset.subscription ?? ''"),
    ).toBe(await page.locator('li.renewal').nth(10).getAttribute('data-subscription'));
    expect(await page.getByRole('button', { name: 'Show more' }).count()).toBe(0);
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('Showing 11 subscriptions ending in the next 60 days.');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('speaks the console language: days left and dates in Italian once the partner switches', async () => {
    const partner = await buildPartner({}, own.apiBaseUrl);
    await buildTenant({ baseUrl: own.apiBaseUrl, partner, terms: { termMonths: 1 } });
    const page = await open(partner, 375);
    await page.getByLabel('the next 60 days').check();
    await page.locator('li.renewal').waitFor();
    await page.locator('#language').selectOption('it');
    // Drawn again in Italian, the horizon chosen kept.
    expect(await page.getByLabel('i prossimi 60 giorni').isChecked()).toBe(true);
    await page.getByRole('heading', { level: 1, name: 'Rinnovi in scadenza' }).waitFor();
    await expect
      .poll(() => page.locator('li.renewal .ends').textContent())
      .toMatch(/^Scade il \d+ \w+ 20\d\d \(tra \d+ giorni\)$/);
    expect(await page.locator('li.renewal .state').textContent()).toBe('Attivo');
    expect(await page.getByRole('button', { name: 'Rinnova con le chiavi' }).count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(375);
    await page.context().close();
  });
});
