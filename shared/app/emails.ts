import type { EmailContent } from '../domain/notification';
import type { Language } from '../text/languages';
import type { MessageValues } from '../text/messages';
import { letter, productName, sayIn, type Block, type Say } from './email-letter';

/**
 * The emails of the outbox's notifications, each written for the one audience that reads it: the
 * customer's Global Administrators (`customer`, in the tenant's language) or a partner (`partner`, in
 * the partner's). Every sentence is a catalog message (shared/text/catalogs/emails/), with dates,
 * numbers and plurals in the reader's locale and products by their names. The emails of the facts told
 * since issue 20 (seats added, offers answered, direct billing, a delegation ended) are in
 * fact-emails.ts, those of a subscription's life (notices, stages, renewal) in lifecycle-emails.ts.
 */

/** A partner as its emails name it. */
export interface PartnerCard {
  name: string;
  programId: string;
  email: string;
}

/** A customer administrator as a partner's email names it. */
export interface Contact {
  name: string;
  email: string;
}

/** What a subscription's emails say about it, read once for all its audiences. */
export interface SubscriptionFacts {
  organization: string;
  domain: string;
  subscriptionId: string;
  sku: string;
  /** Seats of the term in force. */
  seats: number;
  /** Licenses assigned now. */
  assigned: number;
  termEnd: string;
  graceEndsAt: string;
  deleteAt: string;
  graceDays: number;
  /** The Partner of Record, if any. */
  partner: PartnerCard | null;
  /** The customer's Global Administrators, for the partner's email. */
  admins: Contact[];
}

/** The `Authorization` header, as the customer's admins send it (a value: not translated, not parsed). */
const BEARER = 'Authorization: Bearer <token>';

export function subscriptionValues(facts: SubscriptionFacts): MessageValues {
  return {
    organization: facts.organization,
    domain: facts.domain,
    subscriptionId: facts.subscriptionId,
    product: productName(facts.sku),
    seats: facts.seats,
    assigned: facts.assigned,
    end: new Date(facts.termEnd),
    graceEnd: new Date(facts.graceEndsAt),
    deleteAt: new Date(facts.deleteAt),
    graceDays: facts.graceDays,
    ...(facts.partner
      ? {
          partnerName: facts.partner.name,
          programId: facts.partner.programId,
          partnerEmail: facts.partner.email,
        }
      : {}),
  };
}

/**
 * What a partner's email lists about the customer and the subscription; with the customer's
 * administrators (to reach them) only for a partner that serves the customer now.
 */
export function partnerRows(say: Say, facts: SubscriptionFacts, withAdmins = true): Block {
  const v = subscriptionValues(facts);
  const rows: (readonly [string, string])[] = [
    [say('email.common.partner.label_customer'), facts.organization],
    [say('email.common.partner.label_domain'), facts.domain],
    [say('email.common.partner.label_subscription'), facts.subscriptionId],
    [say('email.common.partner.label_product'), productName(facts.sku)],
    [say('email.common.partner.label_seats'), say('email.common.partner.value_seats', v)],
    [say('email.common.partner.label_term_end'), say('email.common.any.date', { at: v['end'] as Date })],
  ];
  if (withAdmins && facts.admins.length > 0)
    rows.push([
      say('email.common.partner.label_admins'),
      facts.admins.map((a) => say('email.common.partner.value_admin', { ...a })).join('\n'),
    ]);
  return { rows };
}

// ---- the customer's admins: their tenant and token -----------------------------------------------

export function welcomeAdminEmail(
  language: Language,
  input: {
    organization: string;
    domain: string;
    tenantId: string;
    firstName: string;
    userName: string;
    token: string;
    apiBaseUrl: string;
    /** The tenant's delegated administrators, each from its setup or since a date. */
    delegatedAdmins: (PartnerCard & { fromSetup: boolean; since: string })[];
  },
): EmailContent {
  const say = sayIn(language);
  const { delegatedAdmins, ...values } = input;
  const v = { ...values, header: BEARER };
  const delegation = delegatedAdmins.flatMap((admin): Block[] => {
    const who = { partnerName: admin.name, programId: admin.programId, since: new Date(admin.since) };
    const url = `${input.apiBaseUrl}/tenants/${input.tenantId}/delegated-admins/${admin.programId}`;
    return [
      say(
        admin.fromSetup
          ? 'email.welcome_admin.customer.delegated_from_setup'
          : 'email.welcome_admin.customer.delegated_since',
        who,
      ),
      { label: say('email.welcome_admin.customer.end_delegation', who), token: `DELETE ${url}` },
    ];
  });
  return letter(language, say('email.welcome_admin.customer.subject', v), [
    say('email.welcome_admin.customer.greeting', v),
    say('email.welcome_admin.customer.intro', v),
    { label: say('email.welcome_admin.customer.token_label'), token: input.token },
    say('email.welcome_admin.customer.usage', v),
    ...delegation,
  ]);
}

