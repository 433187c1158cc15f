import { randomBytes, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { createCosmosClient } from '../shared/adapters/cosmos/client';
import { loadConfig } from '../shared/config';
import { dumpDatabase } from '../dev/cosmos-server';
import { apiClient, type ApiResponse } from '../dev/api-client';
import type { ReceivedMail } from '../dev/received-mail';
import { startStackProcess, type StackProcess } from './stack-process';
import { checkInvariants, type Dump } from './soak-invariants';
import { checkWebhooks, type WebhookDump } from './soak-webhooks';
import type { ReceivedWebhook } from '../dev/webhook-receiver';

/**
 * The soak: `npm run soak -- --minutes N --faults P`. 50 simulated partners use the service as
 * partners and their customers do (redeem, create tenants, add and remove users, add seats, renew,
 * switch to direct billing, offer delegation and answer it, change Partner of Record, abandon a
 * wizard), against `npm start` with P% of the requests to Cosmos DB, the queue and the email
 * endpoint failing, while the local clock runs about 400 days forward and every timer runs. Then the
 * faults stop, the stack settles, and the whole store is checked (soak-invariants.ts). It prints the
 * counts and exits 1 on any violation, including any 5xx other than a 503 with Retry-After.
 *
 * Clients behave as docs/failures.md asks: a 503 is retried after Retry-After (capped at 1 s here, where
 * days pass in seconds) with the same Idempotency-Key, and so is a 409 request_in_progress.
 */
const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '1' },
    faults: { type: 'string', default: '0' },
    partners: { type: 'string', default: '50' },
  },
});
const MINUTES = Number(values.minutes);
const FAULT_PERCENT = Number(values.faults);
const PARTNERS = Number(values.partners);
/** How far the clock runs in a soak: past a full term, its grace, and the deletion of what lapsed. */
const SIMULATED_DAYS = 400;
const CLOCK_TICK_MS = 3_000;

interface Counts {
  requests: number;
  byOutcome: Map<string, number>;
  retried503: number;
  gaveUp: number;
  violations: string[];
}
const counts: Counts = { requests: 0, byOutcome: new Map(), retried503: 0, gaveUp: 0, violations: [] };
const actions = new Map<string, number>();
const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

interface SimTenant {
  tenantId: string;
  subscriptionId: string;
  adminUserId: string;
  adminToken: string | null;
  users: string[];
}
interface SimPartner {
  token: string;
  partnerId: string;
  tenants: SimTenant[];
}

/** Answers are read loosely here: their shapes are the contract tests' business. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type Answer = ApiResponse<any>;

let stack: StackProcess;
let operator: string;

/** One call as a careful client makes it: same Idempotency-Key on every retry of a POST. */
async function request(
  method: string,
  path: string,
  options: { token?: string | null; body?: unknown } = {},
): Promise<Answer> {
  const headers: Record<string, string> = method === 'POST' ? { 'idempotency-key': randomUUID() } : {};
  for (let attempt = 1; ; attempt += 1) {
    const response: Answer = await apiClient(stack.apiBaseUrl).call(method, path, { ...options, headers });
    counts.requests += 1;
    const code = (response.body as { code?: string } | undefined)?.code;
    count(counts.byOutcome, `${response.status}${code ? ` ${code}` : ''}`);
    const retryAfter = Number(response.headers.get('retry-after'));
    const retryable =
      (response.status === 503 && Number.isFinite(retryAfter) && retryAfter > 0) ||
      (response.status === 409 && code === 'request_in_progress');
    if (response.status >= 500 && !retryable) {
      counts.violations.push(
        `${method} ${path} answered ${response.status}: ${response.text.slice(0, 300)}${stackLogOf(response.text)}`,
      );
      return response;
    }
    if (response.status === 400 && (code === 'validation_failed' || code === 'invalid_json')) {
      // The soak sends only well-formed requests: a 400 is a defect of the soak or of the contract.
      counts.violations.push(`${method} ${path} answered 400 ${code}: ${response.text.slice(0, 300)}`);
    }
    if (!retryable) return response;
    if (attempt >= 60) {
      // A client that followed Retry-After for a minute and never got through: a defect.
      counts.gaveUp += 1;
      counts.violations.push(
        `${method} ${path} still answered ${response.status} ${code} after ${attempt} tries`,
      );
      return response;
    }
    if (response.status === 503) counts.retried503 += 1;
    await sleep(Math.min(retryAfter * 1000 || 1_000, 1_000));
  }
}

