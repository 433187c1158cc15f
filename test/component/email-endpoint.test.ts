import { EmailClient } from '@azure/communication-email';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inboxPage } from '../../dev/inbox-page';
import { startEmailServer, type LocalEmailServer } from '../../dev/email-server';

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

  it('when the same Operation-Id is sent twice, then the message is kept once', async () => {
    const client = new EmailClient(server.connectionString, { allowInsecureConnection: true });
    const operationId = randomUUID();
    await (await client.beginSend(message('Once'), { operationId, updateIntervalInMs: 10 })).pollUntilDone();
    await (await client.beginSend(message('Once'), { operationId, updateIntervalInMs: 10 })).pollUntilDone();
    expect(server.received().filter((m) => m.operationId === operationId)).toHaveLength(1);
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
});
