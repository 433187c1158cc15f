import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { en } from '../../shared/text/catalogs/pages/console/en';
import { QueueServiceClient } from '@azure/storage-queue';
import type { WebhookMessage } from '../../shared/app/webhook-ports';
import { buildPartner, call, type TestPartner } from '../support/api';
import { startOwnHost, type OwnHost } from '../support/own-host';
import { buildTenant } from '../support/tenants';
import { haveChromium, launchChromium, mustHaveChromium, seriousAxeViolations } from '../support/browser';

/**
 * The console's "Integrations" page (webhooks issue, console issue's acceptance): add an endpoint and
 * see its secret once (never again, never in the URL or the tab's storage), send a test event and see
 * it delivered to the local stack's receiver, rotate the secret (the new one once, the old one signing
 * for 24 hours), disable and enable again, redeliver, delete after asking; an address Keycard may not
 * call said in words with the focus on it; the add form by keyboard alone; axe-core at 375 and 1440
 * px in every state, and no sideways scrolling at 375.
 */
let browser: Browser;
beforeAll(async () => {
  if (haveChromium || mustHaveChromium) browser = await launchChromium();
});
afterAll(async () => browser?.close());

const stackUrl = () => inject('stack').url;
const receiver = (name: string) => `${stackUrl()}/admin/webhooks/receive/${name}`;

async function open(width: number, origin = stackUrl()): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const page = await context.newPage();
  await page.goto(`${origin}/api/v1/console/`);
  return page;
}

async function signIn(page: Page, partner: TestPartner): Promise<void> {
  await page.getByLabel('Partner token').fill(partner.token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Redeem product keys' }).waitFor();
}

async function toIntegrations(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: 'Integrations' }).click();
  await page.getByRole('heading', { level: 1, name: 'Integrations' }).waitFor();
}

/** What has the focus: its tag, id and text. */
const focused = (page: Page) =>
  page.evaluate<{ tag: string; id: string; text: string }>(`(() => {
    const e = document.activeElement;
    return { tag: e?.tagName.toLowerCase() ?? '', id: e?.id ?? '', text: (e?.textContent ?? '').trim() };
  })()`);

/** axe-core finds nothing serious or critical; at 375 px nothing scrolls sideways. */
async function accessible(page: Page, width: number, state: string): Promise<void> {
  expect(await seriousAxeViolations(page), state).toEqual([]);
  if (width === 375)
    expect(await page.evaluate<number>('document.documentElement.scrollWidth'), state).toBeLessThanOrEqual(
      375,
    );
}

/** Neither the tab's storage nor its URL holds a secret. */
async function noSecretKept(page: Page, secrets: string[]): Promise<void> {
  const kept = await page.evaluate<string>(
    'JSON.stringify([location.href, history.state, { ...localStorage }, { ...sessionStorage }])',
  );
  expect(kept).not.toContain('whsec_');
  for (const secret of secrets) expect(kept).not.toContain(secret);
}

const endpointCard = (page: Page) => page.locator('li.endpoint').first();
const cardStatus = (page: Page) => endpointCard(page).locator('.banner').first();

async function receivedBy(name: string): Promise<{ type: string | null; verified: boolean | null }[]> {
  const answer = await fetch(`${stackUrl()}/admin/webhooks?name=${name}`);
  return ((await answer.json()) as { received: { type: string | null; verified: boolean | null }[] })
    .received;
}

