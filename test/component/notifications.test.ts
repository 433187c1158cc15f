import { QueueServiceClient } from '@azure/storage-queue';
import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../support/api';
import { startOwnHost, type OwnHost } from '../support/own-host';
import { buildTenant, mailsFor } from '../support/tenants';

/** The outbox → queue → notification-send → ACS pipeline, each case on a host of its own. */
const hosts: OwnHost[] = [];
// One host at a time: the runtime a host installs is the process's.
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.stop();
});

async function notifications(own: OwnHost, tenantId: string, token: string) {
  return (await call('GET', `/tenants/${tenantId}/notifications`, { token, baseUrl: own.apiBaseUrl })).body
    .items;
}

function queueOf(own: OwnHost) {
  return QueueServiceClient.fromConnectionString(
    own.settings['AzureWebJobsStorage'] as string,
  ).getQueueClient(own.settings['NOTIFICATIONS_QUEUE'] as string);
}

describe('the notification pipeline', () => {
  it('when a message is lost, then the sweep queues the notification again and it is sent exactly once', async () => {
    const own = await startOwnHost({ queues: false });
    hosts.push(own);
    const made = await buildTenant({ baseUrl: own.apiBaseUrl });
    const [pending] = await notifications(own, made.tenantId, made.partner.token);
    expect(pending).toMatchObject({ status: 'pending', attempts: 0 });
    // The outbox holds the email sealed: the admin's token it carries is nowhere in clear.
    const outbox = await own.runtime.deps.repos.notifications.get(made.tenantId, pending.id);
    const content = JSON.parse(own.runtime.deps.sealer.open(outbox?.value.content as string)) as {
      plainText: string;
    };
    const token = /kca_[A-Za-z0-9_-]{43}/.exec(content.plainText)?.[0] as string;
    expect(token).toMatch(/^kca_/);
    expect(JSON.stringify(await own.dump())).not.toContain(token);

    const queue = queueOf(own);
    await queue.clearMessages();

    await own.host.invoke('notification-sweep');
    expect((await queue.peekMessages({ numberOfMessages: 32 })).peekedMessageItems).toHaveLength(0);
    own.clock.advance(11 * 60_000);
    await own.host.invoke('notification-sweep');
    const queued = (await queue.peekMessages({ numberOfMessages: 32 })).peekedMessageItems;
    expect(queued).toHaveLength(1);
    const message = JSON.parse(Buffer.from(queued[0]?.messageText ?? '', 'base64').toString('utf8'));
    expect(message).toEqual({ tenantId: made.tenantId, notificationId: pending.id });

    // The same message delivered twice (a sweep racing the original): one email.
    await own.host.invoke('notification-send', message);
    await own.host.invoke('notification-send', message);
    const [sent] = await notifications(own, made.tenantId, made.partner.token);
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, sentAt: expect.any(String) });
    expect(await mailsFor(pending.id)).toHaveLength(1);
    const stored = await own.runtime.deps.repos.notifications.get(made.tenantId, pending.id);
    expect(stored?.value.content).toBeNull();
    await own.host.invoke('notification-sweep');
    expect((await queue.peekMessages({ numberOfMessages: 32 })).peekedMessageItems).toHaveLength(1);
  });

  it('when a message names no notification or is not a notification message, then it is dropped without error', async () => {
    const own = await startOwnHost({ queues: false });
    hosts.push(own);
    await expect(
      own.host.invoke('notification-send', { tenantId: 't', notificationId: 'nothing' }),
    ).resolves.toBeUndefined();
    await expect(own.host.invoke('notification-send', 'not json')).resolves.toBeUndefined();
  });
});