/** The local inbox, read at most every half second, by notification id. */
let mailIndex = new Map<string, ReceivedMail[]>();
let mailReadAt = 0;
async function mailFor(notificationId: string): Promise<ReceivedMail | undefined> {
  if (Date.now() - mailReadAt > 500) {
    mailReadAt = Date.now();
    const mails = (await (await fetch(`${stack.url}/admin/mail`)).json()) as ReceivedMail[];
    const index = new Map<string, ReceivedMail[]>();
    for (const mail of mails) {
      const id = mail.headers['x-keycard-notification-id'] ?? '';
      index.set(id, [...(index.get(id) ?? []), mail]);
    }
    mailIndex = index;
  }
  return mailIndex.get(notificationId)?.[0];
}

const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)] as T;

async function mint(count: number): Promise<string[]> {
  const response = await request('POST', '/product-key-batches', {
    token: operator,
    body: { sku: 'BUSINESS_BASIC', seatsPerKey: 5, termMonths: 12, count },
  });
  return response.status === 201 ? (response.body.keys as string[]) : [];
}

/** The wizard: open, add keys, confirm. Null when any step was refused. */
async function redeem(partner: SimPartner, keyCount: number, confirm = true): Promise<string | null> {
  const keys = await mint(keyCount);
  if (keys.length === 0) return null;
  const opened = await request('POST', '/redemptions', { token: partner.token, body: { attestation: true } });
  if (opened.status !== 201) return null;
  const id = opened.body.id as string;
  for (const key of keys) {
    const added = await request('POST', `/redemptions/${id}/keys`, { token: partner.token, body: { key } });
    if (added.status !== 201) return null;
  }
  if (!confirm) return null;
  const confirmed = await request('POST', `/redemptions/${id}/confirm`, { token: partner.token });
  return confirmed.status === 200 ? id : null;
}

async function createTenant(partner: SimPartner): Promise<void> {
  const id = await redeem(partner, 1 + Math.floor(Math.random() * 2));
  if (!id) return;
  const suffix = randomBytes(5).toString('hex');
  const created = await request('POST', `/redemptions/${id}/complete`, {
    token: partner.token,
    body: {
      action: 'create_tenant',
      partnerOfRecord: true,
      delegatedAdministration: Math.random() < 0.3,
      tenant: {
        organizationName: `Soak ${suffix}`,
        countryCode: pick(['IT', 'DE', 'FR', 'US', 'GB']),
        domainPrefix: `soak${suffix}`,
        admin: { firstName: 'Ada', lastName: 'Soak', email: `admin.${suffix}@soak.example` },
      },
    },
  });
  if (created.status !== 201) return;
  partner.tenants.push({
    tenantId: created.body.tenant.id,
    subscriptionId: created.body.subscription.id,
    adminUserId: created.body.adminUser.id,
    adminToken: null,
    users: [],
  });
}

async function adminTokenOf(tenant: SimTenant): Promise<string | null> {
  if (!tenant.adminToken) {
    const mail = await mailFor(`welcome_admin:${tenant.adminUserId}`);
    tenant.adminToken = /kca_[A-Za-z0-9_-]{43}/.exec(mail?.plainText ?? '')?.[0] ?? null;
  }
  return tenant.adminToken;
}

async function addUser(_: SimPartner, tenant: SimTenant): Promise<void> {
  const token = await adminTokenOf(tenant);
  if (!token) return;
  const added = await request('POST', `/tenants/${tenant.tenantId}/users`, {
    token,
    body: { firstName: 'Bo', lastName: 'Soak', userName: `u${randomBytes(4).toString('hex')}` },
  });
  if (added.status === 201) tenant.users.push(added.body.id as string);
}

async function removeUser(_: SimPartner, tenant: SimTenant): Promise<void> {
  const token = await adminTokenOf(tenant);
  const userId = tenant.users.pop();
  if (!token || !userId) return;
  await request('DELETE', `/tenants/${tenant.tenantId}/users/${userId}`, { token });
}

async function applyKeys(partner: SimPartner, tenant: SimTenant, action: 'renew' | 'add_seats') {
  const id = await redeem(partner, 1);
  if (!id) return;
  await request('POST', `/redemptions/${id}/complete`, {
    token: partner.token,
    body: { action, subscriptionId: tenant.subscriptionId },
  });
}

