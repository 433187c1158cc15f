import { EmailClient } from '@azure/communication-email';
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startEmailServer, type LocalEmailServer } from '../../dev/email-server';
import { call } from '../support/api';
import { haveChromium, launchChromium, mustHaveChromium, seriousAxeViolations } from '../support/browser';
import { buildTenant, mailFor } from '../support/tenants';

/**
 * The local inbox page (/admin/mail.html) in Chromium, with a real delegation offer email in it: a
 * `main` landmark, each email's HTML in a frame titled with its subject, and the offer link, which the
 * offer page forbids to frame, opening in a new tab, from the email's HTML and from the link list.
 * On an email endpoint of the test's own, so the page holds only what this test sent.
 */
const ACCESS_KEY = Buffer.from('a test access key for the inbox page').toString('base64');
let server: LocalEmailServer;
let browser: Browser;

beforeAll(async () => {
  server = await startEmailServer({ port: 0, accessKey: ACCESS_KEY });
  if (haveChromium) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The offer email Keycard sent through the shared stack, sent again to this test's endpoint. */
async function offerEmailInInbox(): Promise<{ subject: string; link: string; organization: string }> {
  const made = await buildTenant();
  const offer = await call('POST', `/tenants/${made.tenantId}/delegation-offers`, {
    token: made.partner.token,
    body: { message: 'We would look after your licences.' },
  });
  expect(offer.status, offer.text).toBe(201);
  const mail = await mailFor(`delegation_offer:${offer.body.id}`);
  const sent = /https?:\/\/\S+?#kco_[A-Za-z0-9_-]{43}/.exec(mail.plainText)?.[0];
  if (!sent || !mail.html) throw new Error('no link or no HTML in the offer email');
  // The email links to the stack's public address (localhost:7071 by default): here, the test stack's.
  const origin = new URL(sent).origin;
  const here = (text: string) => text.split(origin).join(new URL(inject('stack').url).origin);
  const link = here(sent);
  const client = new EmailClient(server.connectionString, { allowInsecureConnection: true });
  const poller = await client.beginSend(
    {
      senderAddress: mail.from,
      recipients: { to: mail.to.map((address) => ({ address })) },
      content: { subject: mail.subject, plainText: here(mail.plainText), html: here(mail.html) },
    },
    { operationId: randomUUID(), updateIntervalInMs: 10 },
  );
  await poller.pollUntilDone();
  return { subject: mail.subject, link, organization: made.body.tenant.organizationName as string };
}

/** Clicks, and the tab it opened is the offer page, from the link, showing the offer. */
async function opensInNewTab(
  page: Page,
  click: () => Promise<void>,
  link: string,
  organization: string,
): Promise<void> {
  const [tab] = await Promise.all([page.context().waitForEvent('page'), click()]);
  await tab.waitForLoadState();
  // The page keeps the token from the fragment and takes it out of the address.
  expect(tab.url().split('#')[0]).toBe(link.split('#')[0]);
  expect(tab).not.toBe(page);
  // The offer page itself, running (not sandboxed, not framed): its heading is drawn by its script.
  await tab
    .getByRole('heading', { level: 1, name: new RegExp(organization.replace(/\./g, '\\.')) })
    .waitFor();
  await tab.close();
}

describe.skipIf(!haveChromium && !mustHaveChromium)('the local inbox page', () => {
  it('has a main landmark, frames titled with the subject, and opens an email link in a new tab', async () => {
    const { subject, link, organization } = await offerEmailInInbox();
    for (const width of [1440, 375]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${server.endpoint}admin/mail.html`);
      expect(await page.getByRole('main').count()).toBe(1);
      await page.getByRole('heading', { level: 2, name: subject }).waitFor();

      // The link list, from the plain text: a new tab, without an opener.
      const listed = page.getByRole('main').locator('ul.links a', { hasText: link });
      expect(await listed.getAttribute('target')).toBe('_blank');
      expect(await listed.getAttribute('rel')).toContain('noopener');
      await opensInNewTab(page, () => listed.click(), link, organization);

      // The email's HTML in a frame titled with its subject; its link opens in a new tab too.
      await page.getByText('HTML', { exact: true }).click();
      const frame = page.locator('iframe');
      expect(await frame.getAttribute('title')).toBe(subject);
      const inside = page.frameLocator('iframe').locator(`a[href="${link}"]`).first();
      await inside.waitFor();
      await opensInNewTab(page, () => inside.click(), link, organization);
      // The page did not navigate away, nor did the frame.
      expect(page.url()).toBe(`${server.endpoint}admin/mail.html`);

      expect(await seriousAxeViolations(page)).toEqual([]);
      // No sideways scrolling, at 375 px either.
      expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
      await context.close();
    }
  });
});