export function adminTokenReissuedEmail(
  language: Language,
  input: {
    domain: string;
    firstName: string;
    userName: string;
    token: string;
    apiBaseUrl: string;
    /** Who asked: the tenant's delegated administrator (by name), or another of its administrators. */
    requestedBy: { partnerName: string } | 'admin';
  },
): EmailContent {
  const say = sayIn(language);
  const { requestedBy, ...values } = input;
  const v = { ...values, header: BEARER, ...(requestedBy === 'admin' ? {} : requestedBy) };
  return letter(language, say('email.admin_token_reissued.customer.subject', v), [
    say('email.admin_token_reissued.customer.greeting', v),
    say(
      input.requestedBy === 'admin'
        ? 'email.admin_token_reissued.customer.by_admin'
        : 'email.admin_token_reissued.customer.by_partner',
      v,
    ),
    { label: say('email.admin_token_reissued.customer.token_label'), token: input.token },
    say('email.admin_token_reissued.customer.usage', v),
  ]);
}

// ---- delegated administration -------------------------------------------------------------------

export function delegationOfferEmail(
  language: Language,
  input: {
    organization: string;
    domain: string;
    partnerName: string;
    programId: string;
    message: string;
    link: string;
    expiresAt: string;
  },
): EmailContent {
  const say = sayIn(language);
  const v = { ...input, expiresAt: new Date(input.expiresAt) };
  return letter(language, say('email.delegation_offer.customer.subject', v), [
    say('email.delegation_offer.customer.intro', v),
    say('email.delegation_offer.customer.message_label', v),
    { quote: input.message },
    say('email.delegation_offer.customer.explain', v),
    say('email.delegation_offer.customer.answer', v),
    { button: say('email.delegation_offer.customer.button'), href: input.link },
  ]);
}

export function delegationAcceptedEmail(
  language: Language,
  input: { organization: string; domain: string; partnerName: string; offeredAt: string },
): EmailContent {
  const say = sayIn(language);
  const v = { ...input, offeredAt: new Date(input.offeredAt) };
  return letter(language, say('email.delegation_accepted.partner.subject', v), [
    say('email.common.partner.greeting', v),
    say('email.delegation_accepted.partner.body', v),
  ]);
}

// ---- the Partner of Record ----------------------------------------------------------------------

export interface PartnerOfRecordChange {
  facts: SubscriptionFacts;
  from: PartnerCard | null;
  to: PartnerCard | null;
}

function named(say: Say, partner: PartnerCard | null): string {
  return partner
    ? say('email.partner_of_record_changed.any.named', { name: partner.name, programId: partner.programId })
    : say('email.partner_of_record_changed.any.nobody');
}

export const partnerOfRecordChangedEmails = {
  customer(language: Language, change: PartnerOfRecordChange): EmailContent {
    const say = sayIn(language);
    const v = {
      ...subscriptionValues(change.facts),
      from: named(say, change.from),
      to: named(say, change.to),
    };
    return letter(language, say('email.partner_of_record_changed.customer.subject', v), [
      say('email.common.customer.greeting'),
      say('email.partner_of_record_changed.customer.body', v),
      change.to
        ? say('email.partner_of_record_changed.customer.now_partner', { partnerName: change.to.name })
        : say('email.partner_of_record_changed.customer.now_nobody'),
    ]);
  },
  /** To the partner that is Partner of Record now. */
  partner(language: Language, change: PartnerOfRecordChange & { to: PartnerCard }): EmailContent {
    const say = sayIn(language);
    const v = {
      ...subscriptionValues(change.facts),
      from: named(say, change.from),
      partnerName: change.to.name,
    };
    return letter(language, say('email.partner_of_record_changed.partner.subject', v), [
      say('email.common.partner.greeting', v),
      say('email.partner_of_record_changed.partner.body', v),
      partnerRows(say, change.facts),
    ]);
  },
  /** To the partner that no longer is. */
  formerPartner(language: Language, change: PartnerOfRecordChange & { from: PartnerCard }): EmailContent {
    const say = sayIn(language);
    const v = {
      ...subscriptionValues(change.facts),
      to: named(say, change.to),
      partnerName: change.from.name,
    };
    return letter(language, say('email.partner_of_record_changed.former_partner.subject', v), [
      say('email.common.partner.greeting', v),
      say('email.partner_of_record_changed.former_partner.body', v),
      partnerRows(say, change.facts, false),
    ]);
  },
};

// ---- the subscription's news: one email for the customer's admins, one for the partner -----------

/** The emails of a subscription's news, by audience (lifecycle-emails.ts, fact-emails.ts). */
export interface NewsEmails<Extra = object> {
  customer(language: Language, facts: SubscriptionFacts & Extra): EmailContent;
  partner(language: Language, facts: SubscriptionFacts & Extra & { partner: PartnerCard }): EmailContent;
}

export function yourPartner(say: Say, facts: SubscriptionFacts): string {
  return facts.partner
    ? say('email.common.customer.your_partner', subscriptionValues(facts))
    : say('email.common.customer.no_partner');
}