async function switchToDirect(_: SimPartner, tenant: SimTenant): Promise<void> {
  const token = await adminTokenOf(tenant);
  if (!token) return;
  const moved = await request('POST', `/subscriptions/${tenant.subscriptionId}/direct-billing`, {
    token,
    body: { forfeitPrepaidDays: true },
  });
  if (moved.status === 201) tenant.subscriptionId = moved.body.subscription.id as string;
}

async function offerDelegation(partner: SimPartner, tenant: SimTenant): Promise<void> {
  const offered = await request('POST', `/tenants/${tenant.tenantId}/delegation-offers`, {
    token: partner.token,
    body: { message: 'We would look after your licenses.\nFabrikam' },
  });
  if (offered.status !== 201) return;
  await sleep(300);
  const mail = await mailFor(`delegation_offer:${offered.body.id}`);
  // The token is in the link's fragment; the page sends it in a POST body.
  const token = /\/offers#(kco_[A-Za-z0-9_-]{43})/.exec(mail?.plainText ?? '')?.[1];
  if (token)
    await request('POST', `/offers/${Math.random() < 0.7 ? 'accept' : 'decline'}`, { body: { token } });
}

let everyone: SimPartner[] = [];
async function changePartnerOfRecord(_: SimPartner, tenant: SimTenant): Promise<void> {
  const token = await adminTokenOf(tenant);
  const next = pick(everyone);
  if (!token) return;
  const changed = await request('PUT', `/subscriptions/${tenant.subscriptionId}/partner-of-record`, {
    token,
    body: { partnerId: next.partnerId },
  });
  if (changed.status === 200 && !next.tenants.includes(tenant)) next.tenants.push(tenant);
}

async function abandonWizard(partner: SimPartner): Promise<void> {
  await redeem(partner, 1, false);
}

const ON_A_TENANT: [string, number, (p: SimPartner, t: SimTenant) => Promise<void>][] = [
  ['add user', 30, addUser],
  ['remove user', 12, removeUser],
  ['add seats', 10, (p, t) => applyKeys(p, t, 'add_seats')],
  ['renew', 10, (p, t) => applyKeys(p, t, 'renew')],
  ['offer delegation', 8, offerDelegation],
  ['change POR', 5, changePartnerOfRecord],
  ['direct billing', 3, switchToDirect],
];
const WEIGHT = ON_A_TENANT.reduce((sum, [, weight]) => sum + weight, 0);

async function actAsPartner(partner: SimPartner, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    const roll = Math.random();
    try {
      if (partner.tenants.length === 0 || roll < 0.12) {
        count(actions, 'create tenant');
        await createTenant(partner);
      } else if (roll < 0.15) {
        count(actions, 'abandon wizard');
        await abandonWizard(partner);
      } else {
        let ticket = Math.random() * WEIGHT;
        const [name, , act] = ON_A_TENANT.find(([, weight]) => (ticket -= weight) < 0) ?? ON_A_TENANT[0]!;
        count(actions, name);
        await act(partner, pick(partner.tenants));
      }
    } catch (error) {
      counts.violations.push(`client error: ${(error as Error).message}`);
    }
  }
}

/** What the stack logged about a failed request (its id is in the problem's `instance`), to act on. */
function stackLogOf(problem: string): string {
  const requestId = /urn:keycard:request:([0-9a-f-]+)/.exec(problem)?.[1];
  if (!requestId) return '';
  const log = stack.logs();
  const at = log.indexOf(requestId);
  return at < 0 ? ' (not in the stack log)' : `\n    stack log: ${log.slice(at, at + 1_500)}`;
}

async function moveClock(body: object): Promise<void> {
  const moved = await fetch(`${stack.url}/admin/clock`, { method: 'POST', body: JSON.stringify(body) });
  if (moved.status !== 200) counts.violations.push(`clock move answered ${moved.status}`);
}

/**
 * The clock runs in step with real time, SIMULATED_DAYS over the soak: each move covers the days
 * due since the last one (a move runs every past-due timer first, which takes longer under load).
 */
