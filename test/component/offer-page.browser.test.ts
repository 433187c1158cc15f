import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { call } from '../support/api';
import {
  haveChromium,
  launchChromium,
  mustHaveChromium,
  screenshot,
  seriousAxeViolations,
} from '../support/browser';
import { buildTenant, mailFor, type TestTenant } from '../support/tenants';

/**
 * The customer's offer page in a real browser: the link from the email, the offer read as text (a
 * message with markup shows as typed), Accept and Decline, and the token in no URL the browser
 * requests, under the page's own strict Content-Security-Policy.
 */
const MESSAGE =
  'Hello <b>Ada</b>,\n<script>window.__pwned = true</script>\nWe would look after your licenses.';

let browser: Browser;
beforeAll(async () => {
  if (haveChromium) browser = await launchChromium();
});
afterAll(async () => browser?.close());

interface Visit {
  page: Page;
  requested: string[];
  policyViolations: string[];
}

async function offerAndOpenLink(
  made: TestTenant,
  locale?: string,
): Promise<Visit & { token: string; offerId: string }> {
  const sent = await call('POST', `/tenants/${made.tenantId}/delegation-offers`, {
    token: made.partner.token,
    body: { message: MESSAGE },
  });
  expect(sent.status).toBe(201);
  const mail = await mailFor(`delegation_offer:${sent.body.id}`);
  const token = /#(kco_[A-Za-z0-9_-]{43})/.exec(mail.plainText)?.[1] as string;
  const page = locale ? await (await browser.newContext({ locale })).newPage() : await browser.newPage();
  const requested: string[] = [];
  const policyViolations: string[] = [];
  page.on('request', (request) => requested.push(`${request.url()} ${request.headers()['referer'] ?? ''}`));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
  });
  // The link as emailed, on the test stack's address.
  await page.goto(`${inject('stack').url}/api/v1/offers/#${token}`);
  return { page, requested, policyViolations, token, offerId: sent.body.id };
}

