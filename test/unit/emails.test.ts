import { describe, expect, it } from 'vitest';
import type { EmailContent } from '../../shared/domain/notification';
import {
  adminTokenReissuedEmail,
  delegationAcceptedEmail,
  delegationOfferEmail,
  partnerOfRecordChangedEmails,
  welcomeAdminEmail,
  type PartnerCard,
  type SubscriptionFacts,
} from '../../shared/app/emails';
import {
  delegatedAdminRemovedEmail,
  directBillingEmails,
  offerDeclinedEmail,
  offerExpiredEmail,
  seatsAddedEmails,
} from '../../shared/app/fact-emails';
import {
  renewalNoticeEmails,
  subscriptionDeletedEmails,
  subscriptionDisabledEmails,
  subscriptionExpiredEmails,
  subscriptionRenewedEmails,
} from '../../shared/app/lifecycle-emails';
import { webhookEndpointDisabledEmail } from '../../shared/app/webhook-emails';
import { LANGUAGES, type Language } from '../../shared/text/languages';
import { message } from '../../shared/text/messages';

/**
 * Every email in every language, rendered from fixed facts and kept as files a reader can open:
 * `__snapshots__/emails/<language>/<kind>.<audience>.txt` (the subject and the plain text) and `.html`
 * (open it in a browser). A change of wording shows as a diff of these files; `vitest -u` takes it.
 * Beside the snapshots, what every email must be: no placeholder left, no SKU code or ISO timestamp,
 * `lang` and a `<title>`, the token in a monospaced font, and a plain text that says all the HTML says.
 */
const partner: PartnerCard = {
  name: 'Fabrikam Partner',
  programId: '4711001',
  email: 'renewals@fabrikam.example',
};
const former: PartnerCard = {
  name: 'Northwind Traders',
  programId: '5200017',
  email: 'team@northwind.example',
};
const TOKEN = 'kca_Il1O0lI1oO0_Il1ExampleTokenNotRealIl1O0lI1oO';

const facts: SubscriptionFacts = {
  organization: 'Contoso S.p.A.',
  domain: 'contoso.onmicrosoft.com',
  subscriptionId: '9f1c2e4a-7b3d-4c5e-8f60-1a2b3c4d5e6f',
  sku: 'BUSINESS_BASIC',
  seats: 25,
  assigned: 1,
  termEnd: '2027-12-06T09:30:00.000Z',
  graceEndsAt: '2028-01-05T09:30:00.000Z',
  deleteAt: '2028-04-04T09:30:00.000Z',
  graceDays: 30,
  partner,
  admins: [
    { name: 'Ada Rossi', email: 'ada.rossi@contoso.example' },
    { name: 'Bea Neri', email: 'bea.neri@contoso.example' },
  ],
};
const offer = {
  organization: facts.organization,
  domain: facts.domain,
  partnerName: partner.name,
  offeredAt: '2027-03-01T10:00:00.000Z',
  expiresAt: '2027-05-30T10:00:00.000Z',
};
const withPartner = { ...facts, partner };