async function runClock(began: number, deadline: number): Promise<number> {
  let moved = 0;
  while (Date.now() + CLOCK_TICK_MS < deadline) {
    await sleep(CLOCK_TICK_MS);
    const due = Math.floor((SIMULATED_DAYS * (Date.now() - began)) / (deadline - began)) - moved;
    if (due < 1) continue;
    await moveClock({ advanceDays: due });
    moved += due;
  }
  return moved;
}

async function setFaults(percent: number): Promise<void> {
  const set = await fetch(`${stack.url}/admin/faults`, {
    method: 'POST',
    body: JSON.stringify({ all: { failRate: percent / 100 } }),
  });
  if (set.status !== 200) throw new Error(`faults not set: ${set.status} ${await set.text()}`);
}

async function dump(): Promise<Dump> {
  const config = loadConfig(stack.settings);
  const client = createCosmosClient(config);
  try {
    return (await dumpDatabase(client, config.COSMOS_DATABASE)) as unknown as Dump;
  } finally {
    client.dispose();
  }
}

/**
 * Faults off, then timers and the sweep until the outbox is empty. Bounded by more than the queue
 * listener's network timeout (100 s, Azure.Core's default, which the local host keeps): a receive
 * that met a black-holed queue just before the faults stopped waits that long before polling again,
 * in Azure as here.
 */
const SETTLE_MS = 150_000;

/** How the settle ended: in how long, and what was still under way if it gave up. */
async function settle(): Promise<string> {
  const began = Date.now();
  await setFaults(0);
  await moveClock({ advanceDays: 1 });
  const until = Date.now() + SETTLE_MS;
  let round = 0;
  let left = '';
  while (Date.now() < until) {
    await sleep(2_000);
    const stored = (await dump()) as Dump & WebhookDump;
    const pending = (stored.notifications ?? []).filter((n) => n.status === 'pending');
    const deliveries = (stored.webhookDeliveries ?? []).filter((d) => d.status === 'pending');
    // A completion whose request never came back is finished by redemption-cleanup (its events and
    // their deliveries with it): the store is checked once none is left under way.
    const completing = (stored.redemptions ?? []).filter((r) => r.completion && r.status !== 'completed');
    // An event whose deliveries its request did not plan: webhook-sweep plans it a minute after.
    const unplanned = (stored.events ?? []).filter((e) => e.plannedAt === null);
    const waiting = pending.length + deliveries.length + completing.length + unplanned.length;
    if (waiting === 0) return `settled in ${Math.round((Date.now() - began) / 1000)} s`;
    left = [
      `${pending.length} email(s) pending`,
      `${deliveries.length} delivery(ies) pending`,
      `${completing.length} completion(s) under way ${completing
        .slice(0, 3)
        .map((r) => `${r.id} (${r.status}, cleanupAt ${String(r.cleanupAt)})`)
        .join(', ')}`,
      `${unplanned.length} event(s) unplanned`,
    ].join('; ');
    // The sweeps queue again what is pending after 10 minutes, and a retry when its time has come
    // (notBefore, nextAttemptAt): now and then, move past both.
    if ((round += 1) % 5 === 0) {
      const { now } = (await (await fetch(`${stack.url}/admin/clock`)).json()) as { now: string };
      const waits = [
        ...pending.map((n) => (n.notBefore ? Date.parse(n.notBefore) : 0)),
        ...deliveries.map((d) => (d.nextAttemptAt ? Date.parse(d.nextAttemptAt) : 0)),
      ];
      const untilDue = waits.length === 0 ? 0 : Math.max(0, Math.min(...waits) - Date.parse(now));
      await moveClock({ advanceDays: Math.max(11 * 60_000, untilDue + 60_000) / 86_400_000 });
    }
  }
  return `gave up after ${SETTLE_MS / 1000} s: ${left}`;
}

/**
 * Each partner's webhook endpoint, on the stack's local receiver: every fourth wants three types only,
 * every third partner's receiver fails every fifth request (20 % of deliveries fail, and are retried).
 */
async function subscribeWebhooks(token: string, i: number): Promise<void> {
  const name = `soak-${i}`;
  const created = await request('POST', '/webhook-endpoints', {
    token,
    body: {
      url: `${stack.url}/admin/webhooks/receive/${name}`,
      description: `Soak partner ${i}`,
      ...(i % 4 === 1
        ? { eventTypes: ['subscription.created', 'subscription.renewed', 'redemption.completed'] }
        : {}),
    },
  });
  if (created.status !== 201) throw new Error(`webhook endpoint not created: ${created.text}`);
  if (i % 3 === 0) {
    const failing = await fetch(`${stack.url}/admin/webhooks/behaviour`, {
      method: 'POST',
      body: JSON.stringify({ name, failEvery: 5 }),
    });
    if (failing.status !== 200) throw new Error(`receiver behaviour not set: ${await failing.text()}`);
  }
}