describe.skipIf(!haveChromium && !mustHaveChromium)('the offer page in Chromium', () => {
  it('when Chromium is needed, then it is installed', () => {
    expect(haveChromium, 'install Debian\'s chromium (".ci/run" does)').toBe(true);
  });

  it('when a page has a serious accessibility defect, then the axe check finds it', async () => {
    const page = await browser.newPage();
    await page.setContent('<html><body><img src="card.png"><button></button></body></html>');
    expect((await seriousAxeViolations(page)).map((v) => v.id)).toEqual(
      expect.arrayContaining(['image-alt', 'button-name']),
    );
    await page.close();
  });

  it('when the customer opens the link, reads the offer and accepts, then the partner is delegated admin and the token was in no URL', async () => {
    const made = await buildTenant();
    const visit = await offerAndOpenLink(made);
    const { page } = visit;
    const heading = page.getByRole('heading', { level: 1, name: /offers to administer/ });
    await heading.waitFor();
    expect(await heading.textContent()).toContain(made.partner.name);
    // The message as typed: markup shown as text, the script never run.
    expect(await page.locator('#message').textContent()).toBe(MESSAGE);
    expect(
      await page.evaluate(() => (globalThis as unknown as { __pwned?: boolean }).__pwned),
    ).toBeUndefined();
    expect(await page.textContent('body')).toContain('uses no license');
    // Read once, then out of the address bar and the history.
    expect(page.url()).not.toContain('kco_');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'offer-page');

    await page.getByRole('button', { name: 'Accept' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accepted' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'offer-accepted');
    const tenant = await call('GET', `/tenants/${made.tenantId}`, { token: made.partner.token });
    expect(tenant.body.delegatedAdmins.map((a: { partnerId: string }) => a.partnerId)).toEqual([
      made.partner.partnerId,
    ]);

    expect(visit.requested.filter((line) => line.includes(visit.token))).toEqual([]);
    expect(visit.policyViolations).toEqual([]);
    await page.close();
  });

  it('when the customer reads Italian in the browser, then the page is in Italian, answer and date included, under its own CSP', async () => {
    const made = await buildTenant();
    const visit = await offerAndOpenLink(made, 'it-IT');
    const { page } = visit;
    const heading = page.getByRole('heading', { level: 1, name: /si offre di amministrare/ });
    await heading.waitFor();
    expect(await heading.textContent()).toBe(`${made.partner.name} si offre di amministrare Contoso S.p.A.`);
    expect(await page.getAttribute('html', 'lang')).toBe('it');
    expect(await page.title()).toBe('Offerta di amministrazione delegata');
    expect(await page.textContent('body')).toContain('Non usa alcuna licenza');
    // The expiry date as Italian writes it (the offer runs for days: the year and a month name).
    expect(await page.textContent('#expires')).toMatch(
      /^\d{1,2} (gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre) \d{4}$/,
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'offer-page-it');

    await page.getByRole('button', { name: 'Rifiuta' }).click();
    await page.getByRole('button', { name: 'Sì, rifiuta' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rifiutata' }).waitFor();
    expect(await page.textContent('#declined p')).toBe(
      `${made.partner.name} non amministrerà ${made.body.tenant.domain}.`,
    );
    const again = await page.context().newPage();
    await again.goto(`${inject('stack').url}/api/v1/offers/#${visit.token}`);
    await again.getByRole('heading', { level: 1, name: 'Offerta non disponibile' }).waitFor();
    expect(await again.textContent('#gone-text')).toBe('Questa offerta ha già ricevuto una risposta.');
    expect(visit.policyViolations).toEqual([]);

    // Built for each language, and said to vary with it; an unknown one is English.
    const answer = await fetch(`${inject('stack').url}/api/v1/offers`, {
      headers: { 'accept-language': 'pt-BR, es;q=0.5' },
    });
    expect(answer.headers.get('vary')).toBe('Accept-Language');
    expect(await answer.text()).toContain('<html lang="es">');
    const english = await fetch(`${inject('stack').url}/api/v1/offers`, {
      headers: { 'accept-language': 'pt' },
    });
    expect(await english.text()).toContain('<html lang="en">');
    await page.context().close();
  });

  it('when the customer declines, or opens a link already answered, then the page says so in words', async () => {
    const made = await buildTenant();
    const first = await offerAndOpenLink(made);
    await first.page.getByRole('button', { name: 'Decline' }).click();
    await first.page.getByRole('button', { name: 'Yes, decline' }).click();
    await first.page.getByRole('heading', { level: 1, name: 'Declined' }).waitFor();
    const offer = await call('GET', `/delegation-offers/${first.offerId}`, { token: made.partner.token });
    expect(offer.body.status).toBe('declined');

    const again = await browser.newPage();
    await again.goto(`${inject('stack').url}/api/v1/offers/#${first.token}`);
    await again.getByRole('heading', { level: 1, name: 'Offer not available' }).waitFor();
    expect(await again.textContent('#gone-text')).toContain('already been answered');
    expect(await seriousAxeViolations(again)).toEqual([]);
    await screenshot(again, 'offer-gone');

    const broken = await browser.newPage();
    await broken.goto(`${inject('stack').url}/api/v1/offers/#kco_cut`);
    await broken.getByRole('heading', { level: 1, name: 'Offer not available' }).waitFor();
    expect(await broken.textContent('#gone-text')).toContain('does not lead to any offer');
    await Promise.all([first.page.close(), again.close(), broken.close()]);
  });
});

/** Issue 22: the page survives the browser (reload, Back/Forward, the link pasted again), an outage and a hasty Decline. */
describe.skipIf(!haveChromium && !mustHaveChromium)('the offer page survives the browser', () => {
  it('when the customer reloads after accepting, then the page says what was answered and when, not that the link leads nowhere', async () => {
    const made = await buildTenant();
    const { page } = await offerAndOpenLink(made);
    await page.getByRole('heading', { level: 1, name: /offers to administer/ }).waitFor();
    await page.reload();
    // Reloaded before answering: the token is kept for the tab, out of the address bar.
    await page.getByRole('heading', { level: 1, name: /offers to administer/ }).waitFor();
    expect(page.url()).not.toContain('kco_');
    await page.getByRole('button', { name: 'Accept' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accepted' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Accepted' }).waitFor();
    expect(await page.textContent('#accepted')).toMatch(/You accepted this offer on \w+ \d{1,2}, \d{4}\./);
    expect(await page.textContent('#accepted')).toContain(made.partner.name);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('when the link is pasted again in the same tab, then the page reads the new fragment (hashchange)', async () => {
    const made = await buildTenant();
    const { page, token } = await offerAndOpenLink(made);
    await page.getByRole('heading', { level: 1, name: /offers to administer/ }).waitFor();
    await page.evaluate(() => {
      (globalThis as unknown as { location: { hash: string } }).location.hash = 'kco_cut';
    });
    await page.getByRole('heading', { level: 1, name: 'Offer not available' }).waitFor();
    await page.evaluate((t) => {
      (globalThis as unknown as { location: { hash: string } }).location.hash = t;
    }, token);
    await page.getByRole('heading', { level: 1, name: /offers to administer/ }).waitFor();
    expect(page.url()).not.toContain('kco_');
    await page.close();
  });

  it('when the service is out, then the page offers "Try again", which reads the offer once it is back', async () => {
    const made = await buildTenant();
    const page = await browser.newPage();
    let out = true;
    await page.route('**/api/v1/offers/lookup', (route) =>
      out
        ? route.fulfill({ status: 503, contentType: 'application/problem+json', body: '{"status":503}' })
        : route.continue(),
    );
    const sent = await call('POST', `/tenants/${made.tenantId}/delegation-offers`, {
      token: made.partner.token,
      body: { message: MESSAGE },
    });
    const mail = await mailFor(`delegation_offer:${sent.body.id}`);
    const token = /#(kco_[A-Za-z0-9_-]{43})/.exec(mail.plainText)?.[1] as string;
    await page.goto(`${inject('stack').url}/api/v1/offers/#${token}`);
    await page.getByRole('heading', { level: 1, name: 'Offer not available' }).waitFor();
    expect(await page.textContent('#gone-text')).toContain('not available right now');
    const retry = page.getByRole('button', { name: 'Try again' });
    await retry.waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'offer-outage');
    // A network failure reads the same.
    await page.unroute('**/api/v1/offers/lookup');
    await page.route('**/api/v1/offers/lookup', (route) => (out ? route.abort() : route.continue()));
    await retry.click();
    await page.getByRole('button', { name: 'Try again' }).waitFor();
    out = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { level: 1, name: /offers to administer/ }).waitFor();
    await page.close();
  });

  it('when the customer presses Decline, then the page asks first, and only the confirmation declines', async () => {
    const made = await buildTenant();
    const { page, offerId } = await offerAndOpenLink(made);
    await page.getByRole('heading', { level: 1, name: /offers to administer/ }).waitFor();
    await page.getByRole('button', { name: 'Decline' }).click();
    await page.getByRole('button', { name: 'Yes, decline' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    const pending = await call('GET', `/delegation-offers/${offerId}`, { token: made.partner.token });
    expect(pending.body.status).toBe('pending');
    await page.getByRole('button', { name: 'Keep the offer' }).click();
    expect(await page.isVisible('#decline-confirm')).toBe(false);
    await page.getByRole('button', { name: 'Decline' }).click();
    await page.getByRole('button', { name: 'Yes, decline' }).click();
    await page.getByRole('heading', { level: 1, name: 'Declined' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Declined' }).waitFor();
    expect(await page.textContent('#declined')).toMatch(/You declined this offer on/);
    const declined = await call('GET', `/delegation-offers/${offerId}`, { token: made.partner.token });
    expect(declined.body.status).toBe('declined');
    await page.close();
  });
});