/** Each email: its kind, its audience, and how it is written in a language. */
const EMAILS: [string, string, (language: Language) => EmailContent][] = [
  [
    'welcome_admin',
    'customer',
    (l) =>
      welcomeAdminEmail(l, {
        organization: facts.organization,
        domain: facts.domain,
        tenantId: '0c6f3a52-31a4-4a8e-a2b9-6f0e1d2c3b4a',
        firstName: 'Ada',
        userName: 'admin@contoso.onmicrosoft.com',
        token: TOKEN,
        apiBaseUrl: 'https://keycard.example/api/v1',
        delegatedAdmins: [{ ...partner, fromSetup: true, since: '2026-12-06T09:30:00.000Z' }],
      }),
  ],
  [
    'admin_token_reissued',
    'customer',
    (l) =>
      adminTokenReissuedEmail(l, {
        domain: facts.domain,
        firstName: 'Bea',
        userName: 'bea@contoso.onmicrosoft.com',
        token: TOKEN,
        apiBaseUrl: 'https://keycard.example/api/v1',
        requestedBy: { partnerName: partner.name },
      }),
  ],
  [
    'delegation_offer',
    'customer',
    (l) =>
      delegationOfferEmail(l, {
        ...offer,
        programId: partner.programId,
        message: 'We look after your licences.\nCall us: +39 02 1234 5678',
        link: 'https://keycard.example/api/v1/offers#kco_ExampleLinkTokenNotReal',
      }),
  ],
  ['delegation_accepted', 'partner', (l) => delegationAcceptedEmail(l, offer)],
  ['delegation_offer_declined', 'partner', (l) => offerDeclinedEmail(l, offer)],
  ['delegation_offer_expired', 'partner', (l) => offerExpiredEmail(l, offer)],
  [
    'delegated_admin_removed',
    'partner',
    (l) =>
      delegatedAdminRemovedEmail(l, {
        ...offer,
        at: '2027-06-15T08:00:00.000Z',
        by: 'customer',
        stillPartnerOfRecord: true,
      }),
  ],
  [
    'partner_of_record_changed',
    'customer',
    (l) => partnerOfRecordChangedEmails.customer(l, { facts, from: former, to: partner }),
  ],
  [
    'partner_of_record_changed',
    'partner',
    (l) => partnerOfRecordChangedEmails.partner(l, { facts, from: former, to: partner }),
  ],
  [
    'partner_of_record_changed',
    'former_partner',
    (l) => partnerOfRecordChangedEmails.formerPartner(l, { facts, from: former, to: partner }),
  ],
  ['renewal_notice', 'customer', (l) => renewalNoticeEmails.customer(l, { ...facts, daysBeforeExpiry: 30 })],
  [
    'renewal_notice',
    'partner',
    (l) => renewalNoticeEmails.partner(l, { ...withPartner, daysBeforeExpiry: 1 }),
  ],
  [
    'renewal_notice',
    'customer.no_partner',
    (l) => renewalNoticeEmails.customer(l, { ...facts, partner: null, daysBeforeExpiry: 7 }),
  ],
  ['subscription_expired', 'customer', (l) => subscriptionExpiredEmails.customer(l, facts)],
  ['subscription_expired', 'partner', (l) => subscriptionExpiredEmails.partner(l, withPartner)],
  ['subscription_disabled', 'customer', (l) => subscriptionDisabledEmails.customer(l, facts)],
  ['subscription_disabled', 'partner', (l) => subscriptionDisabledEmails.partner(l, withPartner)],
  ['subscription_deleted', 'customer', (l) => subscriptionDeletedEmails.customer(l, facts)],
  ['subscription_deleted', 'partner', (l) => subscriptionDeletedEmails.partner(l, withPartner)],
  [
    'subscription_renewed',
    'customer',
    (l) => subscriptionRenewedEmails.customer(l, { ...facts, keySeats: 30, redeemedBy: partner.name }),
  ],
  [
    'subscription_renewed',
    'partner',
    (l) => subscriptionRenewedEmails.partner(l, { ...withPartner, keySeats: 30, redeemedBy: partner.name }),
  ],
  [
    'seats_added',
    'customer',
    (l) =>
      seatsAddedEmails.customer(l, { ...facts, added: 5, until: facts.termEnd, redeemedBy: partner.name }),
  ],
  [
    'seats_added',
    'partner',
    (l) =>
      seatsAddedEmails.partner(l, {
        ...withPartner,
        added: 1,
        until: facts.termEnd,
        redeemedBy: partner.name,
      }),
  ],
  [
    'switched_to_direct_billing',
    'customer',
    (l) =>
      directBillingEmails.customer(l, {
        ...facts,
        subscriptionId: '3e5d7c9b-1a2f-4b6c-8d0e-2f4a6c8e0b1d',
        termEnd: '2028-11-20T14:00:00.000Z',
        previousSubscriptionId: facts.subscriptionId,
        at: '2027-11-20T14:00:00.000Z',
        forfeitedDays: 16,
        stillPartnerOfRecord: false,
      }),
  ],
  [
    'switched_to_direct_billing',
    'partner',
    (l) =>
      directBillingEmails.partner(l, {
        ...withPartner,
        subscriptionId: '3e5d7c9b-1a2f-4b6c-8d0e-2f4a6c8e0b1d',
        termEnd: '2028-11-20T14:00:00.000Z',
        previousSubscriptionId: facts.subscriptionId,
        at: '2027-11-20T14:00:00.000Z',
        forfeitedDays: 1,
        stillPartnerOfRecord: true,
      }),
  ],
  [
    'webhook_endpoint_disabled',
    'partner',
    (l) =>
      webhookEndpointDisabledEmail(l, {
        partnerName: partner.name,
        endpointUrl: 'https://hooks.fabrikam.example/keycard',
        description: 'Renewals in our CRM',
        failingSince: '2027-12-03T09:30:00.000Z',
        disabledAt: '2027-12-06T10:05:00.000Z',
        // Newest first, six kept: the email shows five.
        lastErrors: [
          { at: '2027-12-06T10:05:00.000Z', error: 'HTTP 503 Service Unavailable' },
          { at: '2027-12-05T14:04:00.000Z', error: 'no answer within 10 s' },
          { at: '2027-12-04T18:03:00.000Z', error: 'HTTP 500 Internal Server Error' },
          { at: '2027-12-04T04:02:00.000Z', error: 'connection refused' },
          { at: '2027-12-03T23:01:00.000Z', error: 'HTTP 404 Not Found' },
          { at: '2027-12-03T09:30:00.000Z', error: 'HTTP 502 Bad Gateway' },
        ],
      }),
  ],
];

