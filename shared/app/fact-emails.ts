import type { EmailContent } from '../domain/notification';
import type { Language } from '../text/languages';
import type { MessageValues } from '../text/messages';
import { letter, sayIn } from './email-letter';
import {
  partnerRows,
  subscriptionValues,
  yourPartner,
  type NewsEmails,
  type SubscriptionFacts,
} from './emails';

/**
 * The emails of facts that passed in silence before, each to whom it concerns (messages in
 * shared/text/catalogs/facts/): seats added (the customer's admins and the Partner of Record), an
 * offer declined or expired (the offering partner), the switch to direct billing (the customer's
 * admins and the Partner of Record), a delegated administrator removed (that partner).
 */

interface SeatsAdded {
  added: number;
  until: string;
  redeemedBy: string;
}

/** The message values of a seats-added email, the same for both audiences. */
function seatsAddedValues(facts: SubscriptionFacts & SeatsAdded): MessageValues {
  return {
    ...subscriptionValues(facts),
    added: facts.added,
    until: new Date(facts.until),
    redeemerName: facts.redeemedBy,
  };
}

export const seatsAddedEmails: NewsEmails<SeatsAdded> = {
  customer(language, facts) {
    const say = sayIn(language);
    const v = seatsAddedValues(facts);
    return letter(language, say('email.seats_added.customer.subject', v), [
      say('email.common.customer.greeting'),
      say('email.seats_added.customer.body', v),
      yourPartner(say, facts),
    ]);
  },
  partner(language, facts) {
    const say = sayIn(language);
    const v = seatsAddedValues(facts);
    return letter(language, say('email.seats_added.partner.subject', v), [
      say('email.common.partner.greeting', v),
      say('email.seats_added.partner.body', v),
      partnerRows(say, facts),
      say('email.common.partner.customer_told'),
    ]);
  },
};

export interface OfferFacts {
  organization: string;
  domain: string;
  partnerName: string;
  offeredAt: string;
  expiresAt: string;
}

function offerValues(offer: OfferFacts): MessageValues {
  return { ...offer, offeredAt: new Date(offer.offeredAt), expiresAt: new Date(offer.expiresAt) };
}

export function offerDeclinedEmail(language: Language, offer: OfferFacts): EmailContent {
  const say = sayIn(language);
  const v = offerValues(offer);
  return letter(language, say('email.delegation_offer_declined.partner.subject', v), [
    say('email.common.partner.greeting', v),
    say('email.delegation_offer_declined.partner.body', v),
  ]);
}

export function offerExpiredEmail(language: Language, offer: OfferFacts): EmailContent {
  const say = sayIn(language);
  const v = offerValues(offer);
  return letter(language, say('email.delegation_offer_expired.partner.subject', v), [
    say('email.common.partner.greeting', v),
    say('email.delegation_offer_expired.partner.body', v),
  ]);
}

interface DirectBillingSwitch {
  previousSubscriptionId: string;
  at: string;
  forfeitedDays: number;
  /** Whether the partner told is the successor's Partner of Record too. */
  stillPartnerOfRecord: boolean;
}

/** The message values of a switch to direct billing, the same for both audiences. */
function directBillingValues(facts: SubscriptionFacts & DirectBillingSwitch): MessageValues {
  return {
    ...subscriptionValues(facts),
    newSubscriptionId: facts.subscriptionId,
    oldSubscriptionId: facts.previousSubscriptionId,
    at: new Date(facts.at),
    days: facts.forfeitedDays,
  };
}

/** The facts are the successor's (billed directly); the rest names the subscription it replaced. */
export const directBillingEmails: NewsEmails<DirectBillingSwitch> = {
  customer(language, facts) {
    const say = sayIn(language);
    const v = directBillingValues(facts);
    return letter(language, say('email.switched_to_direct_billing.customer.subject', v), [
      say('email.common.customer.greeting'),
      say('email.switched_to_direct_billing.customer.body', v),
      say('email.switched_to_direct_billing.customer.forfeited', v),
      yourPartner(say, facts),
    ]);
  },
  partner(language, facts) {
    const say = sayIn(language);
    const v = directBillingValues(facts);
    return letter(language, say('email.switched_to_direct_billing.partner.subject', v), [
      say('email.common.partner.greeting', v),
      say('email.switched_to_direct_billing.partner.body', v),
      say('email.switched_to_direct_billing.partner.forfeited', v),
      ...(facts.stillPartnerOfRecord ? [say('email.switched_to_direct_billing.partner.remains')] : []),
      partnerRows(say, facts, facts.stillPartnerOfRecord),
    ]);
  },
};

export function delegatedAdminRemovedEmail(
  language: Language,
  input: {
    organization: string;
    domain: string;
    partnerName: string;
    at: string;
    /** Who ended it: the customer's admin, or the partner itself (stepping down). */
    by: 'customer' | 'partner';
    /** Whether the partner still sees the tenant, as the Partner of Record of one of its subscriptions. */
    stillPartnerOfRecord: boolean;
  },
): EmailContent {
  const say = sayIn(language);
  const v = {
    organization: input.organization,
    domain: input.domain,
    partnerName: input.partnerName,
    at: new Date(input.at),
  };
  return letter(language, say('email.delegated_admin_removed.partner.subject', v), [
    say('email.common.partner.greeting', v),
    say(
      input.by === 'customer'
        ? 'email.delegated_admin_removed.partner.by_customer'
        : 'email.delegated_admin_removed.partner.by_partner',
      v,
    ),
    say(
      input.stillPartnerOfRecord
        ? 'email.delegated_admin_removed.partner.still_por'
        : 'email.delegated_admin_removed.partner.no_access',
      v,
    ),
  ]);
}
