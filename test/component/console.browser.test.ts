import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildPartner, call, mintKeys, type TestPartner } from '../support/api';
import {
  haveChromium,
  launchChromium,
  mustHaveChromium,
  screenshot,
  seriousAxeViolations,
} from '../support/browser';
import { startOwnHost, type OwnHost } from '../support/own-host';
import { buildTenant, uniquePrefix } from '../support/tenants';

/**
 * The partner console in a real browser: sign in, the "Redeem product keys" wizard from the
 * attestation to the created customer, a mistyped key caught without a request, a closed browser
 * that means starting over, and no token in any URL the browser asks for.
 */
let browser: Browser;
beforeAll(async () => {
  if (haveChromium) browser = await launchChromium();
});
afterAll(async () => browser?.close());

const consoleUrl = () => `${inject('stack').url}/api/v1/console/`;

interface Session {
  context: BrowserContext;
  page: Page;
  requests: { url: string; method: string }[];
}

async function signedIn(partner: TestPartner, url = consoleUrl()): Promise<Session> {
  const context = await browser.newContext({ viewport: { width: 420, height: 900 } }); // a phone's width
  const page = await context.newPage();
  const requests: { url: string; method: string }[] = [];
  page.on('request', (request) => requests.push({ url: request.url(), method: request.method() }));
  await page.goto(url);
  await page.getByLabel('Partner token').fill(partner.token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Redeem product keys' }).waitFor();
  return { context, page, requests };
}

/** The wizard's first step: "I'm the right person", Start, and the keys step is up. */
async function beginRedemption(page: Page): Promise<void> {
  await page.getByLabel(/right person/).check();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('heading', { level: 1, name: 'Add product keys' }).waitFor();
}

/** Types a key and presses the add button (labelled "Add product key" until one is in the list). */
async function typeKey(page: Page, key: string, button = 'Add product key'): Promise<void> {
  await page.getByLabel('Product key', { exact: true }).fill(key);
  await page.getByRole('button', { name: button }).click();
}

/** A host of the test's own, whose clock can move without disturbing other tests, and its console. */
async function withOwnHost(test: (own: OwnHost, consoleAt: string) => Promise<void>): Promise<void> {
  const own = await startOwnHost();
  try {
    await test(own, `${own.host.url}/api/v1/console/`);
  } finally {
    await own.stop();
  }
}

/** A mistyped copy of `key`: one symbol changed, so only the check symbol can tell. */
function mistyped(key: string): string {
  const swap = key[0] === 'B' ? 'C' : 'B';
  return `${swap}${key.slice(1)}`;
}

describe.skipIf(!haveChromium && !mustHaveChromium)('the partner console in Chromium', () => {
  it('when a partner signs in with a wrong token, then it is told so in words', async () => {
    const page = await browser.newPage();
    await page.goto(consoleUrl());
    await page.getByLabel('Partner token').fill('kcp_not-a-token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'not valid' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'console-sign-in');
    await page.close();
  });

  it('when a partner redeems two keys (one mistyped first) and creates the customer, then the API shows the tenant and its licensed admin', async () => {
    const partner = await buildPartner();
    const [first, second] = await mintKeys(2, { seatsPerKey: 5 });
    const { context, page, requests } = await signedIn(partner);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await beginRedemption(page);

    // A mistyped key is caught on the page: no request leaves for it.
    const before = requests.length;
    await page.getByLabel('Product key', { exact: true }).fill(mistyped(first as string).toLowerCase());
    expect(await page.getByLabel('Product key', { exact: true }).inputValue()).toMatch(
      /^[A-Z0-9]{5}(-[A-Z0-9]{5}){4}$/,
    );
    await page.getByRole('button', { name: 'Add product key' }).click();
    await page.getByText('typing mistake').waitFor();
    expect(requests.slice(before)).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'console-key-mistyped');

    await typeKey(page, first as string);
    await page.getByRole('button', { name: 'Add another product key' }).waitFor();
    await typeKey(page, second as string, 'Add another product key');
    await page.getByRole('list', { name: 'Keys added' }).getByRole('listitem').nth(1).waitFor();
    await screenshot(page, 'console-keys');
    await page.getByRole('button', { name: 'Next: verify' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verify that everything is correct' }).waitFor();
    expect(await page.locator('.summary').textContent()).toContain('10');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('heading', { level: 1, name: 'Product key addition completed' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start step 2' }).click();
    await page.getByRole('heading', { level: 1, name: 'Step 2: the customer' }).waitFor();

    const prefix = uniquePrefix();
    await page.getByLabel('Country or region').selectOption('IT');
    await page.getByLabel('Organization name').fill('Contoso S.p.A.');
    await page.getByLabel('Domain name').fill(prefix);
    await page.getByText(`${prefix}.onmicrosoft.com is available.`).waitFor();
    await page.getByLabel('First name').fill('Ada');
    await page.getByLabel('Last name').fill('Rossi');
    await page.getByLabel('Email').fill(`ada.${prefix}@contoso.example`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'console-customer');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Done' }).waitFor();
    expect(await page.locator('.summary').textContent()).toContain(`${prefix}.onmicrosoft.com`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'console-done');

    const tenants = await call('GET', '/tenants', { token: partner.token });
    const made = tenants.body.items.find((t: { domain: string }) => t.domain === `${prefix}.onmicrosoft.com`);
    expect(made).toBeDefined();
    const tenant = await call('GET', `/tenants/${made.id}`, { token: partner.token });
    expect(tenant.body.subscriptions[0]).toMatchObject({ seats: 10, assignedSeats: 1, state: 'active' });

    // The customers view shows it, with its term.
    await page.getByRole('button', { name: 'Customers' }).click();
    await page.getByRole('button', { name: /Contoso S\.p\.A\./ }).click();
    await page.getByRole('heading', { level: 1, name: 'Contoso S.p.A.' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'console-customer-detail');

    // The token went in a header only: no URL the browser asked for holds it.
    expect(requests.filter((r) => r.url.includes(partner.token))).toEqual([]);
    await context.close();
  });

  it('when keys renew an existing subscription from the wizard, then its term is extended; an expired wizard offers to start again', async () => {
    await withOwnHost(async (own, consoleAt) => {
      const partner = await buildPartner({}, own.apiBaseUrl);
      const made = await buildTenant({ partner, baseUrl: own.apiBaseUrl, terms: { seatsPerKey: 5 } });
      const [renewal, late] = await mintKeys(2, { seatsPerKey: 5 }, own.apiBaseUrl);
      const { context, page } = await signedIn(partner, consoleAt);
      await beginRedemption(page);
      await typeKey(page, renewal as string);
      await page.getByRole('button', { name: 'Next: verify' }).click();
      await page.getByRole('button', { name: 'Confirm' }).click();
      await page.getByRole('button', { name: 'Start step 2' }).click();
      await page.getByLabel('Subscription', { exact: true }).selectOption(made.subscriptionId);
      await page.getByRole('button', { name: 'Renew it with these keys' }).click();
      await page.getByRole('heading', { level: 1, name: 'Done' }).waitFor();
      const subscription = await call('GET', `/subscriptions/${made.subscriptionId}`, {
        token: partner.token,
        baseUrl: own.apiBaseUrl,
      });
      expect(subscription.body.terms).toHaveLength(2);

      // A wizard left for more than an hour: the next step says so and offers to start again.
      await page.getByRole('button', { name: 'Redeem more keys' }).click();
      await beginRedemption(page);
      own.clock.advance(61 * 60_000);
      await typeKey(page, late as string);
      await page.getByRole('alert').filter({ hasText: 'expired before it was finished' }).waitFor();
      await page.getByRole('button', { name: 'Start again' }).click();
      await page.getByRole('heading', { level: 1, name: 'Redeem product keys' }).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await context.close();
    });
  });

  it('when the browser is closed in the middle of the wizard, then a new one starts over, and the key is free again once the redemption expires', async () => {
    await withOwnHost(async (own, consoleAt) => {
      const partner = await buildPartner({}, own.apiBaseUrl);
      const [key] = await mintKeys(1, {}, own.apiBaseUrl);
      const first = await signedIn(partner, consoleAt);
      await beginRedemption(first.page);
      await typeKey(first.page, key as string);
      await first.page.getByRole('button', { name: 'Add another product key' }).waitFor();
      await first.context.close();

      // The token lived in that browser's session only: a new browser asks for it again, and starts
      // a new wizard. While the old redemption is live its key is held.
      const second = await signedIn(partner, consoleAt);
      await beginRedemption(second.page);
      await typeKey(second.page, key as string);
      // The partner's own other wizard: said so (with an offer to open it).
      await second.page.locator('#key-error', { hasText: 'in another of your redemptions' }).waitFor();
      await second.context.close();

      // An hour after its last change the abandoned redemption expires and the cleanup frees its key.
      own.clock.advance(61 * 60_000);
      await own.host.invoke('redemption-cleanup');
      const third = await signedIn(partner, consoleAt);
      await beginRedemption(third.page);
      await typeKey(third.page, key as string);
      const added = third.page.getByRole('list', { name: 'Keys added' }).getByRole('listitem');
      await added.first().waitFor();
      expect(await added.count()).toBe(1);
      expect(await third.page.locator('#key-error').textContent()).toBe('');
      await third.context.close();
    });
  });
});
