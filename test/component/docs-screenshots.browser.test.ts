import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebhookReceiver } from '../../dev/webhook-receiver';
import { endpointSecretsIn } from '../../dev/webhook-secrets';
import { buildPartner, call, mintKeys, type TestPartner } from '../support/api';
import {
  haveChromium,
  launchChromium,
  mustHaveChromium,
  screenshot,
  seriousAxeViolations,
} from '../support/browser';
import { startOwnHost, type OwnHost } from '../support/own-host';
import { confirmedRedemption, createTenantBody } from '../support/tenants';

/**
 * The README's console screenshots (`npm run screenshots`), as a partner's real day: an Italian
 * partner, Nordest Cloud Partner S.r.l., with five customers made through the API over a few days
 * (terms of 1, 2, 3 and 12 months), the users of the one it administers, and its CRM's webhook
 * endpoint with the events delivered to it. Ten days on, the renewal-notices timer has run. On a host
 * of its own (its clock moves; the webhooks queue is its own), the browser's clock set to the host's.
 * It checks what each page shows, so it is a test too, and writes the PNGs only when
 * KEYCARD_SCREENSHOTS names a folder.
 */
let browser: Browser;
let own: OwnHost;
let receiverServer: Server;
let receiver: WebhookReceiver;
let hookUrl: string;
const DAY = 86_400_000;

