import { QueueServiceClient, type QueueClient } from '@azure/storage-queue';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmailServer, type LocalEmailServer } from '../../dev/email-server';
import type { DocumentStore } from '../../shared/adapters/cosmos/document-store';
import { queueNotification } from '../../shared/app/notifications';
import type { NotificationMessage } from '../../shared/app/ports';
import {
  LEASE_SECONDS,
  MAX_SEND_ATTEMPTS,
  RETRY_AFTER_MINUTES,
  type Notification,
} from '../../shared/domain/notification';
import { call, expectProblem } from '../support/api';
import { FaultInjectingStore } from '../support/faults';
import { startOwnHost, type OwnHost } from '../support/own-host';
import { buildTenant } from '../support/tenants';

/**
 * The email outbox: never sent twice, never lost. Each case has an email endpoint of its own (so the
 * requests that reach it can be counted: it keeps every send, a repeated operation id included) and
 * a host whose queue trigger is run by hand, so every delivery is one the test chose.
 */
const ACCESS_KEY = Buffer.from('the outbox tests own endpoint key').toString('base64');
const started: { host: OwnHost; mail: LocalEmailServer }[] = [];
afterEach(async () => {
  for (const { host, mail } of started.splice(0)) {
    await host.stop();
    await mail.stop();
  }
});

async function outboxStack(
  options: { wrapStore?: (store: DocumentStore) => DocumentStore; faults?: boolean } = {},
) {
  const mail = await startEmailServer({ port: 0, accessKey: ACCESS_KEY });
  const host = await startOwnHost({
    settings: { ACS_CONNECTION_STRING: mail.connectionString },
    ...(options.wrapStore ? { wrapStore: options.wrapStore } : {}),
    ...(options.faults ? { faults: true } : {}),
  });
  started.push({ host, mail });
  return { host, mail, queue: queueOf(host) };
}

function queueOf(own: OwnHost): QueueClient {
  return QueueServiceClient.fromConnectionString(
    own.settings['AzureWebJobsStorage'] as string,
  ).getQueueClient(own.settings['NOTIFICATIONS_QUEUE'] as string);
}

/** Takes every message off the queue (a delivery each, run by the test). */
async function takeMessages(queue: QueueClient): Promise<NotificationMessage[]> {
  const taken: NotificationMessage[] = [];
  for (;;) {
    const { receivedMessageItems } = await queue.receiveMessages({ numberOfMessages: 32 });
    if (receivedMessageItems.length === 0) return taken;
    for (const item of receivedMessageItems) {
      taken.push(JSON.parse(Buffer.from(item.messageText, 'base64').toString('utf8')) as NotificationMessage);
      await queue.deleteMessage(item.messageId, item.popReceipt);
    }
  }
}

/** Delivers each message to notification-send; a delivery that throws is one the queue would repeat. */
async function deliver(host: OwnHost, messages: NotificationMessage[]): Promise<number> {
  let thrown = 0;
  for (const message of messages)
    await host.host.invoke('notification-send', message).catch(() => {
      thrown += 1;
    });
  return thrown;
}

/** The sweep, then every message it queued delivered: what an hour of the timers does, by hand. */
async function sweepAndDeliver(host: OwnHost, queue: QueueClient): Promise<number> {
  await host.host.invoke('notification-sweep');
  const messages = await takeMessages(queue);
  await deliver(host, messages);
  return messages.length;
}

function sendsOf(mail: LocalEmailServer, notificationId: string) {
  return mail.received().filter((m) => m.headers['x-keycard-notification-id'] === notificationId);
}

async function stored(host: OwnHost, tenantId: string, id: string): Promise<Notification> {
  const found = await host.runtime.deps.repos.notifications.get(tenantId, id);
  if (!found) throw new Error(`no notification ${id}`);
  return found.value;
}

function draft(tenantId: string, id: string) {
  return {
    id,
    tenantId,
    type: 'welcome_admin' as const,
    recipients: ['someone@contoso.example'],
    content: { subject: id, plainText: `text of ${id}`, html: `<p>${id}</p>` },
  };
}

