import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildPartner, call, mintKeys, type TestPartner } from '../support/api';
import {
  haveChromium,
  launchChromium,
  mustHaveChromium,
  screenshot,
  seriousAxeViolations,
} from '../support/browser';
import { startOwnHost } from '../support/own-host';
import { buildTenant, uniquePrefix } from '../support/tenants';

/**
 * The console's step 2 says what it does and what is wrong, in words written for a partner (issue 22,
 * defects 1 to 3): the delegated-administration box says the partner becomes delegated admin now;
 * a form sent empty shows the catalogs' sentences, never the validation library's text; a field
 * fixed loses its error and its aria-invalid; add_seats whose keys outlive the term asks first.
 */
let browser: Browser;
beforeAll(async () => {
  if (haveChromium) browser = await launchChromium();
});
afterAll(async () => browser?.close());

/** Signed in, one key added and confirmed: step 2 is on the screen. */
async function atStepTwo(
  partner: TestPartner,
  key: string,
  locale = 'en-GB',
  consoleAt = `${inject('stack').url}/api/v1/console/`,
): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 1000, height: 1400 } });
  const page = await context.newPage();
  await page.goto(consoleAt);
  await page.locator('#f-token').fill(partner.token);
  await page.locator('form button[type=submit]').click();
  await page.locator('#attest').check();
  await page.locator('form button[type=submit]').click();
  await page.locator('#key').fill(key);
  await page.locator('form button[type=submit]').click();
  await page.locator('ul.keys li').first().waitFor();
  await page.locator('main > button').click(); // Next: verify
  await page.locator('.summary').waitFor();
  await page.locator('form button[type=submit]').click(); // Confirm
  await page.locator('main > button').click(); // Start step 2
  await page.locator('#prefix').waitFor();
  return page;
}

/** The error shown for the field labelled `label`, and whether it is marked invalid. */
async function fieldState(page: Page, label: string): Promise<{ error: string; invalid: string | null }> {
  const input = page.getByLabel(label, { exact: true });
  const id = await input.getAttribute('id');
  return {
    error: ((await page.locator(`#${id}-error`).textContent()) ?? '').trim(),
    invalid: await input.getAttribute('aria-invalid'),
  };
}

const LIBRARY_TEXT =
  /Too small|Too big|Invalid email|expected string|the domain prefix has|Something went wrong/;

