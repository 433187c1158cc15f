import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildPartner, call, type TestPartner } from '../support/api';
import {
  focusedElement,
  haveChromium,
  launchChromium,
  mustHaveChromium,
  screenshot,
  seriousAxeViolations,
  WCAG_22_AA,
} from '../support/browser';
import { buildTenant, type TestTenant } from '../support/tenants';

/**
 * The customer page of the console as a partner's daily tool (issue 22): the users of a customer
 * the partner administers (list with roles in words, add with or without a license, change a role,
 * remove after asking, the licenses used and available), and the offer of delegated administration
 * (the pending one with Withdraw, after asking; no offer form once the partner is delegated admin).
 * Every state at 375 and 1440 px: axe-core (WCAG 2.2 AA rules) finds nothing serious or critical,
 * and at 375 px nothing scrolls sideways. Adding a user is done by keyboard alone.
 */
let browser: Browser;
beforeAll(async () => {
  if (haveChromium) browser = await launchChromium();
});
afterAll(async () => browser?.close());

const consoleAt = () => `${inject('stack').url}/api/v1/console/`;
/** The state on view, checked at 375 px (no sideways scrolling) and 1440 px; back at 1440 after. */
async function checkState(page: Page, name: string): Promise<void> {
  for (const width of [375, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth'), `${name} at ${width}`).toBe(
      width,
    );
    expect(await seriousAxeViolations(page, WCAG_22_AA), `${name} at ${width}`).toEqual([]);
    await screenshot(page, `console-customer-${name}-${width}`);
  }
}

async function openCustomer(partner: TestPartner, made: TestTenant): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(consoleAt());
  await page.locator('#f-token').fill(partner.token);
  await page.locator('form button[type=submit]').click();
  await page.getByRole('heading', { level: 1, name: 'Redeem product keys' }).waitFor();
  await page.getByRole('button', { name: 'Customers' }).click();
  await page.getByRole('button', { name: /Contoso/ }).click();
  await page.getByRole('heading', { level: 1, name: made.body.tenant.organizationName }).waitFor();
  return page;
}

const licenses = (page: Page) => page.locator('main .licenses').textContent();
const userCard = (page: Page, name: string) =>
  page.locator('.users-list > li').filter({ has: page.getByRole('heading', { level: 3, name }) });
const statusBanner = (page: Page) => page.locator('section.users > .banner');

