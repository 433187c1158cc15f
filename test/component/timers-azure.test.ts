import { afterEach, describe, expect, it } from 'vitest';
import { seedSubscriptions } from '../../bench/seed-subscriptions';
import { startOwnHost, type OwnHost } from '../support/own-host';

/**
 * The timers against the store as Azure's gateway answers it (dev/cosmos-gateway): cross-partition
 * queries that need the SDK's pipeline are refused with 400/1004 there, and on that path
 * `@azure/cosmos` 4.9 gives `resources: undefined` for an empty page and no continuation token. With
 * one partition key range (a new serverless container) and with four (merges across ranges), each
 * timer runs with nothing due, and drains everything due in one run.
 */
let own: OwnHost | undefined;
afterEach(async () => {
  await own?.stop();
  own = undefined;
});

const TIMERS = [
  'renewal-notices',
  'subscription-lifecycle',
  'notification-sweep',
  'redemption-cleanup',
  'key-batch-cleanup',
  'events-purge',
  'webhook-sweep',
];

async function due(host: OwnHost, field: 'nextNoticeAt' | 'nextEventAt'): Promise<number> {
  const now = host.clock.now().toISOString();
  const subscriptions = (await host.dump())['subscriptions'] ?? [];
  return subscriptions.filter((s) => typeof s[field] === 'string' && (s[field] as string) <= now).length;
}

for (const ranges of [1, 4]) {
  describe(`the timers, on a store of ${ranges} partition key range${ranges > 1 ? 's' : ''}`, () => {
    it('when nothing is due, then every timer runs and does nothing', async () => {
      const logged: string[] = [];
      own = await startOwnHost({ cosmosGateway: { ranges }, log: (line) => logged.push(line) });
      for (const timer of TIMERS) await own.host.invoke(timer);
      // No run failed (the host logs `[name] failed: …`), and each said what it did: nothing.
      expect(logged.filter((line) => /^\[[\w-]+\] failed/.test(line))).toEqual([]);
      for (const timer of TIMERS)
        expect(
          logged.some((line) => line.includes(`${timer}: 0 `)),
          timer,
        ).toBe(true);
    });

    it('when 150 subscriptions are due for a notice and 150 have ended, then one run of each timer handles every one of them', async () => {
      own = await startOwnHost({ cosmosGateway: { ranges } });
      // More than one page of the sweeps (100 a page, shared/app/lifecycle.ts), so a run must follow
      // the continuation; a third page proves nothing a second does not. 100 more are not due.
      const seeded = await seedSubscriptions(own.runtime.store, {
        total: 400,
        due: 150,
        now: own.clock.now(),
      });
      expect(seeded.noticeDue).toHaveLength(150);
      expect(await due(own, 'nextEventAt')).toBe(150);
      await own.host.invoke('subscription-lifecycle');
      expect(await due(own, 'nextEventAt')).toBe(0);
      await own.host.invoke('renewal-notices');
      expect(await due(own, 'nextNoticeAt')).toBe(0);
      // Each told to its admins and to its Partner of Record: two notifications a subscription.
      const notifications = (await own.dump())['notifications'] ?? [];
      expect(notifications.filter((n) => n['type'] === 'renewal_notice')).toHaveLength(300);
      expect(notifications.filter((n) => n['type'] === 'subscription_expired')).toHaveLength(300);
    });
  });
}
