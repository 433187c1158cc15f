import { QueueServiceClient } from '@azure/storage-queue';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmailServer, type LocalEmailServer } from '../../dev/email-server';
import type { NotificationMessage } from '../../shared/app/ports';
import { call } from '../support/api';
import { startOwnHost, type OwnHost } from '../support/own-host';
import { buildTenant } from '../support/tenants';

/**
 * Documents are decoded when read (shared/adapters/cosmos/repositories): one of a previous shape is
 * brought up to date, one of no known shape stops at the door. A request that meets it answers a
 * problem+json 500 that names nothing stored, and the log names the document; a timer logs it, skips
 * it and does the rest of its work.
 */
const ACCESS_KEY = Buffer.from('the documents tests own endpoint key').toString('base64');
const started: { host: OwnHost; mail: LocalEmailServer }[] = [];
afterEach(async () => {
  for (const { host, mail } of started.splice(0)) {
    await host.stop();
    await mail.stop();
  }
});

async function stack() {
  const logged: string[] = [];
  const mail = await startEmailServer({ port: 0, accessKey: ACCESS_KEY });
  const host = await startOwnHost({
    settings: { ACS_CONNECTION_STRING: mail.connectionString },
    log: (line) => logged.push(line),
  });
  started.push({ host, mail });
  return { host, mail, logged };
}

function container(host: OwnHost, name: string) {
  return host.cosmos.database(host.databaseId).container(name);
}

/** Rewrites a stored document as something else might have: straight through the SDK. */
async function rewrite(
  host: OwnHost,
  name: string,
  id: string,
  partitionKey: string,
  change: (doc: Record<string, unknown>) => void,
): Promise<void> {
  const item = container(host, name).item(id, partitionKey);
  const { resource } = await item.read<Record<string, unknown>>();
  if (!resource) throw new Error(`no ${name} document ${id}`);
  change(resource);
  await item.replace(resource);
}

/** Sweeps, then delivers what the sweep queued to notification-send: the outbox by hand. */
async function sweepAndDeliver(host: OwnHost): Promise<number> {
  await host.host.invoke('notification-sweep');
  const queue = QueueServiceClient.fromConnectionString(
    host.settings['AzureWebJobsStorage'] as string,
  ).getQueueClient(host.settings['NOTIFICATIONS_QUEUE'] as string);
  const { receivedMessageItems } = await queue.receiveMessages({ numberOfMessages: 32 });
  for (const item of receivedMessageItems) {
    const message = JSON.parse(
      Buffer.from(item.messageText, 'base64').toString('utf8'),
    ) as NotificationMessage;
    await host.host.invoke('notification-send', message);
    await queue.deleteMessage(item.messageId, item.popReceipt);
  }
  return receivedMessageItems.length;
}

describe('stored documents', () => {
  it('when a notification of the shape before the outbox claims is read, then it is brought up to date and sent once', async () => {
    const { host, mail } = await stack();
    const tenantId = crypto.randomUUID();
    const id = `previous-shape:${tenantId}`;
    const now = host.clock.now().toISOString();
    // Version 1, as written before claims: no schemaVersion, lease, sendStartedAt, operationId, resends.
    await container(host, 'notifications').items.create({
      id,
      tenantId,
      type: 'welcome_admin',
      subscriptionId: null,
      daysBeforeExpiry: null,
      recipients: ['someone@contoso.example'],
      status: 'pending',
      attempts: 0,
      createdAt: now,
      sentAt: null,
      lastError: null,
      content: host.runtime.deps.sealer.seal(
        JSON.stringify({ subject: id, plainText: id, html: `<p>${id}</p>` }),
      ),
      nextSweepAt: now,
      notBefore: null,
    });

    const read = await host.runtime.deps.repos.notifications.get(tenantId, id);
    expect(read?.value).toMatchObject({
      id,
      status: 'pending',
      lease: null,
      sendStartedAt: null,
      resends: 0,
    });
    expect(read?.value).not.toHaveProperty('schemaVersion');

    expect(await sweepAndDeliver(host)).toBe(1);
    expect(mail.received().filter((m) => m.headers['x-keycard-notification-id'] === id)).toHaveLength(1);
    const { resource } = await container(host, 'notifications')
      .item(id, tenantId)
      .read<Record<string, unknown>>();
    // Written back in the current shape, and sent.
    expect(resource).toMatchObject({ status: 'sent', schemaVersion: 2 });
  });

  it('when a request meets a document it cannot decode, then it answers a 500 problem that names nothing stored, and the log names the document', async () => {
    const { host, logged } = await stack();
    const tenant = await buildTenant({ baseUrl: host.apiBaseUrl });
    await rewrite(host, 'subscriptions', tenant.subscriptionId, tenant.subscriptionId, (doc) => {
      delete doc['terms'];
    });

    const response = await call('GET', `/tenants/${tenant.tenantId}`, {
      token: tenant.partner.token,
      baseUrl: host.apiBaseUrl,
    });
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.body).toMatchObject({ status: 500, code: 'internal_error' });
    for (const stored of [tenant.tenantId, tenant.subscriptionId, tenant.body.tenant.organizationName])
      expect(response.text).not.toContain(stored);
    // The line names the request id the caller was given, so a support ticket finds it.
    const requestId = response.headers.get('x-request-id') ?? 'none';
    expect(response.body.instance).toBe(`urn:keycard:request:${requestId}`);
    expect(
      logged.filter((line) =>
        line.includes(`subscriptions document ${tenant.subscriptionId} cannot be decoded`),
      ),
    ).toEqual([expect.stringMatching(new RegExp(`request ${requestId}.*terms`))]);
  });

  it('when a timer meets a document it cannot decode, then it logs it, skips it, and does the rest of its work', async () => {
    const { host, logged } = await stack();
    const broken = await buildTenant({ baseUrl: host.apiBaseUrl });
    const sound = await buildTenant({ baseUrl: host.apiBaseUrl });
    await rewrite(host, 'subscriptions', broken.subscriptionId, broken.subscriptionId, (doc) => {
      doc['state'] = 'paused';
    });
    // Five days past the end of both 12-month terms: both are due for the lifecycle timer.
    host.clock.advance(370 * 24 * 3_600_000);

    await host.host.invoke('subscription-lifecycle');

    const soundNow = await host.runtime.deps.repos.subscriptions.get(sound.subscriptionId);
    expect(soundNow?.value.state).toBe('expired');
    expect(logged.filter((line) => line.includes(`subscriptions document ${broken.subscriptionId}`))).toEqual(
      [expect.stringMatching(/cannot be decoded \(state: .*\); skipped/)],
    );
    expect(logged.filter((line) => /^\[subscription-lifecycle\] failed/.test(line))).toEqual([]);
  });
});
