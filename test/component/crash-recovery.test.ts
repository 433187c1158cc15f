import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { asOperator, buildPartner, call, mintKeys, uniqueProgramId, type TestPartner } from '../support/api';
import { FaultInjectingStore, type FaultMode } from '../support/faults';
import { startOwnHost, type OwnHost } from '../support/own-host';
import { buildTenant, confirmedRedemption, createTenantBody, type TestTenant } from '../support/tenants';

/**
 * Crash at every step: the store port is wrapped so that its N-th write fails, before or after it
 * reaches the store, for every N of each multi-step operation. After each failure the same request
 * is sent again and must succeed, and the store must hold exactly what one success writes.
 */
let own: OwnHost;
let faults: FaultInjectingStore;
let base: string;
type Doc = Record<string, any>;

beforeAll(async () => {
  own = await startOwnHost({
    wrapStore: (store) => {
      faults = new FaultInjectingStore(store);
      return faults;
    },
  });
  base = own.apiBaseUrl;
});
afterAll(async () => own?.stop());

const MODES: FaultMode[] = ['before', 'after'];

async function post(path: string, token: string, body?: unknown) {
  return call('POST', path, { token, baseUrl: base, ...(body !== undefined ? { body } : {}) });
}

/** Runs `attempt` with the fault armed at write `n`, then again disarmed; returns both answers. */
async function crashThenRetry(n: number, mode: FaultMode, attempt: () => ReturnType<typeof post>) {
  faults.arm(n, mode);
  const failed = await attempt();
  const writes = [...faults.log];
  faults.arm(null);
  const retried = await attempt();
  return { failed, retried, at: `${mode} write ${n} (${writes[n - 1] ?? 'none'})` };
}

/** How many store writes one undisturbed run of `attempt` makes. */
async function writesOf(attempt: () => ReturnType<typeof post>): Promise<number> {
  faults.arm(null);
  const response = await attempt();
  expect(response.status).toBeLessThan(300);
  return faults.writesSinceArmed;
}

async function docs(): Promise<Record<string, Doc[]>> {
  return (await own.dump()) as Record<string, Doc[]>;
}

async function keyDocsOf(redemptionId: string): Promise<Doc[]> {
  return (
    (await docs())['productKeys']?.filter(
      (k) =>
        k['redemption']?.redemptionId === redemptionId || k['reservation']?.redemptionId === redemptionId,
    ) ?? []
  );
}

interface CreateScenario {
  partner: TestPartner;
  redemptionId: string;
  body: ReturnType<typeof createTenantBody>;
}

async function createScenario(): Promise<CreateScenario> {
  const partner = await buildPartner({}, base);
  const redemptionId = await confirmedRedemption(partner, await mintKeys(2, { seatsPerKey: 10 }, base), base);
  return { partner, redemptionId, body: createTenantBody({ partnerOfRecord: true }) };
}

const completeCreate = (s: CreateScenario) => () =>
  post(`/redemptions/${s.redemptionId}/complete`, s.partner.token, s.body);

async function expectOneTenant(s: CreateScenario, response: { body: any }, at: string): Promise<void> {
  const all = await docs();
  const domain = `${s.body.tenant.domainPrefix}.onmicrosoft.com`;
  const tenants = all['tenants']?.filter((t) => t['domain'] === domain) ?? [];
  expect(
    tenants.map((t) => t['id']),
    at,
  ).toEqual([response.body.tenant.id]);
  const tenantId = response.body.tenant.id;
  const subscriptions = all['subscriptions']?.filter((x) => x['tenantId'] === tenantId) ?? [];
  expect(
    subscriptions.map((x) => x['id']),
    at,
  ).toEqual([response.body.subscription.id]);
  expect(subscriptions[0]?.['licenseHolders'], at).toEqual([response.body.adminUser.id]);
  const users = all['users']?.filter((u) => u['tenantId'] === tenantId) ?? [];
  expect(
    users.map((u) => [u['id'], u['roles'], u['status']]),
    at,
  ).toEqual([[response.body.adminUser.id, ['global_administrator'], 'active']]);
  expect(
    all['domainClaims']?.filter((c) => c['id'] === domain).map((c) => c['tenantId']),
    at,
  ).toEqual([tenantId]);
  expect(
    all['tokens']?.filter((t) => t['subjectId'] === response.body.adminUser.id),
    at,
  ).toHaveLength(1);
  expect(
    all['notifications']?.filter((n) => n['tenantId'] === tenantId).map((n) => n['type']),
    at,
  ).toEqual(['welcome_admin']);
  const keys = await keyDocsOf(s.redemptionId);
  expect(
    keys.map((k) => [k['state'], k['redemption']?.subscriptionId]),
    at,
  ).toEqual([
    ['redeemed', response.body.subscription.id],
    ['redeemed', response.body.subscription.id],
  ]);
  const redemption = all['redemptions']?.find((r) => r['id'] === s.redemptionId);
  expect([redemption?.['status'], redemption?.['completion']], at).toEqual(['completed', null]);
}

