import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPartner, call, type TestPartner } from '../support/api';
import { startOwnHost, type OwnHost } from '../support/own-host';
import {
  adminToken,
  buildTenant,
  mailFor,
  mailsFor,
  type SentMail,
  type TestTenant,
} from '../support/tenants';

/**
 * Every party told in its own words (issue 20): an Italian customer (the seed's market) with two
 * Global Administrators and an English-speaking Partner of Record. Each fact of its subscription's
 * life is one email to the customer's admins, in Italian, and one to the partner, in English, each
 * with only its own audience in `To`, each exactly once however often the timers run.
 */
let own: OwnHost;
let base: string;
const DAY = 86_400_000;

beforeAll(async () => {
  own = await startOwnHost({ queues: true });
  base = own.apiBaseUrl;
});
afterAll(async () => own?.stop());

async function runTimersTwice(): Promise<void> {
  for (let i = 0; i < 2; i += 1) {
    await Promise.all([own.host.invoke('renewal-notices'), own.host.invoke('renewal-notices')]);
    await Promise.all([own.host.invoke('subscription-lifecycle'), own.host.invoke('subscription-lifecycle')]);
  }
  await own.host.drainQueues();
}

const unique = () => randomBytes(4).toString('hex');

describe('an expiring subscription, told to each audience once', () => {
  let made: TestTenant;
  let por: TestPartner;
  let porEmail: string;
  let admins: string[];
  let end: number;

  /** The tenant's notifications of a type, by id. */
  async function notificationIds(type: string): Promise<string[]> {
    const token = await adminToken(made);
    const listed = await call('GET', `/tenants/${made.tenantId}/notifications?limit=100`, {
      token,
      baseUrl: base,
    });
    expect(listed.status, listed.text).toBe(200);
    return listed.body.items
      .filter((n: { type: string }) => n.type === type)
      .map((n: { id: string }) => n.id)
      .sort();
  }

  /** The fact's two emails, each sent once: the customer's and the partner's. */
  async function emailsOf(fact: string): Promise<{ customer: SentMail; partner: SentMail }> {
    const customer = await mailFor(`${fact}:customer`);
    const partner = await mailFor(`${fact}:partner:${por.partnerId}`);
    expect(await mailsFor(`${fact}:customer`)).toHaveLength(1);
    expect(await mailsFor(`${fact}:partner:${por.partnerId}`)).toHaveLength(1);
    expect(await mailsFor(fact)).toEqual([]); // never one email to everyone
    // No audience sees another's address.
    expect([...customer.to].sort()).toEqual([...admins].sort());
    expect(customer.cc).toEqual([]);
    expect(partner.to).toEqual([porEmail]);
    expect(partner.cc).toEqual([]);
    return { customer, partner };
  }

  beforeAll(async () => {
    porEmail = `por.${unique()}@partner.example`;
    por = await buildPartner({ email: porEmail }, base);
    made = await buildTenant({ baseUrl: base, partner: por, partnerOfRecord: true });
    const second = `second.${unique()}@contoso.example`;
    const added = await call('POST', `/tenants/${made.tenantId}/users`, {
      token: await adminToken(made),
      baseUrl: base,
      body: {
        firstName: 'Bea',
        lastName: 'Neri',
        userName: 'bea',
        roles: ['global_administrator'],
        email: second,
      },
    });
    if (added.status !== 201) throw new Error(`second admin not added: ${added.text}`);
    admins = [made.adminEmail, second];
    end = Date.parse(made.body.subscription.termEnd);
  });

  it('when the 30-day threshold passes, then the Italian admins get one notice in Italian and the partner one in English, each with only its own addresses', async () => {
    own.clock.set(new Date(end - 30 * DAY + 60_000));
    await runTimersTwice();
    const fact = `${made.subscriptionId}:${new Date(end).toISOString()}:renewal_notice:30`;
    expect(await notificationIds('renewal_notice')).toEqual(
      [`${fact}:customer`, `${fact}:partner:${por.partnerId}`].sort(),
    );
    const { customer, partner } = await emailsOf(fact);

    expect(customer.subject).toMatch(
      /^Business Basic per t[0-9a-f]+\.onmicrosoft\.com: scade il giorno \d{1,2} [a-z]+ \d{4}$/,
    );
    expect(customer.plainText).toContain('tra 30 giorni');
    expect(customer.plainText).toContain(
      `chiedete a Fabrikam Partner, il vostro Partner of Record (ID programma partner ${por.partnerId}, ${porEmail})`,
    );
    expect(customer.html).toContain('<html lang="it">');
    expect(customer.plainText).not.toContain(made.adminEmail); // their own addresses are in To, not in the text

    expect(partner.subject).toMatch(
      /^Renewal due: Contoso S\.p\.A\. \(t[0-9a-f]+\.onmicrosoft\.com\), Business Basic, ends on /,
    );
    expect(partner.plainText).toContain(`Subscription: ${made.subscriptionId}`);
    expect(partner.plainText).toContain('Seats: 25 seats, 2 assigned');
    expect(partner.plainText).toContain(`Ada Rossi, ${made.adminEmail}`);
    expect(partner.plainText).toContain('To renew it, redeem a Business Basic product key');
    expect(partner.html).toContain('<html lang="en">');
    for (const mail of [customer, partner]) {
      expect(mail.plainText).not.toMatch(/\d{4}-\d{2}-\d{2}T|BUSINESS_BASIC|[{}]/);
      expect(mail.headers['x-keycard-notification-type']).toBe('renewal_notice');
    }
  });

  it('when the end passes, then the expiry is told once to each, saying what is true then: full use until the end of grace, nothing of prepaid days', async () => {
    own.clock.set(new Date(end + 60_000));
    await runTimersTwice();
    const fact = `${made.subscriptionId}:${new Date(end).toISOString()}:subscription_expired`;
    expect(await notificationIds('subscription_expired')).toEqual(
      [`${fact}:customer`, `${fact}:partner:${por.partnerId}`].sort(),
    );
    const { customer, partner } = await emailsOf(fact);
    expect(customer.plainText).toContain('Tutti mantengono l’uso completo fino al giorno');
    expect(customer.plainText).not.toMatch(/prepagat/);
    expect(partner.plainText).toContain('ended on');
    expect(partner.plainText).not.toMatch(/prepaid/);
    // The timers again, later the same day: nothing more is sent.
    own.clock.set(new Date(end + 3_600_000));
    await runTimersTwice();
    expect(await notificationIds('subscription_expired')).toHaveLength(2);
    expect(await mailsFor(`${fact}:customer`)).toHaveLength(1);
  });
});
