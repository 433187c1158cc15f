import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FaultSettings } from '../../dev/faults';
import { RETRY_AFTER_MINUTES, SWEEP_AFTER_MINUTES } from '../../shared/domain/notification';
import { buildPartner, call, mintKeys, type TestPartner } from '../support/api';
import { startOwnHost, type OwnHost } from '../support/own-host';
import { confirmedRedemption, createTenantBody, mailsFor } from '../support/tenants';

/**
 * The storage queue failing after the work is done. The outbox guarantees the email: the request
 * answers its success (never a 500 that invites a retry of finished work), the notification stays
 * pending, and the sweep queues it again once the queue is back: sent exactly once.
 */
let own: OwnHost;
let partner: TestPartner;

beforeAll(async () => {
  own = await startOwnHost({ faults: true, queues: true });
  partner = await buildPartner({}, own.apiBaseUrl);
});
afterAll(async () => own?.stop());

async function withQueue(faults: Partial<FaultSettings>, run: () => Promise<void>): Promise<void> {
  const queue = own.faults.get('queue');
  if (!queue) throw new Error('no queue proxy');
  await queue.set(faults);
  try {
    await run();
  } finally {
    await queue.set({ outage: 'none', failRate: 0 });
  }
}

async function notificationsOf(tenantId: string) {
  return (await own.dump())['notifications']?.filter((n) => n['tenantId'] === tenantId) ?? [];
}

describe('when the queue fails after the work is written', () => {
  for (const outage of ['refuse', 'blackhole'] as const) {
    it(`when it ${outage === 'refuse' ? 'refuses connections' : 'never answers'}, then complete and an offer answer their success within 10 s, and the sweep sends each email once later`, async () => {
      const base = own.apiBaseUrl;
      const redemptionId = await confirmedRedemption(partner, await mintKeys(1, {}, base), base);
      let tenantId = '';
      await withQueue({ outage }, async () => {
        const began = Date.now();
        const completed = await call('POST', `/redemptions/${redemptionId}/complete`, {
          token: partner.token,
          baseUrl: base,
          body: createTenantBody({ partnerOfRecord: true }),
        });
        expect(completed.status, completed.text).toBe(201);
        tenantId = completed.body.tenant.id;
        const offered = await call('POST', `/tenants/${tenantId}/delegation-offers`, {
          token: partner.token,
          baseUrl: base,
          body: { message: 'May we help?' },
        });
        expect(offered.status, offered.text).toBe(201);
        expect(Date.now() - began).toBeLessThan(10_000);
        expect((await notificationsOf(tenantId)).map((n) => n['status'])).toEqual(['pending', 'pending']);
      });

      own.clock.advance((SWEEP_AFTER_MINUTES + 1) * 60_000);
      await own.host.invoke('notification-sweep');
      await vi.waitFor(
        async () =>
          expect((await notificationsOf(tenantId)).map((n) => n['status'])).toEqual(['sent', 'sent']),
        { timeout: 20_000, interval: 200 },
      );
      await own.host.drainQueues();
      for (const notification of await notificationsOf(tenantId)) {
        expect(notification['attempts']).toBe(1);
        expect(await mailsFor(String(notification['id']))).toHaveLength(1);
      }
    });
  }
});

describe('when the email endpoint never answers', () => {
  it('then a delivery ends within its deadline with the attempt counted, and once the endpoint is back the retry the store schedules sends it once', async () => {
    const base = own.apiBaseUrl;
    const redemptionId = await confirmedRedemption(partner, await mintKeys(1, {}, base), base);
    const email = own.faults.get('email');
    if (!email) throw new Error('no email proxy');
    await email.set({ outage: 'blackhole' });
    let message: { tenantId: string; notificationId: string };
    try {
      const completed = await call('POST', `/redemptions/${redemptionId}/complete`, {
        token: partner.token,
        baseUrl: base,
        body: createTenantBody({ partnerOfRecord: true }),
      });
      expect(completed.status, completed.text).toBe(201);
      const tenantId = completed.body.tenant.id as string;
      const [welcome] = await notificationsOf(tenantId);
      message = { tenantId, notificationId: welcome?.['id'] as string };
      const began = Date.now();
      // Before the deadline, a black-holed send held the invocation (and the queue listener) forever.
      await own.host.invoke('notification-send', message);
      expect(Date.now() - began).toBeLessThan(30_000);
      await vi.waitFor(
        async () => {
          const [pending] = await notificationsOf(tenantId);
          expect(pending).toMatchObject({ status: 'pending', attempts: 1, lease: null });
        },
        { timeout: 30_000, interval: 200 },
      );
    } finally {
      await email.set({ outage: 'none', failRate: 0 });
    }
    // Its retry is in the store: the sweep queues it when it is due, and it is sent once.
    own.clock.advance((RETRY_AFTER_MINUTES[0] as number) * 60_000 + 1_000);
    await own.host.invoke('notification-sweep');
    await vi.waitFor(async () => expect(await mailsFor(message.notificationId)).toHaveLength(1), {
      timeout: 60_000,
      interval: 500,
    });
    await own.host.drainQueues();
    expect(await mailsFor(message.notificationId)).toHaveLength(1);
  });
});