describe('crash at every store write', () => {
  it('when the write that keeps an answer for its Idempotency-Key fails once, then the client still gets its answer and a retry replays it', async () => {
    const register = (key: string, partnerId: string) =>
      call('POST', '/partners', {
        ...asOperator(base),
        headers: { 'idempotency-key': key },
        body: { name: 'Kept', partnerId, email: 'kept@example.com', cloudEssentials: false },
      });
    faults.arm(null);
    expect((await register(randomUUID(), uniqueProgramId())).status).toBe(201);
    const writes = faults.writesSinceArmed; // the last one keeps the answer
    for (const mode of MODES) {
      const key = randomUUID();
      faults.arm(writes, mode);
      const first = await register(key, uniqueProgramId());
      // Lost or failed, the write is tried again: the partner's token (shown once) reaches the client.
      expect(first.status, `${mode}: ${first.text}`).toBe(201);
      faults.arm(null);
      const again = await register(key, first.body.partnerId);
      expect(again.status).toBe(201);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(again.body.token).toBe(first.body.token);
    }
  });

  it('when complete(create_tenant) fails at any write, then the same request finishes it: one tenant, one subscription, one admin, keys redeemed once', async () => {
    const total = await writesOf(completeCreate(await createScenario()));
    // plan, domain claim, 2 keys, partner link, partner's subscription index, tenant, subscription,
    // its event (subscription.created) and its deliveries marked planned, admin, token, the
    // redemption's event (redemption.completed) and its mark, outbox, completed
    expect(faults.log).toEqual([
      'replace redemptions',
      'create domainClaims',
      'replace productKeys',
      'replace productKeys',
      'create partnerTenants',
      'create partnerSubscriptions',
      'create tenants',
      'create subscriptions',
      'create events',
      'replace events',
      'create users',
      'create tokens',
      'create events',
      'replace events',
      'create notifications',
      'replace redemptions',
    ]);
    for (const mode of MODES) {
      for (let n = 1; n <= total; n += 1) {
        const scenario = await createScenario();
        const { failed, retried, at } = await crashThenRetry(n, mode, completeCreate(scenario));
        expect(failed.status, at).toBe(500);
        expect(retried.status, `${at}: ${retried.text}`).toBe(201);
        await expectOneTenant(scenario, retried, at);
      }
    }
  });

  it('when complete(renew) or complete(add_seats) fails at any write, then the retry applies the keys exactly once', async () => {
    for (const action of ['renew', 'add_seats'] as const) {
      const scenario = async () => {
        const made = await buildTenant({ baseUrl: base });
        const redemptionId = await confirmedRedemption(
          made.partner,
          await mintKeys(2, { seatsPerKey: 10 }, base),
          base,
        );
        return { made, redemptionId };
      };
      const run = (s: { made: TestTenant; redemptionId: string }) => () =>
        post(`/redemptions/${s.redemptionId}/complete`, s.made.partner.token, {
          action,
          subscriptionId: s.made.subscriptionId,
        });
      const total = await writesOf(run(await scenario()));
      expect(total).toBeGreaterThanOrEqual(action === 'renew' ? 5 : 4);
      for (const mode of MODES) {
        for (let n = 1; n <= total; n += 1) {
          const s = await scenario();
          const { failed, retried, at } = await crashThenRetry(n, mode, run(s));
          expect(failed.status, `${action} ${at}`).toBe(500);
          expect(retried.status, `${action} ${at}: ${retried.text}`).toBe(200);
          const all = await docs();
          const subscription = all['subscriptions']?.find((x) => x['id'] === s.made.subscriptionId);
          expect(
            subscription?.['appliedRedemptions'].filter((id: string) => id === s.redemptionId),
            `${action} ${at}`,
          ).toHaveLength(1);
          expect(subscription?.['terms'], `${action} ${at}`).toHaveLength(action === 'renew' ? 2 : 1);
          expect(subscription?.['terms'].at(-1).seats, `${action} ${at}`).toBe(action === 'renew' ? 20 : 45);
          const renewedNotices = all['notifications']?.filter(
            (x) => x['type'] === 'subscription_renewed' && x['subscriptionId'] === s.made.subscriptionId,
          );
          // A renewal is told once to the admins and once to the Partner of Record.
          expect(renewedNotices, `${action} ${at}`).toHaveLength(action === 'renew' ? 2 : 0);
          const keys = await keyDocsOf(s.redemptionId);
          expect(
            keys.map((k) => k['state']),
            `${action} ${at}`,
          ).toEqual(['redeemed', 'redeemed']);
        }
      }
    }
  });

  it('when direct billing fails at any write, then the retry finishes the move: one new subscription with the licenses and POR', async () => {
    const scenario = () => buildTenant({ baseUrl: base, delegatedAdministration: true });
    const run = (made: TestTenant) => () =>
      post(`/subscriptions/${made.subscriptionId}/direct-billing`, made.partner.token, {
        forfeitPrepaidDays: true,
      });
    const total = await writesOf(run(await scenario()));
    // moving, the partners' index entry, the new subscription, the tenant, migrated, the switch's event
    // (the partner's) and its deliveries marked planned, then the switch told to the admins and to the
    // Partner of Record (a notification each)
    expect(total).toBe(9);
    for (const mode of MODES) {
      for (let n = 1; n <= total; n += 1) {
        const made = await scenario();
        const { failed, retried, at } = await crashThenRetry(n, mode, run(made));
        expect(failed.status, at).toBe(500);
        expect(retried.status, `${at}: ${retried.text}`).toBe(201);
        const all = await docs();
        const subscriptions = all['subscriptions']?.filter((x) => x['tenantId'] === made.tenantId) ?? [];
        expect(subscriptions.map((x) => [x['billing'], x['state']]).sort(), at).toEqual([
          ['direct', 'active'],
          ['product_key', 'migrated'],
        ]);
        const direct = subscriptions.find((x) => x['billing'] === 'direct');
        const old = subscriptions.find((x) => x['billing'] === 'product_key');
        expect([direct?.['licenseHolders'], direct?.['partnerOfRecord']], at).toEqual([
          [made.adminUserId],
          made.partner.id,
        ]);
        expect(old?.['licenseHolders'], at).toEqual([]);
        const tenant = all['tenants']?.find((t) => t['id'] === made.tenantId);
        expect(tenant?.['currentSubscriptionId'], at).toBe(direct?.['id']);
        expect(retried.body.subscription.id, at).toBe(direct?.['id']);
        // Told once to each: the admins and the Partner of Record.
        const told = all['notifications']?.filter(
          (x) => x['tenantId'] === made.tenantId && x['type'] === 'switched_to_direct_billing',
        );
        expect(told?.map((x) => x['id']).sort(), at).toEqual(
          [
            `switched_to_direct_billing:${made.subscriptionId}:customer`,
            `switched_to_direct_billing:${made.subscriptionId}:partner:${made.partner.partnerId}`,
          ].sort(),
        );
      }
    }
  });

  it('when a completion crashed and the partner never retries, then the cleanup timer finishes it after five minutes', async () => {
    const scenario = await createScenario();
    faults.arm(5, 'before');
    expect((await completeCreate(scenario)()).status).toBe(500);
    faults.arm(null);
    await own.host.invoke('redemption-cleanup');
    let redemption = await call('GET', `/redemptions/${scenario.redemptionId}`, {
      token: scenario.partner.token,
      baseUrl: base,
    });
    expect(redemption.body.status).toBe('confirmed');
    own.clock.advance(6 * 60_000);
    await own.host.invoke('redemption-cleanup');
    redemption = await call('GET', `/redemptions/${scenario.redemptionId}`, {
      token: scenario.partner.token,
      baseUrl: base,
    });
    expect(redemption.body.status).toBe('completed');
    const retried = await completeCreate(scenario)();
    expect(retried.status).toBe(201);
    await expectOneTenant(scenario, retried, 'timer');
  });
});
