import { QueueServiceClient } from '@azure/storage-queue';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startEmailServer, type EmailQuota, type LocalEmailServer } from '../../dev/email-server';
import { queueNotification } from '../../shared/app/notifications';
import type { Notification } from '../../shared/domain/notification';
import { startOwnHost, type OwnHost } from '../support/own-host';
import { hostJson } from '../support/stack-settings';

/**
 * Azure Communication Services answers 429 with Retry-After beyond its sending limits (an Azure-managed
 * domain: 5 emails a minute, 10 an hour). A throttled send is not a failure: the notification waits
 * until Retry-After has passed and is sent then; only real failures count toward its five attempts.
 * Each case has an email endpoint of its own, with the quota it needs.
 */
const ACCESS_KEY = Buffer.from('the throttling tests own endpoint key').toString('base64');
const started: { host: OwnHost; mail: LocalEmailServer }[] = [];
afterEach(async () => {
  for (const { host, mail } of started.splice(0)) {
    await host.stop();
    await mail.stop();
  }
});

async function throttledStack(quota: EmailQuota[]) {
  const mail = await startEmailServer({ port: 0, accessKey: ACCESS_KEY, quota });
  const base = hostJson();
  const host = await startOwnHost({
    queues: true,
    settings: { ACS_CONNECTION_STRING: mail.connectionString },
    hostJson: {
      ...base,
      extensions: {
        ...base.extensions,
        queues: { ...base.extensions?.queues, visibilityTimeout: '00:00:00', maxPollingInterval: '00:00:01' },
      },
    },
  });
  started.push({ host, mail });
  return { host, mail };
}

async function queueEmails(host: OwnHost, count: number, tenantId: string): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, i) => `throttling-test:${tenantId}:${i}`);
  await Promise.all(
    ids.map((id, i) =>
      queueNotification(host.runtime.deps, {
        id,
        tenantId,
        type: 'welcome_admin',
        recipients: [`admin${i}@contoso.example`],
        content: { subject: `Email ${i}`, plainText: `Email number ${i}`, html: `<p>Email number ${i}</p>` },
      }),
    ),
  );
  return ids;
}

async function stored(host: OwnHost, tenantId: string, id: string): Promise<Notification> {
  const found = await host.runtime.deps.repos.notifications.get(tenantId, id);
  if (!found) throw new Error(`no notification ${id}`);
  return found.value;
}

function received(mail: LocalEmailServer, id: string) {
  return mail.received().filter((m) => m.headers['x-keycard-notification-id'] === id);
}

describe('email sending limits', () => {
  it('when 30 emails are queued under a quota of 5 a second, then all arrive, none twice, and no throttled send counts as an attempt', async () => {
    // The quota's window sets how long this takes (30 emails at 5 a window: six windows at least);
    // a second is the shortest Retry-After the endpoint gives, and the quota is still met many times over.
    const { host, mail } = await throttledStack([{ limit: 5, windowMs: 1_000 }]);
    const tenantId = crypto.randomUUID();
    const ids = await queueEmails(host, 30, tenantId);
    await vi.waitFor(() => expect(ids.filter((id) => received(mail, id).length === 0)).toEqual([]), {
      timeout: 60_000,
      interval: 200,
    });
    await host.host.drainQueues();

    expect(ids.filter((id) => received(mail, id).length !== 1)).toEqual([]);
    expect(mail.stats().throttled).toBeGreaterThan(0);
    const notifications = await Promise.all(ids.map((id) => stored(host, tenantId, id)));
    expect(notifications.map((n) => `${n.status}/${n.attempts}`)).toEqual(ids.map(() => 'sent/1'));
  });

  it('when the hour is used up, then the next email waits for Retry-After instead of failing or holding the queue, and is sent once the quota allows', async () => {
    const { host, mail } = await throttledStack([{ limit: 2, windowMs: 3_600_000 }]);
    const tenantId = crypto.randomUUID();
    const ids = await queueEmails(host, 3, tenantId);
    // A deadline, not a speed target: the queue function must not wait out an hour-long Retry-After.
    await vi.waitFor(
      () => expect(ids.filter((id) => received(mail, id).length === 1).length).toBeGreaterThanOrEqual(2),
      { timeout: 30_000, interval: 100 },
    );
    await host.host.drainQueues();

    const notifications = await Promise.all(ids.map((id) => stored(host, tenantId, id)));
    const waiting = notifications.filter((n) => n.status === 'pending');
    expect(waiting).toHaveLength(1);
    const [deferred] = waiting as [Notification];
    expect(deferred).toMatchObject({ attempts: 0, lastError: expect.stringMatching(/throttled/i) });
    const notBefore = Date.parse(deferred.notBefore ?? '');
    expect(notBefore - host.clock.now().getTime()).toBeGreaterThan(50 * 60_000);
    expect(mail.stats().throttled).toBeGreaterThan(0);

    // The sweep leaves it alone until its time has come ...
    const queue = QueueServiceClient.fromConnectionString(
      host.settings['AzureWebJobsStorage'] as string,
    ).getQueueClient(host.settings['NOTIFICATIONS_QUEUE'] as string);
    const waitingCopies = (await queue.getProperties()).approximateMessagesCount;
    expect(waitingCopies).toBe(1); // the copy queued with a visibility delay of Retry-After
    host.clock.advance(11 * 60_000);
    await host.host.invoke('notification-sweep');
    expect((await queue.getProperties()).approximateMessagesCount).toBe(waitingCopies);

    // ... and once the hour has passed it goes, exactly once.
    mail.setQuota([]);
    host.clock.advance(60 * 60_000);
    await host.host.invoke('notification-sweep');
    await vi.waitFor(() => expect(received(mail, deferred.id).length).toBeGreaterThan(0), {
      timeout: 20_000,
      interval: 100,
    });
    await host.host.drainQueues();
    expect(received(mail, deferred.id)).toHaveLength(1);
    expect(await stored(host, tenantId, deferred.id)).toMatchObject({ status: 'sent', attempts: 1 });
  });
});