/** Tabs until the element with `id` has the focus (keyboard only), at most 80 presses. */
async function tabTo(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if ((await page.evaluate<string>('document.activeElement?.id ?? ""')) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

describe.skipIf(!haveChromium && !mustHaveChromium)('the customer page: users and offers', () => {
  it('when the partner is delegated admin, then it lists, adds (by keyboard, with or without a license), changes roles and removes users, roles in words, and offers nothing', async () => {
    const partner = await buildPartner({ name: 'Fabrikam Servizi IT', cloudEssentials: true });
    const made = await buildTenant({ partner, delegatedAdministration: true });
    const page = await openCustomer(partner, made);
    const domain = made.body.tenant.domain as string;

    // The list: the customer's administrator, its role in words; the licenses of the subscription.
    await page.getByRole('heading', { level: 2, name: 'Users' }).waitFor();
    expect(await licenses(page)).toBe('1 of 25 licenses assigned, 24 available.');
    const ada = userCard(page, 'Ada Rossi');
    expect(await ada.textContent()).toContain('Global Administrator');
    expect(await ada.textContent()).toContain('Allowed');
    expect(await page.locator('main').textContent()).not.toContain('global_administrator');
    // Already delegated admin: no offer form, and said why.
    expect(await page.locator('main textarea').count()).toBe(0);
    expect(await page.locator('section.offers').textContent()).toContain(
      "You are this customer's delegated administrator",
    );
    await checkState(page, 'users');

    // Add a user by keyboard alone: first empty (errors in words, focus on the summary), then right.
    await tabTo(page, 'new-firstName');
    await tabTo(page, 'new-license');
    await page.keyboard.press('Tab'); // Add user
    await page.keyboard.press('Enter');
    const form = page.locator('form.add-user');
    await form.locator('.banner').filter({ hasText: 'Some fields need attention.' }).waitFor();
    expect(await focusedElement(page)).toBe('p.banner');
    expect(await form.locator('#new-userName-error').textContent()).toMatch(
      /^Type a user name like jane\.doe/,
    );
    expect(await form.locator('#new-firstName-error').textContent()).toBe(
      "Type the user's first name (up to 64 characters).",
    );
    await checkState(page, 'add-user-errors');
    await tabTo(page, 'new-firstName');
    await page.keyboard.type('Luca');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Bianchi');
    await page.keyboard.press('Tab');
    await page.keyboard.type('luca.bianchi');
    await tabTo(page, 'new-license');
    expect(await page.locator('#new-license').isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await statusBanner(page).filter({ hasText: 'Luca Bianchi was added as' }).waitFor();
    expect(await focusedElement(page)).toBe('p.banner');
    expect(await licenses(page)).toBe('2 of 25 licenses assigned, 23 available.');
    // The subscription's seats used follow (the page is drawn again, the focus kept on the summary).
    expect(await page.locator('.subscription p').first().textContent()).toMatch(/^2 of 25 seats used/);
    const luca = userCard(page, 'Luca Bianchi');
    expect(await luca.locator('dd').allTextContents()).toEqual([
      `luca.bianchi@${domain}`,
      'User',
      'Yes',
      'Allowed',
      'None',
    ]);
    await checkState(page, 'user-added');

    // Without a license: the count stays; the same user name again is refused in words.
    await page.locator('#new-firstName').fill('Marta');
    await page.locator('#new-lastName').fill('Verdi');
    await page.locator('#new-userName').fill('marta.verdi');
    await page.locator('#new-license').uncheck();
    await page.getByRole('button', { name: 'Add user' }).click();
    await statusBanner(page).filter({ hasText: 'Marta Verdi was added' }).waitFor();
    expect(await licenses(page)).toBe('2 of 25 licenses assigned, 23 available.');
    expect(await userCard(page, 'Marta Verdi').locator('dd').nth(2).textContent()).toBe('No');
    await page.locator('#new-firstName').fill('Luca');
    await page.locator('#new-lastName').fill('Bianchi');
    await page.locator('#new-userName').fill('luca.bianchi');
    await page.getByRole('button', { name: 'Add user' }).click();
    await form
      .locator('.banner')
      .filter({ hasText: 'This customer already has a user with this user name.' })
      .waitFor();
    expect(await focusedElement(page)).toBe('p.banner');

    // Change a role: Global Administrator needs a contact email, said by the field.
    await page.getByRole('button', { name: 'Change role of Luca Bianchi' }).click();
    const change = luca.locator('form');
    expect(await focusedElement(page)).toMatch(/^select#role-/);
    await change.getByLabel('Role').selectOption('global_administrator');
    await change.getByRole('button', { name: 'Save' }).click();
    await change.locator('[aria-invalid="true"]').waitFor();
    expect(await change.locator('.error').filter({ hasText: /\S/ }).first().textContent()).toBe(
      'Type an email address like name@example.com (a Global Administrator needs one).',
    );
    expect(await focusedElement(page)).not.toBe('body');
    await checkState(page, 'change-role-error');
    await change.getByLabel('Contact email').fill('luca.bianchi@contoso.example');
    await change.getByRole('button', { name: 'Save' }).click();
    await statusBanner(page)
      .filter({ hasText: 'The role of Luca Bianchi is now Global Administrator.' })
      .waitFor();
    expect(await focusedElement(page)).toBe('p.banner');
    expect(await userCard(page, 'Luca Bianchi').locator('dd').nth(1).textContent()).toBe(
      'Global Administrator',
    );

    // Remove, after asking: "Keep" gives the focus back; "Yes, remove" frees the license.
    const removeMarta = page.getByRole('button', { name: 'Remove Marta Verdi' });
    await removeMarta.click();
    const question = page.getByRole('group').filter({ hasText: 'Remove Marta Verdi' });
    await question.waitFor();
    expect(await focusedElement(page)).toBe('button');
    await checkState(page, 'remove-question');
    await question.getByRole('button', { name: 'Keep the user' }).click();
    expect(await question.isHidden()).toBe(true);
    expect(await removeMarta.getAttribute('aria-expanded')).toBe('false');
    expect(await removeMarta.evaluate((button) => button === button.ownerDocument.activeElement)).toBe(true);
    await removeMarta.click();
    await question.getByRole('button', { name: 'Yes, remove' }).click();
    await statusBanner(page).filter({ hasText: 'Marta Verdi was removed.' }).waitFor();
    expect(await focusedElement(page)).toBe('p.banner');
    expect(await userCard(page, 'Marta Verdi').count()).toBe(0);
    const listed = await call('GET', `/tenants/${made.tenantId}/users`, { token: partner.token });
    expect(listed.body.items.map((u: { displayName: string }) => u.displayName).sort()).toEqual([
      'Ada Rossi',
      'Luca Bianchi',
    ]);

    // Removing Luca frees a license: the count follows.
    await page.getByRole('button', { name: 'Remove Luca Bianchi' }).click();
    await page.getByRole('button', { name: 'Yes, remove' }).click();
    await statusBanner(page).filter({ hasText: 'Luca Bianchi was removed.' }).waitFor();
    expect(await licenses(page)).toBe('1 of 25 licenses assigned, 24 available.');

    // The last Global Administrator stays, said in words.
    await page.getByRole('button', { name: 'Remove Ada Rossi' }).click();
    await page.getByRole('button', { name: 'Yes, remove' }).click();
    await statusBanner(page)
      .filter({ hasText: "This is the customer's last Global Administrator." })
      .waitFor();
    expect(await focusedElement(page)).toBe('p.banner');
    await checkState(page, 'last-admin');

    // Roles in words in Italian too.
    await page.locator('#language').selectOption('it');
    await page.getByRole('heading', { level: 2, name: 'Utenti' }).waitFor();
    expect(await userCard(page, 'Ada Rossi').locator('dd').nth(1).textContent()).toBe(
      'Amministratore globale',
    );
    expect(await page.locator('#new-role option').allTextContents()).toEqual([
      'Utente',
      'Amministratore globale',
    ]);
    await checkState(page, 'users-it');
    await page.context().close();
  });

  it('when the partner is not delegated admin, then the users are not shown and why, and its pending offer is shown with Withdraw, after asking', async () => {
    const partner = await buildPartner({ name: 'Fabrikam Servizi IT', cloudEssentials: true });
    const made = await buildTenant({ partner, delegatedAdministration: false });
    const page = await openCustomer(partner, made);
    expect(await page.locator('section.users').textContent()).toContain(
      "You can see and manage this customer's users once you are its delegated administrator.",
    );
    expect(await page.locator('section.users form').count()).toBe(0);
    const offers = page.locator('section.offers');
    await offers.locator('textarea').waitFor();
    await checkState(page, 'offer-form');

    // Sent: the pending offer, with Withdraw; no form while it waits.
    await offers.locator('textarea').fill('Ciao Ada, we would look after your licenses and users.');
    await offers.getByRole('button', { name: 'Offer delegated administration' }).click();
    await offers.locator('.banner').filter({ hasText: /^Sent/ }).waitFor();
    expect(await focusedElement(page)).toBe('p.banner');
    await offers.getByRole('heading', { level: 3, name: 'Your offer is waiting for an answer' }).waitFor();
    expect(await offers.locator('blockquote').textContent()).toBe(
      'Ciao Ada, we would look after your licenses and users.',
    );
    expect(await offers.locator('textarea').count()).toBe(0);
    await checkState(page, 'offer-pending');

    // Still there after a reload (read from the API's pending offers).
    await page.reload();
    await page.getByRole('button', { name: 'Customers' }).click();
    await page.getByRole('button', { name: /Contoso/ }).click();
    const withdraw = offers.getByRole('button', { name: 'Withdraw' });
    await withdraw.waitFor();

    // Asked first: "Keep the offer" keeps it, the focus back on Withdraw.
    await withdraw.click();
    const question = offers.getByRole('group');
    expect(await question.textContent()).toContain('Withdraw this offer?');
    expect(await focusedElement(page)).toBe('button');
    await checkState(page, 'withdraw-question');
    await question.getByRole('button', { name: 'Keep the offer' }).click();
    expect(await focusedElement(page)).toBe('button.secondary');
    expect(await question.isHidden()).toBe(true);

    await withdraw.click();
    await question.getByRole('button', { name: 'Yes, withdraw' }).click();
    await offers.locator('.banner').filter({ hasText: 'The offer was withdrawn.' }).waitFor();
    expect(await focusedElement(page)).toBe('p.banner');
    await offers.locator('textarea').waitFor();
    const pending = await call('GET', `/tenants/${made.tenantId}/delegation-offers?status=pending`, {
      token: partner.token,
    });
    expect(pending.status).toBe(200);
    expect(pending.body.items).toEqual([]);
    await checkState(page, 'offer-withdrawn');

    // An offer sent meanwhile from elsewhere: the form's send is refused in words, focus on the summary.
    const elsewhere = await call('POST', `/tenants/${made.tenantId}/delegation-offers`, {
      token: partner.token,
      body: { message: 'From the API' },
    });
    expect(elsewhere.status).toBe(201);
    await offers.locator('textarea').fill('Again');
    await offers.getByRole('button', { name: 'Offer delegated administration' }).click();
    await offers
      .locator('form .banner')
      .filter({ hasText: 'An offer to this customer is already waiting for an answer.' })
      .waitFor();
    expect(await focusedElement(page)).toBe('p.banner');
    await page.context().close();
  });
});