describe('the email outbox: never twice', () => {
  it('when the send succeeds but writing "sent" fails, then the redelivered message sends nothing again: the service is asked, and it has the email', async () => {
    let faults: FaultInjectingStore | undefined;
    const { host, mail, queue } = await outboxStack({
      wrapStore: (store) => (faults = new FaultInjectingStore(store)),
    });
    const tenantId = crypto.randomUUID();
    const id = `outbox:${tenantId}:sent-write-fails`;
    await queueNotification(host.runtime.deps, draft(tenantId, id));
    const [message] = await takeMessages(queue);

    // Writes of this delivery: 1 the claim, 2 "sent". The second fails, as a store that fails does.
    faults?.arm(2);
    expect(await deliver(host, [message as NotificationMessage])).toBe(1);
    faults?.arm(null);
    expect(sendsOf(mail, id)).toHaveLength(1);

    // The queue delivers it again: the claim still holds, so nothing is sent.
    await deliver(host, [message as NotificationMessage]);
    expect(sendsOf(mail, id)).toHaveLength(1);
    expect(await stored(host, tenantId, id)).toMatchObject({ status: 'pending', attempts: 1 });

    // Once the claim lapses the sweep queues it; the sender asks the service, which has it.
    host.clock.advance(LEASE_SECONDS * 1000 + 1000);
    const lookupsBefore = mail.stats().statusLookups;
    expect(await sweepAndDeliver(host, queue)).toBe(1);
    expect(mail.stats().statusLookups).toBeGreaterThan(lookupsBefore);
    expect(sendsOf(mail, id)).toHaveLength(1);
    expect(await stored(host, tenantId, id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('when a notification is announced again and again, and its messages are delivered at once, then one message is queued and one send reaches the service', async () => {
    const { host, mail, queue } = await outboxStack();
    const tenantId = crypto.randomUUID();
    const id = `outbox:${tenantId}:announced-eight-times`;
    // As eight repeated requests or concurrent timer runs announce the same fact.
    for (let i = 0; i < 8; i += 1) await queueNotification(host.runtime.deps, draft(tenantId, id));
    const messages = await takeMessages(queue);
    expect(messages).toHaveLength(1);

    // The same message delivered five times at once (a sweep racing the original, say).
    const message = messages[0] as NotificationMessage;
    await Promise.all(Array.from({ length: 5 }, () => deliver(host, [message])));
    expect(sendsOf(mail, id)).toHaveLength(1);
    expect(await stored(host, tenantId, id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('when the lifecycle timers run five times at once past day 120, then every email they announce reaches the service exactly once', async () => {
    const { host, mail, queue } = await outboxStack();
    const made = await Promise.all(
      Array.from({ length: 3 }, () => buildTenant({ baseUrl: host.apiBaseUrl, terms: { termMonths: 1 } })),
    );
    await deliver(host, await takeMessages(queue));
    host.clock.advance(160 * 86_400_000);
    await Promise.all(
      Array.from({ length: 5 }, () =>
        Promise.all([
          host.host.invoke('subscription-lifecycle').catch(() => undefined),
          host.host.invoke('renewal-notices').catch(() => undefined),
        ]),
      ),
    );
    const messages = await takeMessages(queue);
    await Promise.all([deliver(host, messages), deliver(host, messages)]);
    for (let round = 0; round < 3; round += 1) {
      host.clock.advance(LEASE_SECONDS * 1000 + 60_000);
      await sweepAndDeliver(host, queue);
    }
    const sends = mail
      .received()
      .filter((m) => made.some((t) => m.headers['x-keycard-notification-id']?.includes(t.subscriptionId)));
    const perNotification = new Map<string, number>();
    for (const sent of sends) {
      const key = sent.headers['x-keycard-notification-id'] as string;
      perNotification.set(key, (perNotification.get(key) ?? 0) + 1);
    }
    // Expired, disabled and deleted for each subscription, each to the admins and to the Partner of
    // Record: each one email.
    expect(perNotification.size).toBe(18);
    expect([...perNotification.entries()].filter(([, count]) => count !== 1)).toEqual([]);
  });
});

describe('the email outbox: never lost', () => {
  it('when the email service is down for ten minutes, then each email is tried on the schedule kept in the store and, once it is back, delivered exactly once', async () => {
    const { host, mail, queue } = await outboxStack({ faults: true });
    const email = host.faults.get('email');
    if (!email) throw new Error('no email proxy');
    const tenantId = crypto.randomUUID();
    const ids = Array.from({ length: 4 }, (_, i) => `outbox:${tenantId}:outage-${i}`);
    await email.set({ outage: 'refuse' });
    for (const id of ids) await queueNotification(host.runtime.deps, draft(tenantId, id));
    await deliver(host, await takeMessages(queue));

    // Ten minutes of outage, the sweep running every five minutes as its schedule says: the first
    // retry comes five minutes after the first attempt, the next is due fifteen minutes after that.
    let secondAttemptAt = 0;
    for (let minute = 5; minute <= 10; minute += 5) {
      host.clock.advance(5 * 60_000);
      if (minute === 5) secondAttemptAt = host.clock.now().getTime();
      await sweepAndDeliver(host, queue);
    }
    for (const id of ids) {
      const notification = await stored(host, tenantId, id);
      expect(notification).toMatchObject({ status: 'pending', attempts: 2 });
      // The stack's clock runs on from where the test read it: within a minute of the schedule.
      const due = Date.parse(notification.notBefore as string);
      const scheduled = secondAttemptAt + (RETRY_AFTER_MINUTES[1] as number) * 60_000;
      expect(due).toBeGreaterThanOrEqual(scheduled);
      expect(due).toBeLessThan(scheduled + 60_000);
    }
    expect(sendsOf(mail, ids[0] as string)).toEqual([]);

    await email.set({ outage: 'none' });
    for (let minute = 0; minute <= 30; minute += 5) {
      host.clock.advance(5 * 60_000);
      await sweepAndDeliver(host, queue);
    }
    for (const id of ids) {
      expect(sendsOf(mail, id), id).toHaveLength(1);
      expect(await stored(host, tenantId, id)).toMatchObject({ status: 'sent', attempts: 3 });
    }
  });

  it('when the service refuses a send (4xx), then the next attempt sends without asking; when it fails with a 503, the next asks first', async () => {
    const { host, mail, queue } = await outboxStack();
    const tenantId = crypto.randomUUID();
    for (const [status, asks] of [
      [400, false],
      [503, true],
    ] as const) {
      const id = `outbox:${tenantId}:failed-with-${status}`;
      mail.failNext(1, status);
      await queueNotification(host.runtime.deps, draft(tenantId, id));
      await deliver(host, await takeMessages(queue));
      expect(await stored(host, tenantId, id)).toMatchObject({ status: 'pending', attempts: 1 });
      const lookups = mail.stats().statusLookups;
      host.clock.advance((RETRY_AFTER_MINUTES[0] as number) * 60_000 + 1000);
      expect(await sweepAndDeliver(host, queue)).toBe(1);
      // The SDK's own poll after the 202 is one look-up; asking before the send is another.
      expect(mail.stats().statusLookups - lookups, `after ${status}`).toBe(asks ? 2 : 1);
      expect(sendsOf(mail, id)).toHaveLength(1);
      expect(await stored(host, tenantId, id)).toMatchObject({ status: 'sent', attempts: 2 });
    }
  });

  it('when every attempt fails, then it is failed after the last, and resend sends it again once, with its attempts starting over', async () => {
    const { host, mail, queue } = await outboxStack();
    const made = await buildTenant({ baseUrl: host.apiBaseUrl });
    const id = `welcome_admin:${made.adminUserId}`;
    await takeMessages(queue);
    mail.failNext(MAX_SEND_ATTEMPTS, 503);
    await host.host.invoke('notification-send', { tenantId: made.tenantId, notificationId: id });
    for (const gap of RETRY_AFTER_MINUTES) {
      host.clock.advance(gap * 60_000);
      expect(await sweepAndDeliver(host, queue)).toBe(1);
    }
    const failed = await stored(host, made.tenantId, id);
    expect(failed).toMatchObject({ status: 'failed', attempts: MAX_SEND_ATTEMPTS, notBefore: null });
    expect(sendsOf(mail, id)).toEqual([]);
    // Nothing more happens by itself.
    host.clock.advance(7 * 86_400_000);
    expect(await sweepAndDeliver(host, queue)).toBe(0);

    // The partner, who may read the list, sends it again; the token it carries is never shown.
    const path = `/tenants/${made.tenantId}/notifications/${encodeURIComponent(id)}/resend`;
    const resend = await call('POST', path, { token: made.partner.token, baseUrl: host.apiBaseUrl });
    expect(resend.status).toBe(202);
    expect(resend.text).toBe('');
    const again = await call('POST', path, { token: made.partner.token, baseUrl: host.apiBaseUrl });
    expectProblem(again, 409, 'notification_not_failed');
    await deliver(host, await takeMessages(queue));
    expect(sendsOf(mail, id)).toHaveLength(1);
    expect(await stored(host, made.tenantId, id)).toMatchObject({ status: 'sent', attempts: 1, resends: 1 });
    const listed = await call('GET', `/tenants/${made.tenantId}/notifications`, {
      token: made.partner.token,
      baseUrl: host.apiBaseUrl,
    });
    expect(listed.body.items.find((n: { id: string }) => n.id === id)).toMatchObject({ status: 'sent' });
    expectProblem(
      await call('POST', path, { token: made.partner.token, baseUrl: host.apiBaseUrl }),
      409,
      'notification_not_failed',
    );
  });
});