describe.skipIf(!haveChromium && !mustHaveChromium)('Integrations in the console', () => {
  it('adds an endpoint (secret once), sends a test delivered to the receiver, rotates, disables, enables, redelivers and deletes, in words and accessible at 375 and 1440 px', async () => {
    for (const width of [1440, 375]) {
      const partner = await buildPartner();
      const name = `console-${width}-${Date.now()}`;
      const page = await open(width);
      await signIn(page, partner);
      await toIntegrations(page);
      expect(await page.title()).toBe('Integrations · Keycard');
      expect(await page.locator('main').innerText()).toContain('No endpoint yet: add one below.');
      await accessible(page, width, 'empty');

      // Add: the secret, once, in a box that says so; focus on it.
      await page.getByLabel('URL', { exact: true }).fill(receiver(name));
      await page.getByLabel('Description', { exact: true }).fill('Helpdesk sync');
      await page.getByRole('button', { name: 'Add endpoint' }).click();
      const box = page.locator('section.secret');
      await box.waitFor();
      const secret = await box.getByLabel('Signing secret').inputValue();
      expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]{20,}$/);
      expect(await box.innerText()).toContain('Keycard will not show it again.');
      expect(await focused(page)).toMatchObject({ tag: 'h2', id: 'secret-heading' });
      expect(await endpointCard(page).locator('h3').textContent()).toBe('Helpdesk sync');
      expect(await endpointCard(page).locator('.event-types').textContent()).toBe(
        'All events, including types added later',
      );
      await box.getByRole('button', { name: 'Copy the secret' }).click();
      await expect
        .poll(() => box.getByRole('status').textContent())
        .toMatch(/^(Copied\.|It could not be copied)/);
      await noSecretKept(page, [secret]);
      await accessible(page, width, 'secret shown');

      // "I have saved it" forgets it; a reload shows it nowhere.
      await box.getByRole('button', { name: 'I have saved it' }).click();
      await expect.poll(() => page.locator('section.secret').count()).toBe(0);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Redeem product keys' }).waitFor();
      await toIntegrations(page);
      await endpointCard(page).waitFor();
      expect(await page.content()).not.toContain(secret);
      expect(await page.content()).not.toContain('whsec_');
      await noSecretKept(page, [secret]);

      // Send test event: said at once (focused), then the delivery's outcome after a moment.
      await endpointCard(page).getByRole('button', { name: 'Send test event' }).click();
      await expect.poll(() => cardStatus(page).textContent()).toMatch(/^Test event sent|^The test event/);
      expect((await focused(page)).text).toMatch(/^Test event sent|^The test event/);
      await expect
        .poll(() => cardStatus(page).textContent(), { timeout: 15_000 })
        .toBe('The test event was delivered.');
      const delivery = endpointCard(page).locator('li.delivery').first();
      expect(await delivery.getAttribute('data-status')).toBe('delivered');
      expect(await delivery.locator('p').first().textContent()).toBe('Test event: Delivered');
      expect(await delivery.locator('.attempts li').first().textContent()).toMatch(
        /^\w+ \d+, 20\d\d, \d+:\d\d [AP]M UTC: HTTP 2\d\d after \d+ ms$/,
      );
      const got = await receivedBy(name);
      expect(got.map((r) => [r.type, r.verified])).toEqual([['ping', true]]);
      await accessible(page, width, 'test delivered');

      // A ping is not redelivered (it is no event of the feed); an event is. A new customer makes some.
      expect(await delivery.getByRole('button', { name: 'Redeliver' }).count()).toBe(0);
      await buildTenant({ partner });
      const event = endpointCard(page).locator('li.delivery:not([data-type="ping"])').first();
      await expect
        .poll(
          async () => {
            await endpointCard(page).getByRole('button', { name: 'Refresh deliveries' }).click();
            return event.count();
          },
          { timeout: 30_000, interval: 1_000 },
        )
        .toBe(1);
      await accessible(page, width, 'events listed');
      await event.getByRole('button', { name: 'Redeliver' }).click();
      await expect.poll(() => cardStatus(page).textContent()).toBe(en['console.integrations.redelivered']);
      expect((await focused(page)).text).toBe(en['console.integrations.redelivered']);

      // Redeliver since…: the form by its button, the answer in words.
      await endpointCard(page).getByRole('button', { name: 'Redeliver since…' }).click();
      expect((await focused(page)).id).toMatch(/^since-/);
      await accessible(page, width, 'redeliver since open');
      await endpointCard(page).getByRole('button', { name: 'Redeliver these events' }).click();
      await expect
        .poll(() => cardStatus(page).textContent())
        .toMatch(/^(No event since then to send again\.|\d+ events? (is|are) being sent again\.)$/);

      // Rotate: asked first; the new secret once, and until when the old one signs (24 h).
      await endpointCard(page).getByRole('button', { name: 'Rotate secret' }).click();
      expect((await focused(page)).text).toBe('Make a new secret');
      await accessible(page, width, 'rotate asked');
      const before = Date.now();
      await page.getByRole('button', { name: 'Make a new secret' }).click();
      await box.waitFor();
      const rotated = await box.getByLabel('Signing secret').inputValue();
      expect(rotated).toMatch(/^whsec_/);
      expect(rotated).not.toBe(secret);
      const said = (await box.locator('.rotated').textContent()) ?? '';
      expect(said).toMatch(
        /^Until \w+ \d+, 20\d\d, \d+:\d\d [AP]M UTC, the previous secret signs every message too \(for 24 hours\)/,
      );
      const until = Date.parse(`${/^Until (.+) UTC,/.exec(said)?.[1] ?? ''} UTC`);
      // The stack's clock may be ahead of real time (other files move it), never behind.
      expect(until).toBeGreaterThanOrEqual(before + 24 * 3_600_000 - 120_000);
      expect((await focused(page)).id).toBe('secret-heading');
      await noSecretKept(page, [secret, rotated]);
      await accessible(page, width, 'rotated');
      await box.getByRole('button', { name: 'I have saved it' }).click();
      await expect.poll(() => page.locator('section.secret').count()).toBe(0);

      // Disable, then enable again: each said in the card, focused; the state in words.
      await endpointCard(page).getByRole('button', { name: 'Disable' }).click();
      await expect.poll(() => cardStatus(page).textContent()).toBe(en['console.integrations.disabledNow']);
      expect((await focused(page)).text).toBe(en['console.integrations.disabledNow']);
      expect(await endpointCard(page).locator('.state').textContent()).toMatch(
        /^Disabled by you on .+ UTC\./,
      );
      expect(await endpointCard(page).innerText()).toContain(en['console.integrations.enableNote']);
      await accessible(page, width, 'disabled');
      await endpointCard(page).getByRole('button', { name: 'Enable again' }).click();
      await expect.poll(() => cardStatus(page).textContent()).toBe(en['console.integrations.enabledNow']);
      expect(await endpointCard(page).locator('.state').textContent()).toBe(
        en['console.integrations.enabled'],
      );

      // Delete: asked first, then said on the page, focused.
      await endpointCard(page).getByRole('button', { name: 'Delete' }).click();
      expect((await focused(page)).text).toBe('Delete the endpoint');
      await accessible(page, width, 'delete asked');
      await page.getByRole('button', { name: 'Delete the endpoint' }).click();
      const deleted = `The endpoint ${receiver(name)} was deleted.`;
      await expect.poll(async () => (await focused(page)).text).toBe(deleted);
      expect(await page.locator('li.endpoint').count()).toBe(0);
      await accessible(page, width, 'deleted');

      // An address Keycard may not call: in words, the focus on it.
      await page.getByLabel('URL', { exact: true }).fill('http://169.254.169.254/');
      await page.getByRole('button', { name: 'Add endpoint' }).click();
      const refusal = en['console.problem.webhookUrlForbidden'];
      await expect.poll(async () => (await focused(page)).text).toBe(refusal);
      expect(await page.locator('li.endpoint').count()).toBe(0);
      expect(await page.locator('main').innerText()).not.toContain(deleted);
      await accessible(page, width, 'forbidden');
      await noSecretKept(page, [secret, rotated]);
      await page.context().close();
    }
  });

  it('adds an endpoint for chosen events by keyboard alone, and says what a form lacks in words', async () => {
    const partner = await buildPartner();
    const page = await open(1440);
    await signIn(page, partner);
    const tabTo = async (matches: (f: { tag: string; id: string; text: string }) => boolean) => {
      for (let i = 0; i < 60; i += 1) {
        await page.keyboard.press('Tab');
        if (matches(await focused(page))) return;
      }
      throw new Error(`never focused: ${JSON.stringify(await focused(page))}`);
    };
    await tabTo((f) => f.tag === 'button' && f.text === 'Integrations');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Integrations' }).waitFor();

    // Nothing typed: the URL's sentence, the focus on the summary.
    await tabTo((f) => f.text === 'Add endpoint');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).tag).toBe('p');
    expect(await page.locator('#f-url-error').textContent()).toBe(en['console.integrations.urlField']);
    await accessible(page, 1440, 'url missing');

    // No event chosen: said, focused.
    await tabTo((f) => f.id === 'f-url');
    await page.keyboard.type(receiver(`keys-${Date.now()}`));
    await page.keyboard.press('Tab');
    await page.keyboard.type('Renewals desk');
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('all-events');
    await page.keyboard.press('Space');
    await tabTo((f) => f.text === 'Add endpoint');
    await page.keyboard.press('Enter');
    expect((await focused(page)).text).toBe(en['console.integrations.typesNeeded']);

    // Two events ticked, then sent with Enter.
    await tabTo((f) => f.id === 'type-subscription-renewal_due');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('type-subscription-expired');
    await page.keyboard.press('Space');
    await accessible(page, 1440, 'events chosen');
    await tabTo((f) => f.text === 'Add endpoint');
    await page.keyboard.press('Enter');
    await page.locator('section.secret').waitFor();
    expect((await focused(page)).id).toBe('secret-heading');
    expect(await endpointCard(page).locator('.event-types').textContent()).toBe(
      'Renewal due, Subscription expired',
    );
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('secret');
    await tabTo((f) => f.text === 'Copy the secret');
    await page.keyboard.press('Enter');
    const secret = await page.locator('#secret').inputValue();
    await expect
      .poll(() => page.locator('section.secret [role=status]').textContent())
      .toMatch(/^(Copied\.|It could not be copied)/);
    await noSecretKept(page, [secret]);

    // In Italian: the page, its title and the event types in words.
    await page.locator('#language').selectOption('it');
    await page.getByRole('heading', { level: 1, name: 'Integrazioni' }).waitFor();
    expect(await page.title()).toBe('Integrazioni · Keycard');
    expect(await endpointCard(page).locator('.event-types').textContent()).toBe(
      'Rinnovo in scadenza, Abbonamento scaduto',
    );
    await accessible(page, 1440, 'Italian');
    await page.context().close();
  });

  it('shows a failing delivery with its HTTP status and error, and the endpoint failing since then, accessible', async () => {
    const name = `failing-${Date.now()}`;
    const behave = await fetch(`${stackUrl()}/admin/webhooks/behaviour`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name, status: 500 }),
    });
    expect(behave.status).toBe(200);
    for (const width of [1440, 375]) {
      const partner = await buildPartner();
      const page = await open(width);
      await signIn(page, partner);
      await toIntegrations(page);
      await page.getByLabel('URL', { exact: true }).fill(receiver(name));
      await page.getByRole('button', { name: 'Add endpoint' }).click();
      await page.getByRole('button', { name: 'I have saved it' }).click();
      await expect.poll(() => page.locator('section.secret').count()).toBe(0);
      await endpointCard(page).getByRole('button', { name: 'Send test event' }).click();
      const delivery = endpointCard(page).locator('li.delivery').first();
      await expect
        .poll(() => delivery.locator('.attempts li').first().textContent(), { timeout: 15_000 })
        .toMatch(/UTC: HTTP 500 after \d+ ms .+/);
      expect(await delivery.locator('p').first().textContent()).toMatch(/^Test event: (Pending|Failed)/);
      await accessible(page, width, 'delivery failed');
      // A ping says nothing of the endpoint's health; events do. A new customer makes some, which
      // fail too: drawn again, the endpoint says since when every delivery failed, and its last errors.
      await buildTenant({ partner });
      await expect
        .poll(
          async () => {
            await toIntegrations(page);
            await endpointCard(page).waitFor();
            return endpointCard(page).locator('.failing').count();
          },
          { timeout: 30_000, interval: 1_000 },
        )
        .toBe(1);
      const text = await endpointCard(page).innerText();
      expect(text).toMatch(/Every delivery has failed since .+ UTC\. After 3 days of failures/);
      expect(text).toMatch(/Last errors\n.+ UTC: .+/);
      await accessible(page, width, 'endpoint failing');
      await page.context().close();
    }
    await fetch(`${stackUrl()}/admin/webhooks/behaviour`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name, reset: true }),
    });
  });
});

