import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPartner, call, expectProblem, type TestPartner } from '../support/api';
import { startOwnHost, type OwnHost } from '../support/own-host';
import { adminToken, buildTenant, mailFor, mailsFor, type TestTenant } from '../support/tenants';

/**
 * The timer half of the lifecycle over real HTTP, on a host of its own whose clock the tests move:
 * renewal notices at 60/30/7/1 days, expiry, grace, disabled, deletion and purge. Each timer runs
 * twice at the same moment; every email is read back from the local ACS endpoint. The decisions
 * case by case (renewal against each state, an outage, direct billing) are
 * test/usecase/lifecycle.test.ts.
 */
let own: OwnHost;
let base: string;
const DAY = 86_400_000;

beforeAll(async () => {
  own = await startOwnHost({ queues: true });
  base = own.apiBaseUrl;
});
afterAll(async () => own?.stop());

/** Both timers, each run twice at the same moment (an overlapping run, a retry), then the emails out. */
async function runTimers(): Promise<void> {
  await Promise.all([own.host.invoke('renewal-notices'), own.host.invoke('renewal-notices')]);
  await Promise.all([own.host.invoke('subscription-lifecycle'), own.host.invoke('subscription-lifecycle')]);
  await own.host.drainQueues();
}

function moveTo(instant: number): void {
  if (instant > own.clock.now().getTime()) own.clock.set(new Date(instant));
}

const unique = () => randomBytes(4).toString('hex');

interface Customer {
  made: TestTenant;
  por: TestPartner;
  porEmail: string;
  admins: string[];
  token: string;
  end: number;
}

/** A tenant with a Partner of Record of its own and a second Global Administrator. */
async function customer(options: { termMonths?: number } = {}): Promise<Customer> {
  const porEmail = `por.${unique()}@partner.example`;
  const por = await buildPartner({ email: porEmail }, base);
  const made = await buildTenant({
    baseUrl: base,
    partner: por,
    partnerOfRecord: true,
    ...(options.termMonths ? { terms: { termMonths: options.termMonths } } : {}),
  });
  const token = await adminToken(made);
  const second = `second.${unique()}@contoso.example`;
  const added = await call('POST', `/tenants/${made.tenantId}/users`, {
    token,
    baseUrl: base,
    body: {
      firstName: 'Bea',
      lastName: 'Neri',
      userName: 'bea',
      roles: ['global_administrator'],
      email: second,
    },
  });
  expect(added.status, added.text).toBe(201);
  const end = Date.parse(made.body.subscription.termEnd);
  return { made, por, porEmail, admins: [made.adminEmail, second], token, end };
}

async function subscriptionOf(c: Customer, token = c.por.token) {
  return call('GET', `/subscriptions/${c.made.subscriptionId}`, { token, baseUrl: base });
}

const noticeId = (c: Customer, days: number) =>
  `${c.made.subscriptionId}:${new Date(c.end).toISOString()}:renewal_notice:${days}`;
const stageId = (c: Customer, type: string) =>
  `${c.made.subscriptionId}:${new Date(c.end).toISOString()}:${type}`;

/**
 * One customer's whole life, in order (the clock only moves forward). Each test below picks up where
 * the previous one left that customer; the other customers of this file live at later dates.
 */