/** The text of the HTML's body as a reader sees it: each piece between tags, entities decoded. */
function htmlTexts(html: string): string[] {
  const body = html.slice(html.indexOf('<body'));
  return body
    .split(/<[^>]+>/)
    .map((piece) => piece.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))).trim())
    .filter((piece) => piece.length > 0);
}

describe.each(LANGUAGES)('the emails in %s', (language) => {
  it.each(EMAILS)('%s to %s', async (kind, audience, write) => {
    const email = write(language);
    await expect(`Subject: ${email.subject}\n\n${email.plainText}\n`).toMatchFileSnapshot(
      `__snapshots__/emails/${language}/${kind}.${audience}.txt`,
    );
    await expect(email.html).toMatchFileSnapshot(`__snapshots__/emails/${language}/${kind}.${audience}.html`);

    const all = `${email.subject}\n${email.plainText}\n${email.html}`;
    expect(all).not.toMatch(/[{}]/); // every placeholder filled
    expect(all).not.toMatch(/\d{4}-\d{2}-\d{2}T/); // dates for people, never timestamps
    expect(all).not.toContain('BUSINESS_BASIC');
    expect(email.html).toMatch(new RegExp(`^<!doctype html><html lang="${language}">`));
    expect(email.html).toContain(
      `<title>${email.subject.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)}</title>`,
    );
    // The plain text says all the HTML says: every piece of text, every link's address.
    for (const piece of htmlTexts(email.html)) expect(email.plainText).toContain(piece);
    for (const [, href] of email.html.matchAll(/href="([^"]+)"/g)) expect(email.plainText).toContain(href);
  });

  it('when a token is sent, then it is in a monospaced font where l, I and 1 differ, on a line of its own in the plain text', () => {
    const email = welcomeAdminEmail(language, {
      organization: 'Contoso',
      domain: 'contoso.onmicrosoft.com',
      tenantId: 't',
      firstName: 'Ada',
      userName: 'admin@contoso.onmicrosoft.com',
      token: TOKEN,
      apiBaseUrl: 'https://keycard.example/api/v1',
      delegatedAdmins: [],
    });
    expect(email.html).toMatch(
      new RegExp(`<code style="font-family:Consolas, 'DejaVu Sans Mono', monospace;[^"]*">${TOKEN}</code>`),
    );
    expect(email.plainText.split('\n')).toContain(TOKEN);
    // No partner administers it: the email says nothing of delegation.
    expect(email.plainText).not.toContain('DELETE');
  });
});

