import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPartner } from '../support/api';
import {
  haveChromium,
  launchChromium,
  mustHaveChromium,
  screenshot,
  seriousAxeViolations,
} from '../support/browser';
import { startOwnHost, type OwnHost } from '../support/own-host';
import { adminToken, buildTenant, mailFor, type SentMail } from '../support/tenants';

/**
 * The emails as a mail client shows them: the 30-day renewal notice of an Italian customer (the seed's
 * market) and the one of its Partner of Record, rendered in Chromium from the HTML the local email
 * endpoint received. With KEYCARD_SCREENSHOTS=docs/screenshots it keeps them there as email-*.png,
 * which the lifecycle walkthrough shows (docs/lifecycle-walkthrough.md).
 */
const DAY = 86_400_000;
let browser: Browser;
let own: OwnHost;
beforeAll(async () => {
  if (haveChromium) browser = await launchChromium();
  own = await startOwnHost({ queues: true });
});
afterAll(async () => {
  await browser?.close();
  await own?.stop();
});

describe.skipIf(!haveChromium && !mustHaveChromium)('the renewal notice in Chromium', () => {
  it('when the 30-day notice goes out, then the customer reads it in Italian and the partner in English, each a page with its language, a title, and nothing an assistive technology stumbles on', async () => {
    const partner = await buildPartner(
      { name: 'Fabrikam Partner', email: 'rinnovi@fabrikam.example' },
      own.apiBaseUrl,
    );
    const made = await buildTenant({ baseUrl: own.apiBaseUrl, partner, partnerOfRecord: true });
    await adminToken(made);
    const end = Date.parse(made.body.subscription.termEnd);
    own.clock.set(new Date(end - 30 * DAY + 60_000));
    await own.host.invoke('renewal-notices');
    await own.host.drainQueues();
    const fact = `${made.subscriptionId}:${new Date(end).toISOString()}:renewal_notice:30`;
    const mails: [string, string, SentMail][] = [
      ['email-renewal-notice-customer-it', 'it', await mailFor(`${fact}:customer`)],
      ['email-renewal-notice-partner-en', 'en', await mailFor(`${fact}:partner:${partner.partnerId}`)],
    ];
    for (const [name, language, mail] of mails) {
      const page = await (await browser.newContext({ viewport: { width: 760, height: 600 } })).newPage();
      await page.setContent(mail.html ?? '', { waitUntil: 'load' });
      expect(await page.getAttribute('html', 'lang')).toBe(language);
      expect(await page.title()).toBe(mail.subject);
      expect(await seriousAxeViolations(page)).toEqual([]);
      // What the page shows is what the plain text says.
      const shown = (await page.innerText('body')).replace(/\s+/g, ' ').trim();
      expect(mail.plainText.replace(/\s+/g, ' ')).toContain(shown.slice(0, 120));
      await screenshot(page, name);
      await page.close();
    }
  });
});