/**
 * An endpoint Keycard disabled for failing: on a host of this file's own, whose clock moves past the
 * 3 days of failures (each due attempt run by the sweep and webhook-deliver, the queue drained here).
 */
describe.skipIf(!haveChromium && !mustHaveChromium)(
  'An endpoint disabled for failing, in the console',
  () => {
    let own: OwnHost;
    beforeAll(async () => {
      own = await startOwnHost();
    });
    afterAll(async () => own?.stop());

    async function drain(): Promise<void> {
      const queue = QueueServiceClient.fromConnectionString(
        own.settings['AzureWebJobsStorage'] as string,
      ).getQueueClient(own.settings['WEBHOOKS_QUEUE'] as string);
      for (;;) {
        const { receivedMessageItems } = await queue.receiveMessages({ numberOfMessages: 32 });
        if (receivedMessageItems.length === 0) return;
        for (const item of receivedMessageItems) {
          const message = JSON.parse(
            Buffer.from(item.messageText, 'base64').toString('utf8'),
          ) as WebhookMessage;
          await queue.deleteMessage(item.messageId, item.popReceipt);
          await own.host.invoke('webhook-deliver', message);
        }
      }
    }

    it('says since when it failed and its last errors, and "Enable again" says the held events will be sent', async () => {
      const partner = await buildPartner({}, own.apiBaseUrl);
      // Nothing listens on port 9: every attempt fails.
      const created = await call<{ id: string }>('POST', '/webhook-endpoints', {
        token: partner.token,
        baseUrl: own.apiBaseUrl,
        body: { url: 'http://127.0.0.1:9/hooks', description: 'Billing bridge' },
      });
      expect(created.status, created.text).toBe(201);
      await buildTenant({ baseUrl: own.apiBaseUrl, partner });
      await drain();
      let endpoint = { disabledReason: null as string | null };
      for (let step = 0; step < 20 && endpoint.disabledReason !== 'failing'; step += 1) {
        own.clock.advance(6 * 3_600_000);
        await own.host.invoke('webhook-sweep');
        await drain();
        endpoint = (
          await call('GET', `/webhook-endpoints/${created.body.id}`, {
            token: partner.token,
            baseUrl: own.apiBaseUrl,
          })
        ).body as typeof endpoint;
      }
      expect(endpoint.disabledReason).toBe('failing');

      for (const width of [1440, 375]) {
        const page = await open(width, own.host.url);
        await signIn(page, partner);
        await toIntegrations(page);
        const card = endpointCard(page);
        await card.waitFor();
        expect(await card.locator('.state').textContent()).toMatch(
          /^Disabled by Keycard on .+ UTC: every delivery failed since .+ UTC\. Its events are held, and sent when you enable it again\.$/,
        );
        expect(await card.locator('.last-errors li').first().textContent()).toMatch(/^.+ UTC: .+/);
        expect(await card.innerText()).toContain(en['console.integrations.enableNote']);
        await expect.poll(() => card.locator('li.delivery').count()).toBeGreaterThan(0);
        const statuses = await card
          .locator('li.delivery')
          .evaluateAll((items) => items.map((item) => item.getAttribute('data-status')));
        expect(statuses).toContain('held');
        expect(await card.locator('li.delivery[data-status="held"] p').first().textContent()).toMatch(
          /: Held while the endpoint is disabled$/,
        );
        expect(await card.locator('li.delivery .attempts li').first().textContent()).toMatch(
          /UTC: no answer after \d+ ms .+/,
        );
        await accessible(page, width, 'disabled for failing');
        await page.context().close();
      }

      // Enabled again, at the narrow width: the card says so.
      const page = await open(375, own.host.url);
      await signIn(page, partner);
      await toIntegrations(page);
      const card = endpointCard(page);
      await card.waitFor();
      await card.getByRole('button', { name: 'Enable again' }).click();
      await expect.poll(async () => (await focused(page)).text).toBe(en['console.integrations.enabledNow']);
      expect(await endpointCard(page).locator('.state').textContent()).toBe(
        en['console.integrations.enabled'],
      );
      await accessible(page, 375, 'enabled again');
      await page.context().close();
    });
  },
);