beforeAll(async () => {
  if (!haveChromium && !mustHaveChromium) return;
  browser = await launchChromium();
  own = await startOwnHost({ queues: true });
  // The partner's CRM: the local receiver (which checks each signature), at a path of its own.
  receiver = new WebhookReceiver({
    clock: own.clock,
    secretsFor: endpointSecretsIn(own.runtime),
  });
  receiverServer = createServer((req, res) => {
    receiver
      .handle(req, res, '/admin/webhooks/receive/crm-sync')
      .catch((error: unknown) => res.writeHead(500).end(String(error)));
  });
  await new Promise<void>((resolve) => receiverServer.listen(0, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${(receiverServer.address() as AddressInfo).port}/crm/keycard-events`;
});
afterAll(async () => {
  await browser?.close();
  receiverServer?.closeAllConnections();
  await new Promise<void>((resolve) => (receiverServer ? receiverServer.close(() => resolve()) : resolve()));
  await own?.stop();
});

interface Customer {
  organizationName: string;
  domainPrefix: string;
  admin: { firstName: string; lastName: string; email: string };
  termMonths: number;
  seats: number;
  /** Days after the first customer that this one was made. */
  madeOnDay: number;
  delegatedAdministration?: boolean;
}

/** Made in this order, over six days; ten days after the first, the renewals page is looked at. */
const CUSTOMERS: Customer[] = [
  {
    organizationName: 'Pasticceria Dolce Vita',
    domainPrefix: 'dolcevitapasticceria',
    admin: { firstName: 'Chiara', lastName: 'Esposito', email: 'chiara@dolcevitapasticceria.it' },
    termMonths: 3,
    seats: 4,
    madeOnDay: 0,
  },
  {
    organizationName: 'Agenzia Viaggi Orizzonte',
    domainPrefix: 'orizzonteviaggi',
    admin: { firstName: 'Luca', lastName: 'Marchetti', email: 'luca.marchetti@orizzonteviaggi.it' },
    termMonths: 2,
    seats: 8,
    madeOnDay: 0,
  },
  {
    organizationName: 'Ferramenta Rossi S.r.l.',
    domainPrefix: 'ferramentarossi',
    admin: { firstName: 'Giovanni', lastName: 'Rossi', email: 'giovanni@ferramentarossi.it' },
    termMonths: 2,
    seats: 12,
    madeOnDay: 3,
  },
  {
    organizationName: 'Trattoria Da Mario',
    domainPrefix: 'trattoriadamario',
    admin: { firstName: 'Mario', lastName: 'Colombo', email: 'mario@trattoriadamario.it' },
    termMonths: 1,
    seats: 5,
    madeOnDay: 5,
  },
  {
    organizationName: 'Studio Legale Bianchi & Associati',
    domainPrefix: 'studiobianchi',
    admin: { firstName: 'Elena', lastName: 'Bianchi', email: 'elena.bianchi@studiobianchi.it' },
    termMonths: 12,
    seats: 15,
    madeOnDay: 6,
    delegatedAdministration: true,
  },
];
const CRM_CONNECTED_ON_DAY = 6;
const LOOKED_AT_ON_DAY = 10;

/** The colleagues the partner added at the law firm (the admin came with the tenant). */
const COLLEAGUES = [
  { firstName: 'Marco', lastName: 'Bianchi', userName: 'marco.bianchi', assignLicense: true },
  { firstName: 'Francesca', lastName: 'Ricci', userName: 'francesca.ricci', assignLicense: true },
  { firstName: 'Paolo', lastName: 'Greco', userName: 'paolo.greco', assignLicense: true },
  { firstName: 'Segreteria', lastName: 'Studio', userName: 'segreteria', assignLicense: false },
];

async function makeCustomer(partner: TestPartner, customer: Customer) {
  const keys = await mintKeys(
    1,
    { seatsPerKey: customer.seats, termMonths: customer.termMonths },
    own.apiBaseUrl,
  );
  const redemptionId = await confirmedRedemption(partner, keys, own.apiBaseUrl);
  const made = await call('POST', `/redemptions/${redemptionId}/complete`, {
    token: partner.token,
    baseUrl: own.apiBaseUrl,
    body: createTenantBody(
      { partnerOfRecord: true, delegatedAdministration: customer.delegatedAdministration ?? false },
      {
        organizationName: customer.organizationName,
        domainPrefix: customer.domainPrefix,
        countryCode: 'IT',
        admin: customer.admin,
      },
    ),
  });
  expect(made.status, made.text).toBe(201);
  return { tenantId: made.body.tenant.id as string, domain: made.body.tenant.domain as string };
}

async function open(partner: TestPartner): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  // The console counts the days left from the browser's clock: the host's, moved on.
  await page.clock.setFixedTime(own.clock.now());
  await page.goto(`${own.host.url}/api/v1/console/`);
  await page.getByLabel('Partner token').fill(partner.token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Redeem product keys' }).waitFor();
  return page;
}

const nav = (page: Page, name: string) =>
  page.getByRole('navigation').getByRole('button', { name, exact: true }).click();

async function looksRight(page: Page): Promise<void> {
  expect(await seriousAxeViolations(page)).toEqual([]);
  expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1440);
  // No test ids or placeholders on show.
  expect(await page.locator('body').innerText()).not.toMatch(/\bt[0-9a-f]{16}\b|example|undefined|NaN/);
}

describe.skipIf(!haveChromium && !mustHaveChromium)("the README's console screenshots", () => {
  it("shows a partner's day: renewals due soonest first, a customer's users, the CRM endpoint's delivered events", async () => {
    const partner = await buildPartner(
      { name: 'Nordest Cloud Partner S.r.l.', partnerId: '6184273', email: 'licenze@nordestcloud.it' },
      own.apiBaseUrl,
    );
    const domains: Record<string, string> = {};
    const tenants: Record<string, string> = {};
    let day = 0;
    const madeOnItsDay = async (customer: Customer) => {
      own.clock.advance((customer.madeOnDay - day) * DAY);
      day = customer.madeOnDay;
      const made = await makeCustomer(partner, customer);
      domains[customer.organizationName] = made.domain;
      tenants[customer.organizationName] = made.tenantId;
    };
    for (const customer of CUSTOMERS.filter((c) => c.madeOnDay < CRM_CONNECTED_ON_DAY))
      await madeOnItsDay(customer);
    // On day 6 the partner connects its CRM: the customers made from then on reach it.
    own.clock.advance((CRM_CONNECTED_ON_DAY - day) * DAY);
    day = CRM_CONNECTED_ON_DAY;
    const endpoint = await call('POST', '/webhook-endpoints', {
      token: partner.token,
      baseUrl: own.apiBaseUrl,
      body: { url: hookUrl, description: 'CRM sync' },
    });
    expect(endpoint.status, endpoint.text).toBe(201);
    const endpointId = endpoint.body.id as string;
    for (const customer of CUSTOMERS.filter((c) => c.madeOnDay >= CRM_CONNECTED_ON_DAY))
      await madeOnItsDay(customer);
    const firm = 'Studio Legale Bianchi & Associati';
    for (const colleague of COLLEAGUES) {
      const added = await call('POST', `/tenants/${tenants[firm]}/users`, {
        token: partner.token,
        baseUrl: own.apiBaseUrl,
        body: colleague,
      });
      expect(added.status, added.text).toBe(201);
    }
    /** The endpoint's deliveries delivered, by type, as the host's own queue listener sends them. */
    const delivered = async () => {
      const answer = await call('GET', `/webhook-endpoints/${endpointId}/deliveries`, {
        token: partner.token,
        baseUrl: own.apiBaseUrl,
      });
      return (answer.body.items as { status: string; eventType: string }[])
        .filter((d) => d.status === 'delivered')
        .map((d) => d.eventType)
        .sort();
    };
    // The law firm's redemption reaches the CRM on the day it is made.
    await expect
      .poll(delivered, { timeout: 20_000, interval: 250 })
      .toEqual(['redemption.completed', 'subscription.created']);
    // Ten days after the first customer the renewal notices go out: one renewal_due for each
    // subscription ending within 60 days (the 1-month one at 30 days, the two 2-month ones at 60).
    own.clock.advance((LOOKED_AT_ON_DAY - day) * DAY);
    await own.host.invoke('renewal-notices');
    await expect
      .poll(delivered, { timeout: 20_000, interval: 250 })
      .toEqual([
        'redemption.completed',
        'subscription.created',
        'subscription.renewal_due',
        'subscription.renewal_due',
        'subscription.renewal_due',
      ]);
    // Each signed so the CRM's check passes.
    expect(receiver.received('crm-sync').map((w) => w.verified)).toEqual([true, true, true, true, true]);

    const page = await open(partner);

    // Renewals due, the next 60 days: soonest first, by name, with notices sent; nothing beyond.
    await nav(page, 'Renewals due');
    await page.getByRole('heading', { level: 1, name: 'Renewals due' }).waitFor();
    await page.getByLabel('the next 60 days').check();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('Showing 3 subscriptions ending in the next 60 days.');
    const headings = await page.locator('li.renewal h2').allTextContents();
    const soonest = ['Trattoria Da Mario', 'Agenzia Viaggi Orizzonte', 'Ferramenta Rossi S.r.l.'];
    expect(headings).toHaveLength(3);
    soonest.forEach((name, i) => expect(headings[i]).toContain(`for ${name} (${domains[name]})`));
    const cards = page.locator('li.renewal');
    expect(await cards.nth(0).locator('.seats').textContent()).toBe('5 seats, 1 in use');
    expect(await cards.nth(0).locator('.notices').textContent()).toBe(
      'Renewal notices sent: 30 days before the end.',
    );
    expect(await cards.nth(0).locator('.ends').textContent()).toMatch(/\(in 2\d days\)$/);
    expect(await cards.nth(1).locator('.notices').textContent()).toBe(
      'Renewal notices sent: 60 days before the end.',
    );
    expect(await cards.nth(2).locator('.seats').textContent()).toBe('12 seats, 1 in use');
    await looksRight(page);
    await screenshot(page, 'console-renewals');

    // The law firm's page: its users, roles in words, the licenses counted.
    await nav(page, 'Customers');
    await page.getByRole('button', { name: new RegExp(`^${firm}`) }).click();
    await page.getByRole('heading', { level: 1, name: firm }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Users' }).waitFor();
    await expect.poll(() => page.locator('.users-list > li').count()).toBe(5);
    expect(await page.locator('main .licenses').textContent()).toBe(
      '4 of 15 licenses assigned, 11 available.',
    );
    const elena = page.locator('.users-list > li').filter({ hasText: 'Elena Bianchi' });
    expect(await elena.textContent()).toContain('Global Administrator');
    expect(await page.locator('.users-list').textContent()).toContain('francesca.ricci@studiobianchi');
    await looksRight(page);
    await screenshot(page, 'console-customer-users');

    // Integrations: the CRM endpoint and its deliveries, each delivered.
    await nav(page, 'Integrations');
    await page.getByRole('heading', { level: 1, name: 'Integrations' }).waitFor();
    const card = page.locator('li.endpoint').first();
    await card.waitFor();
    expect(await card.textContent()).toContain('CRM sync');
    expect(await card.textContent()).toContain(hookUrl);
    await expect.poll(() => card.locator('li.delivery').count()).toBe(5);
    const statuses = await card
      .locator('li.delivery')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-status')));
    expect(statuses).toEqual(Array.from({ length: 5 }, () => 'delivered'));
    // Newest first: the renewals due, then the law firm's redemption.
    const said = await card.locator('li.delivery > p:first-child').allTextContents();
    expect(said.slice(0, 3)).toEqual(Array.from({ length: 3 }, () => 'Renewal due: Delivered'));
    expect([...said.slice(3)].sort()).toEqual([
      'Redemption completed: Delivered',
      'Subscription created: Delivered',
    ]);
    await looksRight(page);
    await screenshot(page, 'console-integrations');
    await page.context().close();
  });
});
