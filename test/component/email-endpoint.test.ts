import { EmailClient } from '@azure/communication-email';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AcsEmailSender } from '../../shared/adapters/email/acs-email-sender';
import { loadConfig } from '../../shared/config';
import { inboxPage } from '../../dev/inbox-page';
import {
  AZURE_MANAGED_DOMAIN_QUOTA,
  parseEmailQuota,
  startEmailServer,
  type LocalEmailServer,
} from '../../dev/email-server';

/** The local Azure Communication Services endpoint, driven by the real `@azure/communication-email`. */
const ACCESS_KEY = Buffer.from('a test access key for the local endpoint').toString('base64');
let server: LocalEmailServer;

beforeAll(async () => {
  server = await startEmailServer({ port: 0, accessKey: ACCESS_KEY });
});
afterAll(async () => server?.stop());

const message = (subject: string) => ({
  senderAddress: 'DoNotReply@keycard.localhost',
  recipients: { to: [{ address: 'admin@contoso.example' }], cc: [{ address: 'partner@fabrikam.example' }] },
  content: { subject, plainText: 'Hello from Keycard', html: '<p>Hello from <b>Keycard</b></p>' },
  headers: { 'x-keycard-notification-id': 'n-1', 'x-keycard-notification-type': 'welcome_admin' },
});

describe('local email endpoint', () => {
  it('when the SDK sends a signed message, then it is accepted, polled to Succeeded and kept with its headers', async () => {
    const client = new EmailClient(server.connectionString, { allowInsecureConnection: true });
    const operationId = randomUUID();
    const poller = await client.beginSend(message('Welcome'), { operationId, updateIntervalInMs: 10 });
    const result = await poller.pollUntilDone();
    expect(result).toMatchObject({ id: operationId, status: 'Succeeded' });
    const mail = server.received().find((m) => m.operationId === operationId);
    expect(mail).toMatchObject({
      from: 'DoNotReply@keycard.localhost',
      to: ['admin@contoso.example'],
      cc: ['partner@fabrikam.example'],
      subject: 'Welcome',
      plainText: 'Hello from Keycard',
      headers: { 'x-keycard-notification-id': 'n-1', 'x-keycard-notification-type': 'welcome_admin' },
    });
    expect(inboxPage(server.received())).toContain('Welcome');
    // For `func start` users the endpoint serves the inbox itself.
    const listed = (await (await fetch(`${server.endpoint}admin/mail`)).json()) as { operationId: string }[];
    expect(listed.map((m) => m.operationId)).toContain(operationId);
    expect(await (await fetch(`${server.endpoint}admin/mail.html`)).text()).toContain('Welcome');
  });

  it('when the same Operation-Id is sent twice, then both sends are kept (ACS promises no deduplication), and its status is known; an unknown one is 404', async () => {
    const client = new EmailClient(server.connectionString, { allowInsecureConnection: true });
    const operationId = randomUUID();
    await (await client.beginSend(message('Twice'), { operationId, updateIntervalInMs: 10 })).pollUntilDone();
    await (await client.beginSend(message('Twice'), { operationId, updateIntervalInMs: 10 })).pollUntilDone();
    expect(server.received().filter((m) => m.operationId === operationId)).toHaveLength(2);
    // Get Send Result, as the app asks it before repeating a send whose outcome it does not know.
    const sender = new AcsEmailSender(
      loadConfig({ ...inject('stack').settings, ACS_CONNECTION_STRING: server.connectionString }),
    );
    expect(await sender.status(operationId)).toEqual({ state: 'accepted' });
    expect(await sender.status(randomUUID())).toEqual({ state: 'unknown' });
  });

  it('when the request is signed with another key, then it is refused and nothing is kept', async () => {
    const wrongKey = Buffer.from('not the key').toString('base64');
    const client = new EmailClient(server.connectionString.replace(ACCESS_KEY, wrongKey), {
      allowInsecureConnection: true,
    });
    const before = server.received().length;
    await expect(client.beginSend(message('Forged'), { operationId: randomUUID() })).rejects.toMatchObject({
      statusCode: 401,
    });
    expect(server.received()).toHaveLength(before);
  });

  it('when a message lacks recipients, then 400 as ACS answers', async () => {
    const client = new EmailClient(server.connectionString, { allowInsecureConnection: true });
    await expect(
      client.beginSend({ ...message('No one'), recipients: { to: [] } }, { operationId: randomUUID() }),
    ).rejects.toMatchObject({ statusCode: 400 });
  });

  it('when a quota is set, then sends beyond it get 429 with Retry-After as ACS answers, and are not kept', async () => {
    const limited = await startEmailServer({
      port: 0,
      accessKey: ACCESS_KEY,
      quota: parseEmailQuota('2/1h'),
    });
    try {
      const signed = new EmailClient(limited.connectionString, {
        allowInsecureConnection: true,
        retryOptions: { maxRetries: 0 },
      });
      await signed.beginSend(message('One'), { operationId: randomUUID() });
      await signed.beginSend(message('Two'), { operationId: randomUUID() });
      const refused = await signed
        .beginSend(message('Three'), { operationId: randomUUID() })
        .catch((e: unknown) => e);
      expect(refused).toMatchObject({ statusCode: 429 });
      const retryAfter = Number(
        (refused as { response?: { headers: { get(n: string): string } } }).response?.headers.get(
          'retry-after',
        ),
      );
      expect(retryAfter).toBeGreaterThan(3500);
      expect(retryAfter).toBeLessThanOrEqual(3600);
      expect(limited.received().map((m) => m.subject)).toEqual(['One', 'Two']);
      expect(limited.stats()).toMatchObject({ accepted: 2, throttled: 1 });
      limited.setQuota([]);
      await signed.beginSend(message('Four'), { operationId: randomUUID() });
      expect(limited.received()).toHaveLength(3);
    } finally {
      await limited.stop();
    }
  });

  it('when quotas are written for --email-quota, then they are read, and nonsense is refused', () => {
    expect(parseEmailQuota('5/60s, 10/1h')).toEqual([
      { limit: 5, windowMs: 60_000 },
      { limit: 10, windowMs: 3_600_000 },
    ]);
    expect(parseEmailQuota('azure-managed')).toEqual(AZURE_MANAGED_DOMAIN_QUOTA);
    expect(() => parseEmailQuota('5 per minute')).toThrow(/not a quota/);
    expect(() => parseEmailQuota('0/1s')).toThrow(/not a quota/);
  });

  it("when the local stack's clock was moved, then each email records it beside the real time", async () => {
    const stackNow = new Date('2031-03-04T05:06:07.000Z');
    const clocked = await startEmailServer({ port: 0, accessKey: ACCESS_KEY, stackClock: () => stackNow });
    try {
      const client = new EmailClient(clocked.connectionString, { allowInsecureConnection: true });
      await client.beginSend(message('Later'), { operationId: randomUUID() });
      const [mail] = clocked.received();
      expect(mail?.stackTime).toBe(stackNow.toISOString());
      expect(Math.abs(Date.parse(mail?.receivedAt ?? '') - Date.now())).toBeLessThan(60_000);
    } finally {
      await clocked.stop();
    }
  });
});