describe.skipIf(!haveChromium && !mustHaveChromium)('the console step 2, its words and its errors', () => {
  it('defect 1: the delegated-administration box says the partner becomes delegated admin now, in English and Italian, and it does', async () => {
    const partner = await buildPartner({ cloudEssentials: true });
    const [key] = await mintKeys(1);
    const page = await atStepTwo(partner, key as string);
    const box = page.getByLabel(/delegated administrator now/);
    expect(await page.getByText(/customer must accept/).count()).toBe(0);
    await box.check();

    await page.getByLabel('Language').selectOption('it');
    await page.getByRole('heading', { level: 1, name: 'Passaggio 2: il cliente' }).waitFor();
    const italian = (await page.locator('label[for="f-delegatedAdministration"]').textContent()) ?? '';
    expect(italian).toMatch(/amministratore delegato.*subito/i);
    expect(italian).not.toMatch(/deve accettare/);
    await page.getByLabel('Lingua').selectOption('en');

    const prefix = uniquePrefix();
    await page.getByLabel('Country or region').selectOption('IT');
    await page.getByLabel('Organization name').fill('Contoso S.p.A.');
    await page.getByLabel('Domain name').fill(prefix);
    await page.getByLabel('First name').fill('Ada');
    await page.getByLabel('Last name').fill('Rossi');
    await page.getByLabel('Email', { exact: true }).fill(`ada.${prefix}@contoso.example`);
    await page.getByLabel(/delegated administrator now/).check();
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Done' }).waitFor();
    const tenants = await call('GET', '/tenants', { token: partner.token });
    const made = tenants.body.items.find((t: { domain: string }) => t.domain === `${prefix}.onmicrosoft.com`);
    const tenant = await call('GET', `/tenants/${made.id}`, { token: partner.token });
    expect(tenant.body.delegatedAdmins.map((d: { partnerId: string }) => d.partnerId)).toEqual([
      partner.partnerId,
    ]);
    await page.context().close();
  });

  it('defect 2: step 2 sent empty shows a sentence by each field, none of the library text; a missing country is said in words too', async () => {
    const partner = await buildPartner();
    const [key] = await mintKeys(1);
    const page = await atStepTwo(partner, key as string);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('alert').filter({ hasText: 'Some fields need attention' }).waitFor();

    const organization = await fieldState(page, 'Organization name');
    expect(organization).toEqual({ error: expect.stringMatching(/organization/i), invalid: 'true' });
    const email = await fieldState(page, 'Email');
    expect(email).toEqual({ error: expect.stringMatching(/email address/i), invalid: 'true' });
    const first = await fieldState(page, 'First name');
    expect(first.error).toMatch(/first name/i);
    expect((await page.locator('#prefix-error').textContent()) ?? '').toMatch(/^A domain name/);
    expect(await page.locator('main').textContent()).not.toMatch(LIBRARY_TEXT);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'console-step-two-errors');
    await page.screenshot({ path: '/tmp/console-step-two-errors.png', fullPage: true });

    // All but the country: invalid_country_code, said in words by the country.
    await page.getByLabel('Organization name').fill('Contoso S.p.A.');
    await page.getByLabel('Domain name').fill(uniquePrefix());
    await page.getByLabel('Email', { exact: true }).fill('ada@contoso.example');
    await page.getByLabel('First name').fill('Ada');
    await page.getByLabel('Last name').fill('Rossi');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect.poll(async () => (await fieldState(page, 'Country or region')).invalid).toBe('true');
    expect((await fieldState(page, 'Country or region')).error).toMatch(/Choose the customer's country/);
    expect(await page.locator('main').textContent()).not.toMatch(LIBRARY_TEXT);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel('Country or region').selectOption('IT');
    expect(await fieldState(page, 'Country or region')).toEqual({ error: '', invalid: null });
    expect(await page.getByRole('alert').filter({ hasText: /\S/ }).count()).toBe(0);
    await page.context().close();
  });

  it('defect 3: a field fixed loses its error and aria-invalid; one still wrong keeps them', async () => {
    const partner = await buildPartner();
    const [key] = await mintKeys(1);
    const page = await atStepTwo(partner, key as string);
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect.poll(async () => (await fieldState(page, 'Organization name')).invalid).toBe('true');

    // Defect 3: fixed, a field is no longer marked; still wrong, it stays marked.
    await page.getByLabel('Organization name').fill('Contoso S.p.A.');
    expect(await fieldState(page, 'Organization name')).toEqual({ error: '', invalid: null });
    await page.getByLabel('Email', { exact: true }).fill('ada@');
    expect((await fieldState(page, 'Email')).invalid).toBe('true');
    await page.getByLabel('Email', { exact: true }).fill('ada@contoso.example');
    expect(await fieldState(page, 'Email')).toEqual({ error: '', invalid: null });
    await page.getByLabel('Domain name').fill('ab');
    expect(await page.getByLabel('Domain name').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Domain name').fill(uniquePrefix());
    expect(await page.getByLabel('Domain name').getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('#prefix-error').textContent()).toBe('');

    expect((await fieldState(page, 'Last name')).invalid).toBe('true');
    await page.getByLabel('Country or region').selectOption('IT');
    expect((await fieldState(page, 'Country or region')).invalid).toBeNull();
    await page.getByLabel('First name').fill('Ada');
    await page.getByLabel('Last name').fill('Rossi');
    // Every field fixed: the banner that pointed to them goes too.
    expect(await page.getByRole('alert').filter({ hasText: /\S/ }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('defect 2: add_seats whose keys outlive the term by more than 30 days shows the unused days and asks before sending acceptUnusedTerm', async () => {
    const made = await buildTenant({ terms: { seatsPerKey: 5, termMonths: 12 } });
    const [key] = await mintKeys(1, { seatsPerKey: 3, termMonths: 24 });
    const page = await atStepTwo(made.partner, key as string);
    await page.getByLabel('Subscription', { exact: true }).selectOption(made.subscriptionId);
    await page.getByRole('button', { name: 'Add these seats to it' }).click();
    const asked = page.getByRole('alert').filter({ hasText: /\d+ days/ });
    await asked.waitFor();
    expect(await asked.textContent()).not.toMatch(LIBRARY_TEXT);
    expect(await seriousAxeViolations(page)).toEqual([]);
    const before = await call('GET', `/subscriptions/${made.subscriptionId}`, { token: made.partner.token });
    expect(before.body.seats).toBe(5);
    await page.getByRole('button', { name: 'Add the seats anyway' }).click();
    await page.getByRole('heading', { level: 1, name: 'Done' }).waitFor();
    const after = await call('GET', `/subscriptions/${made.subscriptionId}`, { token: made.partner.token });
    expect(after.body.seats).toBe(8);
    await page.context().close();
  });

  it('defect 2: add_seats on a subscription that has expired suggests renewing it instead, and Renew is next', async () => {
    const own = await startOwnHost();
    try {
      const made = await buildTenant({ baseUrl: own.apiBaseUrl, terms: { seatsPerKey: 5, termMonths: 12 } });
      own.clock.advance(370 * 24 * 3_600_000);
      await own.host.invoke('subscription-lifecycle');
      const [key] = await mintKeys(1, { seatsPerKey: 5, termMonths: 12 }, own.apiBaseUrl);
      const page = await atStepTwo(made.partner, key as string, 'en-GB', `${own.host.url}/api/v1/console/`);
      await page.getByLabel('Subscription', { exact: true }).selectOption(made.subscriptionId);
      await page.getByRole('button', { name: 'Add these seats to it' }).click();
      await page.getByRole('alert').filter({ hasText: 'Renew it with these keys instead' }).waitFor();
      await expect.poll(() => page.locator('button:focus').textContent()).toBe('Renew it with these keys');
      expect(await page.locator('main').textContent()).not.toMatch(LIBRARY_TEXT);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Renew it with these keys' }).click();
      await page.getByRole('heading', { level: 1, name: 'Done' }).waitFor();
      await page.context().close();
    } finally {
      await own.stop();
    }
  });
});