async function main(): Promise<void> {
  // Partners are onboarded before the faults start: the operator registers each once, by hand.
  stack = await startStackProcess(['--faults', '0', '--cosmos-ranges', '4'], { quiet: false });
  operator = stack.settings['OPERATOR_TOKEN'] as string;
  try {
    everyone = await Promise.all(
      Array.from({ length: PARTNERS }, async (_, i) => {
        const registered = await request('POST', '/partners', {
          token: operator,
          body: {
            name: `Soak Partner ${i}`,
            partnerId: String(7_100_000 + i),
            email: `partner${i}@soak.example`,
            cloudEssentials: i % 5 !== 0,
          },
        });
        if (registered.status !== 201) throw new Error(`partner not registered: ${registered.text}`);
        await subscribeWebhooks(registered.body.token as string, i);
        return { token: registered.body.token, partnerId: registered.body.partnerId, tenants: [] };
      }),
    );
    await setFaults(FAULT_PERCENT);
    const began = Date.now();
    const deadline = began + MINUTES * 60_000;
    const [daysMoved] = await Promise.all([
      runClock(began, deadline),
      ...everyone.map((partner) => actAsPartner(partner, deadline)),
    ]);
    const settled = await settle();
    const { now } = (await (await fetch(`${stack.url}/admin/clock`)).json()) as { now: string };
    const mails = (await (await fetch(`${stack.url}/admin/mail`)).json()) as ReceivedMail[];
    const config = loadConfig(stack.settings);
    const policy = {
      graceDays: config.GRACE_DAYS,
      retentionDays: config.RETENTION_DAYS,
      noticeDays: config.NOTICE_DAYS,
    };
    const stored = (await dump()) as Dump & WebhookDump;
    const report = checkInvariants(stored, mails, new Date(now), policy);
    counts.violations.push(...report.violations);
    const { received } = (await (await fetch(`${stack.url}/admin/webhooks`)).json()) as {
      received: ReceivedWebhook[];
    };
    const webhooks = checkWebhooks(stored, received);
    counts.violations.push(...webhooks.violations);
    const secrets = stack.secretsSeen();
    if (secrets > 0)
      counts.violations.push(
        `${secrets} secret(s) (whsec_, kcp_, kca_, kco_) in the stack's logs: ${stack.secretsWhere().join(' || ')}`,
      );

    console.log(`Soak: ${MINUTES} min, ${PARTNERS} partners, ${FAULT_PERCENT}% injected failures`);
    console.log(
      `  clock moved      ${daysMoved} days (then settled), ${Math.round((Date.now() - began) / 1000)} s`,
    );
    console.log(`  settle           ${settled}`);
    console.log(`  actions          ${[...actions].map(([name, n]) => `${name} ${n}`).join(', ')}`);
    console.log(
      `  requests         ${counts.requests} (503 retried ${counts.retried503}, given up ${counts.gaveUp})`,
    );
    const outcomes = [...counts.byOutcome].sort((a, b) => b[1] - a[1]);
    console.log(`  answers          ${outcomes.map(([key, n]) => `${key}: ${n}`).join(', ')}`);
    for (const [name, value] of Object.entries({ ...report.counts, ...webhooks.counts }))
      console.log(`  ${name.padEnd(16)} ${value}`);
    console.log(`  secrets in logs  ${secrets}`);
    const strayAborts = stack.strayAborts();
    console.log(`  stray aborts     ${strayAborts} (SDK AbortErrors absorbed, shared/stray-aborts.ts)`);
    if (counts.violations.length > 0) {
      console.log(`\n${counts.violations.length} violation(s):`);
      for (const violation of counts.violations.slice(0, 50)) console.log(`  - ${violation}`);
      process.exitCode = 1;
    } else {
      console.log('\nNo violation.');
    }
  } catch (error) {
    if (!stack.running()) console.error(`npm start ended during the soak:\n${stack.errors()}`);
    throw error;
  } finally {
    if (stack.running()) await stack.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