describe('what each email says follows the state', () => {
  const english = (write: (l: Language) => EmailContent) => write('en').plainText;
  const date = (at: string) => message('en', 'email.common.any.date', { at: new Date(at) });

  it('when the term has ended, then no email speaks of prepaid days left; before it, the notice does', () => {
    expect(english((l) => renewalNoticeEmails.customer(l, { ...facts, daysBeforeExpiry: 30 }))).toContain(
      'prepaid days left',
    );
    for (const emails of [subscriptionExpiredEmails, subscriptionDisabledEmails, subscriptionDeletedEmails]) {
      expect(english((l) => emails.customer(l, facts))).not.toMatch(/prepaid/);
      expect(english((l) => emails.partner(l, withPartner))).not.toMatch(/prepaid/);
    }
  });

  it('when expired, disabled or deleted, then each says what is true then', () => {
    const expired = english((l) => subscriptionExpiredEmails.customer(l, facts));
    expect(expired).toContain(`Everyone keeps full use until ${date(facts.graceEndsAt)}`);
    expect(expired).toContain(`the new term follows on from ${date(facts.termEnd)}, and nobody loses access`);
    const disabled = english((l) => subscriptionDisabledEmails.customer(l, facts));
    expect(disabled).toContain('it is now disabled. Only Global Administrators can sign in');
    expect(disabled).toContain(`kept until ${date(facts.deleteAt)}`);
    expect(disabled).toContain('the new term starts on the day it is redeemed');
    expect(disabled).not.toContain('full use');
    const deleted = english((l) => subscriptionDeletedEmails.customer(l, facts));
    expect(deleted).toContain('are now deleted');
    expect(deleted).not.toMatch(/can still be renewed|To renew/);
  });

  it('when the customer has no Partner of Record, then it is told whom to ask instead of a name', () => {
    const text = english((l) =>
      renewalNoticeEmails.customer(l, { ...facts, partner: null, daysBeforeExpiry: 7 }),
    );
    expect(text).toContain('ask a partner of the program for a Business Basic product key');
    expect(text).not.toContain('Fabrikam');
  });

  it('when a webhook endpoint is disabled, then the email shows its last five errors, and a description only if it has one', () => {
    const at = (hour: number) => `2027-12-06T${String(hour).padStart(2, '0')}:00:00.000Z`;
    const text = english((l) =>
      webhookEndpointDisabledEmail(l, {
        partnerName: partner.name,
        endpointUrl: 'https://hooks.fabrikam.example/keycard',
        description: '',
        failingSince: '2027-12-03T09:30:00.000Z',
        disabledAt: at(10),
        lastErrors: [9, 8, 7, 6, 5, 4].map((hour) => ({ at: at(hour), error: `error at ${hour}` })),
      }),
    );
    expect(text).not.toContain('Description');
    expect(text).toContain('The last 5 errors, newest first:');
    expect(text).toContain('6 December 2027, 09:00 UTC: error at 9');
    expect(text).toContain('error at 5');
    expect(text).not.toContain('error at 4');
  });

  it('when a partner is delegated administrator from the setup, then the welcome says so and how to end it', () => {
    const text = english(EMAILS[0]?.[2] as (l: Language) => EmailContent);
    expect(text).toContain(
      'Fabrikam Partner (partner program id 4711001) is a delegated administrator of your tenant from its setup',
    );
    expect(text.split('\n')).toContain(
      'DELETE https://keycard.example/api/v1/tenants/0c6f3a52-31a4-4a8e-a2b9-6f0e1d2c3b4a/delegated-admins/4711001',
    );
  });
});