describe('renewal notices and the lifecycle, with the clock moved', () => {
  let c: Customer;

  let delegate: TestPartner;
  let offerToken: string;

  it('when the Partner of Record changes A → B → A, then each change is told once to the admins, the new partner and the former one, each in an email of its own', async () => {
    c = await customer();
    const bEmail = `b.${unique()}@partner.example`;
    delegate = await buildPartner({ email: bEmail }, base);
    const setPor = (partnerId: string) =>
      call('PUT', `/subscriptions/${c.made.subscriptionId}/partner-of-record`, {
        token: c.token,
        baseUrl: base,
        body: { partnerId },
      });
    expect((await setPor(delegate.partnerId)).status).toBe(200);
    // B, as POR, offers delegated administration and the customer accepts: B is delegated admin.
    const offer = await call('POST', `/tenants/${c.made.tenantId}/delegation-offers`, {
      token: delegate.token,
      baseUrl: base,
      body: { message: 'We will look after your subscription.' },
    });
    const token = /\/offers#(kco_[A-Za-z0-9_-]{43})/.exec(
      (await mailFor(`delegation_offer:${offer.body.id}`)).plainText,
    )?.[1];
    expect((await call('POST', '/offers/accept', { baseUrl: base, body: { token } })).status).toBe(200);
    expect((await setPor(c.por.partnerId)).status).toBe(200);
    expect((await setPor(c.por.partnerId)).status).toBe(200); // no change: no email
    // A, POR again, offers too: pending until the end.
    const pending = await call('POST', `/tenants/${c.made.tenantId}/delegation-offers`, {
      token: c.por.token,
      baseUrl: base,
      body: { message: 'Let us administer it too.' },
    });
    offerToken = /\/offers#(kco_[A-Za-z0-9_-]{43})/.exec(
      (await mailFor(`delegation_offer:${pending.body.id}`)).plainText,
    )?.[1] as string;

    await own.host.drainQueues();
    const notifications = (
      await call('GET', `/tenants/${c.made.tenantId}/notifications`, { token: c.token, baseUrl: base })
    ).body.items.filter((n: { type: string }) => n.type === 'partner_of_record_changed');
    // Two changes, each told to three audiences: the admins, the new partner, the former one.
    expect(notifications).toHaveLength(6);
    const mails = await Promise.all(notifications.map((n: { id: string }) => mailFor(n.id)));
    expect(mails.map((m) => [...m.to].sort().join(' ')).sort()).toEqual(
      [c.admins, c.admins, [bEmail], [bEmail], [c.porEmail], [c.porEmail]]
        .map((to) => [...to].sort().join(' '))
        .sort(),
    );
    const toB = mails.filter((m) => m.to.includes(bEmail)).map((m) => m.subject);
    expect(toB.sort()).toEqual([
      expect.stringMatching(/^You are no longer Partner of Record for Contoso S\.p\.A\. /),
      expect.stringMatching(/^You are now Partner of Record for Contoso S\.p\.A\. /),
    ]);
    // The Italian customer's admins read Italian.
    expect(mails.filter((m) => m.to.includes(c.admins[0] as string)).map((m) => m.subject)).toEqual([
      expect.stringMatching(/^Partner of Record cambiato per /),
      expect.stringMatching(/^Partner of Record cambiato per /),
    ]);
  });

  it('when each threshold passes, then the admins and the Partner of Record each receive exactly one email per threshold, saying which subscription, its seats, product and date, what follows and how to renew', async () => {
    for (const days of [60, 30, 7, 1]) {
      moveTo(c.end - days * DAY + 60_000);
      await runTimers();
      await runTimers();
      const toAdmins = await mailFor(`${noticeId(c, days)}:customer`);
      const toPartner = await mailFor(`${noticeId(c, days)}:partner:${c.por.partnerId}`);
      expect(await mailsFor(`${noticeId(c, days)}:customer`)).toHaveLength(1);
      expect(await mailsFor(`${noticeId(c, days)}:partner:${c.por.partnerId}`)).toHaveLength(1);
      expect([...toAdmins.to].sort()).toEqual([...c.admins].sort());
      expect(toPartner.to).toEqual([c.porEmail]);
      // The Italian customer's admins, in Italian.
      expect(toAdmins.subject).toMatch(
        /^Business Basic per t[0-9a-f]+\.onmicrosoft\.com: scade il giorno \d{1,2} [a-z]+ \d{4}$/,
      );
      expect(toAdmins.plainText).toContain(c.made.subscriptionId);
      expect(toAdmins.plainText).toContain('25 licenze');
      expect(toAdmins.plainText).toMatch(new RegExp(`tra ${days} giorn[oi]\\.`));
      expect(toAdmins.plainText).toContain('uso completo per 30 giorni');
      expect(toAdmins.plainText).toMatch(/una product key Business Basic/);
      expect(toAdmins.plainText).toMatch(/fatturazione diretta/);
      // The partner, in English: which customer, what it can do now, whom to reach.
      expect(toPartner.plainText).toContain(`Subscription: ${c.made.subscriptionId}`);
      expect(toPartner.plainText).toContain('Seats: 25 seats');
      expect(toPartner.plainText).toMatch(new RegExp(`in ${days} days?\\.`));
      expect(toPartner.plainText).toContain('To renew it, redeem a Business Basic product key');
      expect(toPartner.plainText).toContain(c.admins[1] as string);
      for (const mail of [toAdmins, toPartner]) {
        expect(mail.headers['x-keycard-notification-type']).toBe('renewal_notice');
        expect(mail.plainText).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
        expect(mail.plainText).not.toContain('BUSINESS_BASIC');
      }
    }
    const subscription = (await subscriptionOf(c)).body;
    expect(subscription.state).toBe('active');
    expect(
      subscription.timeline.map((e: { event: string; status: string }) => `${e.event}:${e.status}`),
    ).toEqual([
      'renewal_notice:sent',
      'renewal_notice:sent',
      'renewal_notice:sent',
      'renewal_notice:sent',
      'expiry:scheduled',
      'grace_end:scheduled',
      'deletion:scheduled',
    ]);
  });

  it('when the end passes, then it is expired with full use and everyone is told once; 30 days later it is disabled: no user can be added, renewal still possible', async () => {
    moveTo(c.end - 60_000);
    await runTimers();
    expect((await subscriptionOf(c)).body.state).toBe('active');
    moveTo(c.end + 60_000);
    await runTimers();
    await runTimers();
    expect((await subscriptionOf(c)).body.state).toBe('expired');
    const expired = await mailFor(`${stageId(c, 'subscription_expired')}:customer`);
    expect(await mailsFor(`${stageId(c, 'subscription_expired')}:customer`)).toHaveLength(1);
    expect([...expired.to].sort()).toEqual([...c.admins].sort());
    const toPartner = await mailFor(`${stageId(c, 'subscription_expired')}:partner:${c.por.partnerId}`);
    expect(toPartner.to).toEqual([c.porEmail]);
    // Full use: users can still be added and licensed while expired.
    const user = await call('POST', `/tenants/${c.made.tenantId}/users`, {
      token: c.token,
      baseUrl: base,
      body: { firstName: 'Gio', lastName: 'Vale', userName: 'gio' },
    });
    expect(user.status, user.text).toBe(201);

    moveTo(c.end + 30 * DAY - 60_000);
    await runTimers();
    expect((await subscriptionOf(c)).body.state).toBe('expired');
    moveTo(c.end + 30 * DAY + 60_000);
    await runTimers();
    expect((await subscriptionOf(c)).body.state).toBe('disabled');
    await mailFor(`${stageId(c, 'subscription_disabled')}:customer`);
    await mailFor(`${stageId(c, 'subscription_disabled')}:partner:${c.por.partnerId}`);
    expectProblem(
      await call('POST', `/tenants/${c.made.tenantId}/users`, {
        token: c.token,
        baseUrl: base,
        body: { firstName: 'Late', lastName: 'Comer', userName: 'late' },
      }),
      409,
      'subscription_disabled',
    );
    // Global Administrators can still sign in.
    expect((await call('GET', `/tenants/${c.made.tenantId}`, { token: c.token, baseUrl: base })).status).toBe(
      200,
    );
    const timeline = (await subscriptionOf(c)).body.timeline;
    expect(timeline.map((e: { status: string }) => e.status)).toEqual([
      'sent',
      'sent',
      'sent',
      'sent',
      'done',
      'done',
      'scheduled',
    ]);
  });

  it('when day 120 passes, then it is deleted: users gone, domain available, delegations and pending offers ended, a tombstone answering for it, and no document holds the customer data', async () => {
    const tenant = (await call('GET', `/tenants/${c.made.tenantId}`, { token: c.token, baseUrl: base })).body;
    const domainPrefix = tenant.domain.split('.')[0] as string;
    const users = (await call('GET', `/tenants/${c.made.tenantId}/users`, { token: c.token, baseUrl: base }))
      .body.items;
    const personal = [
      ...c.admins,
      'Ada',
      'Rossi',
      'Bea',
      'Neri',
      'Gio',
      'Vale',
      tenant.organizationName,
      tenant.domain,
      ...users.map((u: { userName: string }) => u.userName),
    ];

    moveTo(c.end + 120 * DAY + 60_000);
    await runTimers();
    const deletedMail = await mailFor(`${stageId(c, 'subscription_deleted')}:customer`);
    expect([...deletedMail.to].sort()).toEqual([...c.admins].sort());
    const toPartner = await mailFor(`${stageId(c, 'subscription_deleted')}:partner:${c.por.partnerId}`);
    expect(toPartner.to).toEqual([c.porEmail]);
    await runTimers(); // the purge finishes once the deletion email is out

    const tombstone = await subscriptionOf(c);
    expect(tombstone.status, tombstone.text).toBe(200);
    expect(tombstone.body).toMatchObject({ id: c.made.subscriptionId, state: 'deleted', assignedSeats: 0 });
    expectProblem(
      await call('GET', `/tenants/${c.made.tenantId}`, { token: c.por.token, baseUrl: base }),
      404,
      'not_found',
    );
    expectProblem(
      await call('GET', `/tenants/${c.made.tenantId}`, { token: c.token, baseUrl: base }),
      401,
      'unauthenticated',
    );
    const availability = await call('GET', `/domains/${domainPrefix}/availability`, {
      token: c.por.token,
      baseUrl: base,
    });
    expect(availability.body).toEqual({ domain: `${domainPrefix}.onmicrosoft.com`, available: true });
    const listed = await call('GET', '/tenants', { token: c.por.token, baseUrl: base });
    expect(listed.body.items.map((t: { id: string }) => t.id)).not.toContain(c.made.tenantId);

    // The delegation ended with the tenant; the pending offer is withdrawn and its link is dead.
    expectProblem(
      await call('GET', `/tenants/${c.made.tenantId}`, { token: delegate.token, baseUrl: base }),
      404,
      'not_found',
    );
    expectProblem(
      await call('POST', '/offers/lookup', { baseUrl: base, body: { token: offerToken } }),
      404,
      'not_found',
    );

    const dump = await own.dump();
    const text = JSON.stringify(dump);
    expect(personal.filter((value) => text.includes(value))).toEqual([]);
    expect(dump['users']?.filter((u) => u['tenantId'] === c.made.tenantId)).toEqual([]);
    expect(dump['partnerTenants']?.filter((l) => l['id'] === c.made.tenantId)).toEqual([]);
    expect(
      dump['idempotency']?.filter((r) => (r['tenantIds'] as string[] | undefined)?.includes(c.made.tenantId)),
    ).toEqual([]);
    // The audit trail stays: every notification, without its recipients and body.
    const audit = dump['notifications']?.filter((n) => n['tenantId'] === c.made.tenantId) ?? [];
    expect(audit.length).toBeGreaterThanOrEqual(8);
    expect(audit.every((n) => (n['recipients'] as string[]).length === 0 && n['content'] === null)).toBe(
      true,
    );
    // Nothing more happens to it.
    const stored = dump['subscriptions']?.find((s) => s['id'] === c.made.subscriptionId);
    expect(stored).toMatchObject({ state: 'deleted', nextEventAt: null, nextNoticeAt: null });
    expect((stored?.['deletion'] as { purgedAt: string | null }).purgedAt).not.toBeNull();
  });
});
