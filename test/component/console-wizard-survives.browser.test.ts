import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  addKey,
  asOperator,
  buildPartner,
  call,
  mintKeys,
  openRedemption,
  type TestPartner,
} from '../support/api';
import {
  haveChromium,
  launchChromium,
  mustHaveChromium,
  screenshot,
  seriousAxeViolations,
} from '../support/browser';
import { createTenantBody, uniquePrefix } from '../support/tenants';

/**
 * The wizard survives the browser (issue 22): its redemption id lives in the tab's sessionStorage, a
 * reload resumes at the step the redemption is in, the steps are history entries (Back, Forward),
 * Cancel and Sign out abandon the redemption at once (its keys free again), a key held by another of
 * the partner's own wizards offers to open that one, the whole wizard works by keyboard alone, and
 * the page's title follows the step. axe-core at 375 and 1440 px in every state added.
 */
let browser: Browser;
beforeAll(async () => {
  if (haveChromium) browser = await launchChromium();
});
afterAll(async () => browser?.close());

const consoleAt = () => `${inject('stack').url}/api/v1/console/`;
const WIZARD = 'keycard.wizard';

async function open(width = 1000): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(consoleAt());
  return page;
}

async function signIn(page: Page, partner: TestPartner): Promise<void> {
  await page.getByLabel('Partner token').fill(partner.token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Redeem product keys' }).waitFor();
}

const heading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 1, name, exact: true }).waitFor();

async function begin(page: Page): Promise<void> {
  await page.getByLabel(/right person/).check();
  await page.getByRole('button', { name: 'Start' }).click();
  await heading(page, 'Add product keys');
}

async function typeKey(page: Page, key: string): Promise<void> {
  const count = await page.locator('ul.keys li').count();
  await page.getByLabel('Product key', { exact: true }).fill(key);
  await page.getByRole('button', { name: /^Add (another )?product key$/ }).click();
  await expect.poll(() => page.locator('ul.keys li').count()).toBe(count + 1);
}

/** From the keys step (keys added) to step 2. */
async function onToStepTwo(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Next: verify' }).click();
  await heading(page, 'Verify that everything is correct');
  await page.getByRole('button', { name: 'Confirm' }).click();
  await heading(page, 'Product key addition completed');
  await page.getByRole('button', { name: 'Start step 2' }).click();
  await heading(page, 'Step 2: the customer');
}

/** The redemption id the tab keeps, if any. */
const storedId = async (page: Page): Promise<string | undefined> => {
  const raw = await page.evaluate<string | null>(`sessionStorage.getItem('${WIZARD}')`);
  return raw ? (JSON.parse(raw) as { redemptionId?: string }).redemptionId : undefined;
};

const redemption = async (partner: TestPartner, id: string) =>
  (await call('GET', `/redemptions/${id}`, { token: partner.token })).body as {
    status: string;
    keys: { maskedKey: string }[];
  };

const keyState = async (key: string) =>
  (await call('POST', '/product-keys/lookup', { ...asOperator(), body: { key } })).body.state as string;

/** No serious or critical axe finding at a phone's and a desktop's width. */
async function axeAtBothWidths(page: Page): Promise<void> {
  for (const width of [375, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await seriousAxeViolations(page), `axe at ${width} px`).toEqual([]);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
  }
  await page.setViewportSize({ width: 1000, height: 900 });
}

const focusedText = (page: Page) =>
  page.evaluate<string>(`(() => {
    const e = document.activeElement;
    if (!e || e === document.body) return 'body';
    return e.tagName.toLowerCase() + ':' + (e.id || e.getAttribute('aria-label') || e.textContent || '').trim();
  })()`);

/** Tab (at most 40 times) until the focused element's description matches, as a keyboard user would. */
async function tabTo(page: Page, target: RegExp): Promise<void> {
  for (let i = 0; i < 40; i += 1) {
    if (target.test(await focusedText(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}; focus is on ${await focusedText(page)}`);
}

describe.skipIf(!haveChromium && !mustHaveChromium)('the wizard survives the browser', () => {
  it('a reload at the keys step with two keys resumes the same redemption with the same keys; at step 2, step 2; the title follows the step', async () => {
    const partner = await buildPartner();
    const [first, second] = (await mintKeys(2)) as [string, string];
    const page = await open();
    await signIn(page, partner);
    expect(await page.title()).toBe('Redeem product keys — step 1 of 3 · Keycard');
    await begin(page);
    expect(await page.title()).toBe('Add product keys — Redeem product keys, step 1 of 3 · Keycard');
    await typeKey(page, first);
    await typeKey(page, second);
    const id = await storedId(page);
    expect(id).toMatch(/\S/);

    await page.reload();
    await heading(page, 'Add product keys');
    await expect.poll(() => page.locator('ul.keys li').count()).toBe(2);
    expect(await storedId(page)).toBe(id);
    expect(await page.locator('ul.keys').textContent()).toContain(first.slice(-5));
    expect(await page.locator('ul.keys').textContent()).toContain(second.slice(-5));
    expect((await redemption(partner, id as string)).keys).toHaveLength(2);

    await page.getByRole('button', { name: 'Next: verify' }).click();
    await heading(page, 'Verify that everything is correct');
    expect(await page.title()).toBe(
      'Verify that everything is correct — Redeem product keys, step 1 of 3 · Keycard',
    );
    await page.getByRole('button', { name: 'Confirm' }).click();
    await heading(page, 'Product key addition completed');
    await page.getByRole('button', { name: 'Start step 2' }).click();
    await heading(page, 'Step 2: the customer');
    expect(await page.title()).toBe('Step 2: the customer — Redeem product keys, step 2 of 3 · Keycard');

    await page.reload();
    await heading(page, 'Step 2: the customer');
    expect(await storedId(page)).toBe(id);
    expect(await page.title()).toMatch(/step 2 of 3 · Keycard$/);

    // The navigation keeps it too: Customers, then Redeem product keys, is step 2 again.
    await page.getByRole('button', { name: 'Customers' }).click();
    await heading(page, 'Customers');
    expect(await page.title()).toBe('Keycard partner console');
    await page.getByRole('button', { name: 'Redeem product keys' }).click();
    await heading(page, 'Step 2: the customer');

    // The favicon: a small SVG the console serves.
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    const served = await page.request.get(new URL(icon as string, page.url()).toString());
    expect(served.status()).toBe(200);
    expect(served.headers()['content-type']).toMatch(/^image\/svg\+xml/);
    expect(await served.text()).toContain('<svg');
    await page.context().close();
  });

  it('Back from step 2 goes back through the steps to the keys, Forward returns to step 2', async () => {
    const partner = await buildPartner();
    const [key] = (await mintKeys(1)) as [string];
    const page = await open();
    await signIn(page, partner);
    await begin(page);
    await typeKey(page, key);
    await onToStepTwo(page);

    await page.goBack();
    await heading(page, 'Product key addition completed');
    expect(await page.title()).toMatch(/step 1 of 3 · Keycard$/);
    await page.goBack();
    await heading(page, 'Verify that everything is correct');
    await page.goBack();
    await heading(page, 'Add product keys');
    // Confirmed: the list is shown, no longer changed.
    await expect.poll(() => page.locator('ul.keys li').count()).toBe(1);
    expect(await page.getByRole('button', { name: /^Remove/ }).count()).toBe(0);
    await axeAtBothWidths(page);
    await screenshot(page, 'console-wizard-back-to-keys');

    await page.goForward();
    await heading(page, 'Verify that everything is correct');
    await page.goForward();
    await heading(page, 'Product key addition completed');
    await page.goForward();
    await heading(page, 'Step 2: the customer');
    expect(await page.locator('#prefix').count()).toBe(1);

    // Completed meanwhile (another tab): Cancel says it can no longer be; a reload shows Done.
    const id = (await storedId(page)) as string;
    const completed = await call('POST', `/redemptions/${id}/complete`, {
      token: partner.token,
      body: createTenantBody(),
    });
    expect(completed.status).toBe(201);
    await page.getByRole('button', { name: 'Cancel the redemption' }).click();
    await page.getByRole('button', { name: 'Yes, cancel it' }).click();
    await page
      .locator('.wizard-cancel [role="alert"]')
      .filter({ hasText: /already finished/ })
      .waitFor();
    await page.reload();
    await heading(page, 'Done');
    expect(await page.title()).toBe('Done — Redeem product keys, step 3 of 3 · Keycard');
    await page.context().close();
  });

  it('Cancel asks first, then abandons the redemption: its keys are available again at once; an outage during it is said in words', async () => {
    const partner = await buildPartner();
    const [first, second] = (await mintKeys(2)) as [string, string];
    const page = await open();
    await signIn(page, partner);
    await begin(page);
    await typeKey(page, first);
    await typeKey(page, second);
    const id = (await storedId(page)) as string;
    expect(await keyState(first)).toBe('reserved');

    await page.getByRole('button', { name: 'Cancel the redemption' }).click();
    await page.getByRole('button', { name: 'Yes, cancel it' }).waitFor();
    expect(await page.locator('.wizard-cancel').textContent()).toMatch(/2 keys/);
    await screenshot(page, 'console-wizard-cancel');
    await axeAtBothWidths(page);
    await page.getByRole('button', { name: 'No, keep it' }).click();
    expect(await page.getByRole('button', { name: 'Yes, cancel it' }).count()).toBe(0);
    expect((await redemption(partner, id)).status).toBe('open');

    // Keycard out while cancelling: said so, nothing lost, asked again.
    await page.route(/\/redemptions\/[^/]+$/, (route) =>
      route.request().method() === 'DELETE' ? route.abort() : route.fallback(),
    );
    await page.getByRole('button', { name: 'Cancel the redemption' }).click();
    await page.getByRole('button', { name: 'Yes, cancel it' }).click();
    await page
      .locator('.wizard-cancel [role="alert"]')
      .filter({ hasText: /cannot be reached/ })
      .waitFor();
    expect(await page.locator('.wizard-cancel').textContent()).toMatch(/not cancelled/);
    expect(await focusedText(page)).not.toBe('body');
    await axeAtBothWidths(page);
    expect((await redemption(partner, id)).status).toBe('open');
    await page.unroute(/\/redemptions\/[^/]+$/);

    await page.getByRole('button', { name: 'Yes, cancel it' }).click();
    await heading(page, 'Redeem product keys');
    await page
      .getByRole('status')
      .filter({ hasText: /cancelled/ })
      .waitFor();
    await axeAtBothWidths(page);
    await screenshot(page, 'console-wizard-cancelled');
    expect((await redemption(partner, id)).status).toBe('abandoned');
    expect(await keyState(first)).toBe('available');
    expect(await keyState(second)).toBe('available');
    expect(await storedId(page)).toBeUndefined();

    // A new wizard takes the same key at once.
    await begin(page);
    await typeKey(page, first);
    await page.context().close();
  });

  it('Sign out with a wizard open asks first, then abandons it and signs out', async () => {
    const partner = await buildPartner();
    const [key] = (await mintKeys(1)) as [string];
    const page = await open();
    await signIn(page, partner);
    await begin(page);
    await typeKey(page, key);
    const id = (await storedId(page)) as string;

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign out and cancel the redemption' }).waitFor();
    await axeAtBothWidths(page);
    await screenshot(page, 'console-wizard-sign-out');
    await page.getByRole('button', { name: 'Stay signed in' }).click();
    await heading(page, 'Add product keys');
    expect((await redemption(partner, id)).status).toBe('open');

    // Keycard out: said so, still signed in, nothing cancelled; then again.
    await page.route(/\/redemptions\/[^/]+$/, (route) =>
      route.request().method() === 'DELETE' ? route.abort() : route.fallback(),
    );
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign out and cancel the redemption' }).click();
    await page
      .locator('.leave [role="alert"]')
      .filter({ hasText: /cannot be reached/ })
      .waitFor();
    expect(await page.locator('.leave').textContent()).toMatch(/still signed in/);
    expect(await focusedText(page)).not.toBe('body');
    await axeAtBothWidths(page);
    expect((await redemption(partner, id)).status).toBe('open');
    await page.unroute(/\/redemptions\/[^/]+$/);
    await page.getByRole('button', { name: 'Sign out and cancel the redemption' }).click();
    await heading(page, 'Sign in to Keycard');
    expect((await redemption(partner, id)).status).toBe('abandoned');
    expect(await keyState(key)).toBe('available');
    expect(await page.evaluate("sessionStorage.getItem('keycard.partnerToken')")).toBeNull();
    expect(await storedId(page)).toBeUndefined();
    await page.context().close();
  });

  it('a redemption abandoned elsewhere is forgotten at reload, said in words, and a new one starts', async () => {
    const partner = await buildPartner();
    const page = await open();
    await signIn(page, partner);
    await begin(page);
    const id = (await storedId(page)) as string;
    expect((await call('DELETE', `/redemptions/${id}`, { token: partner.token })).status).toBe(204);
    await page.reload();
    await heading(page, 'Redeem product keys');
    await page
      .getByRole('status')
      .filter({ hasText: /cancelled/ })
      .waitFor();
    expect(await storedId(page)).toBeUndefined();
    await axeAtBothWidths(page);
    await page.context().close();
  });

  it("a key in another of the partner's own wizards offers to open that wizard, and it opens", async () => {
    const partner = await buildPartner();
    const [mine, theirs] = (await mintKeys(2)) as [string, string];
    const elsewhere = await openRedemption(partner);
    expect((await addKey(partner, elsewhere, mine)).status).toBe(201);
    const other = await buildPartner();
    const theirRedemption = await openRedemption(other);
    expect((await addKey(other, theirRedemption, theirs)).status).toBe(201);

    const page = await open();
    await signIn(page, partner);
    await begin(page);
    const current = (await storedId(page)) as string;
    // Another partner's wizard: the sentence as before, nothing to open.
    await page.getByLabel('Product key', { exact: true }).fill(theirs);
    await page.getByRole('button', { name: 'Add product key' }).click();
    await page.locator('#key-error').filter({ hasText: 'another wizard' }).waitFor();
    expect(await page.getByRole('button', { name: 'Open that wizard' }).count()).toBe(0);

    await page.getByLabel('Product key', { exact: true }).fill(mine);
    await page.getByRole('button', { name: 'Add product key' }).click();
    await page.locator('#key-error').filter({ hasText: 'another of your redemptions' }).waitFor();
    const offer = page.getByRole('button', { name: 'Open that wizard' });
    await offer.waitFor();
    await axeAtBothWidths(page);
    await screenshot(page, 'console-wizard-elsewhere');
    await offer.click();
    await heading(page, 'Add product keys');
    await expect.poll(() => storedId(page)).toBe(elsewhere);
    await expect.poll(() => page.locator('ul.keys li').count()).toBe(1);
    expect(await page.locator('ul.keys').textContent()).toContain(mine.slice(-5));
    // The empty wizard left behind holds nothing: it is abandoned.
    expect((await redemption(partner, current)).status).toBe('abandoned');
    await page.reload();
    await expect.poll(() => page.locator('ul.keys li').count()).toBe(1);
    await page.context().close();
  });

  it('keyboard only (Tab, Enter, Space): from sign-in through the whole wizard to Done, the title at each step', async () => {
    const partner = await buildPartner({ cloudEssentials: false });
    const [key] = (await mintKeys(1)) as [string];
    const page = await open();
    const type = (text: string) => page.keyboard.type(text);

    await tabTo(page, /^input:f-token$/);
    await type(partner.token);
    await page.keyboard.press('Enter');
    await heading(page, 'Redeem product keys');
    await tabTo(page, /^input:attest$/);
    await page.keyboard.press('Space');
    await tabTo(page, /^button:Start$/);
    await page.keyboard.press('Enter');
    await heading(page, 'Add product keys');
    expect(await focusedText(page)).toBe('input:key');
    await type(key);
    await page.keyboard.press('Enter');
    await page.locator('ul.keys li').first().waitFor();
    await tabTo(page, /^button:Next: verify$/);
    await page.keyboard.press('Enter');
    await heading(page, 'Verify that everything is correct');
    await tabTo(page, /^button:Confirm$/);
    await page.keyboard.press('Space');
    await heading(page, 'Product key addition completed');
    await tabTo(page, /^button:Start step 2$/);
    await page.keyboard.press('Enter');
    await heading(page, 'Step 2: the customer');
    expect(await page.title()).toMatch(/step 2 of 3 · Keycard$/);

    const prefix = uniquePrefix();
    await tabTo(page, /^select:/);
    await type('Italy');
    expect(await page.locator('select[data-path="tenant.countryCode"]').inputValue()).toBe('IT');
    await page.keyboard.press('Tab');
    await type('Contoso S.p.A.');
    await page.keyboard.press('Tab');
    await type(prefix);
    await tabTo(page, /^input:f-tenant-admin-firstName$/);
    await type('Ada');
    await page.keyboard.press('Tab');
    await type('Rossi');
    await page.keyboard.press('Tab');
    await type(`ada.${prefix}@contoso.example`);
    await tabTo(page, /^button:Create account$/);
    await page.keyboard.press('Enter');
    await heading(page, 'Done');
    expect(await page.title()).toBe('Done — Redeem product keys, step 3 of 3 · Keycard');
    await axeAtBothWidths(page);

    // Done survives a reload too, and "Redeem more keys" starts afresh.
    await page.reload();
    await heading(page, 'Done');
    expect(await page.locator('.summary').textContent()).toContain(`${prefix}.onmicrosoft.com`);
    await tabTo(page, /^button:Redeem more keys$/);
    await page.keyboard.press('Enter');
    await heading(page, 'Redeem product keys');
    expect(await storedId(page)).toBeUndefined();
    await page.context().close();
  });
});
