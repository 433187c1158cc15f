import { letter, sayIn, type Say } from './email-letter';
import {
  partnerRows,
  subscriptionValues,
  yourPartner,
  type NewsEmails,
  type SubscriptionFacts,
} from './emails';

/**
 * The emails of a subscription's life, one for the customer's admins and one for the Partner of
 * Record, each saying what is true at that stage: before the end (a notice: what follows, how to
 * renew, what switching gives up), in grace, disabled, deleted; and a renewal's receipt.
 */

/** How a customer renews: through its Partner of Record when it has one. */
function renewal(
  say: Say,
  facts: SubscriptionFacts,
  kind: 'renewal_notice' | 'expired' | 'disabled',
): string {
  const v = subscriptionValues(facts);
  const ids = {
    renewal_notice: [
      'email.renewal_notice.customer.renew_partner',
      'email.renewal_notice.customer.renew_no_partner',
    ],
    expired: [
      'email.subscription_expired.customer.renew_partner',
      'email.subscription_expired.customer.renew_no_partner',
    ],
    disabled: [
      'email.subscription_disabled.customer.renew_partner',
      'email.subscription_disabled.customer.renew_no_partner',
    ],
  } as const;
  return say(ids[kind][facts.partner ? 0 : 1], v);
}

export const renewalNoticeEmails: NewsEmails<{ daysBeforeExpiry: number }> = {
  customer(language, facts) {
    const say = sayIn(language);
    const v = { ...subscriptionValues(facts), days: facts.daysBeforeExpiry };
    return letter(language, say('email.renewal_notice.customer.subject', v), [
      say('email.common.customer.greeting'),
      say('email.renewal_notice.customer.intro', v),
      say('email.renewal_notice.customer.follows', v),
      renewal(say, facts, 'renewal_notice'),
      say('email.renewal_notice.customer.renew_direct', v),
    ]);
  },
  partner(language, facts) {
    const say = sayIn(language);
    const v = { ...subscriptionValues(facts), days: facts.daysBeforeExpiry };
    return letter(language, say('email.renewal_notice.partner.subject', v), [
      say('email.common.partner.greeting', v),
      say('email.renewal_notice.partner.intro', v),
      partnerRows(say, facts),
      say('email.renewal_notice.partner.action', v),
      say('email.renewal_notice.partner.follows', v),
      say('email.common.partner.customer_told'),
    ]);
  },
};

export const subscriptionExpiredEmails: NewsEmails = {
  customer(language, facts) {
    const say = sayIn(language);
    const v = subscriptionValues(facts);
    return letter(language, say('email.subscription_expired.customer.subject', v), [
      say('email.common.customer.greeting'),
      say('email.subscription_expired.customer.intro', v),
      say('email.subscription_expired.customer.now', v),
      renewal(say, facts, 'expired'),
      say('email.subscription_expired.customer.renew_direct', v),
    ]);
  },
  partner(language, facts) {
    const say = sayIn(language);
    const v = subscriptionValues(facts);
    return letter(language, say('email.subscription_expired.partner.subject', v), [
      say('email.common.partner.greeting', v),
      say('email.subscription_expired.partner.intro', v),
      partnerRows(say, facts),
      say('email.subscription_expired.partner.action', v),
      say('email.common.partner.customer_told'),
    ]);
  },
};

export const subscriptionDisabledEmails: NewsEmails = {
  customer(language, facts) {
    const say = sayIn(language);
    const v = subscriptionValues(facts);
    return letter(language, say('email.subscription_disabled.customer.subject', v), [
      say('email.common.customer.greeting'),
      say('email.subscription_disabled.customer.intro', v),
      say('email.subscription_disabled.customer.deletion', v),
      renewal(say, facts, 'disabled'),
      say('email.subscription_disabled.customer.renew_direct', v),
    ]);
  },
  partner(language, facts) {
    const say = sayIn(language);
    const v = subscriptionValues(facts);
    return letter(language, say('email.subscription_disabled.partner.subject', v), [
      say('email.common.partner.greeting', v),
      say('email.subscription_disabled.partner.intro', v),
      partnerRows(say, facts),
      say('email.subscription_disabled.partner.action', v),
      say('email.common.partner.customer_told'),
    ]);
  },
};

export const subscriptionDeletedEmails: NewsEmails = {
  customer(language, facts) {
    const say = sayIn(language);
    const v = subscriptionValues(facts);
    return letter(language, say('email.subscription_deleted.customer.subject', v), [
      say('email.common.customer.greeting'),
      say('email.subscription_deleted.customer.body', v),
      say('email.subscription_deleted.customer.again', v),
    ]);
  },
  partner(language, facts) {
    const say = sayIn(language);
    const v = subscriptionValues(facts);
    return letter(language, say('email.subscription_deleted.partner.subject', v), [
      say('email.common.partner.greeting', v),
      say('email.subscription_deleted.partner.body', v),
      partnerRows(say, facts, false),
      say('email.subscription_deleted.partner.action', v),
    ]);
  },
};

export const subscriptionRenewedEmails: NewsEmails<{ keySeats: number; redeemedBy: string }> = {
  customer(language, facts) {
    const say = sayIn(language);
    const v = { ...subscriptionValues(facts), newSeats: facts.keySeats, redeemerName: facts.redeemedBy };
    return letter(language, say('email.subscription_renewed.customer.subject', v), [
      say('email.common.customer.greeting'),
      say('email.subscription_renewed.customer.body', v),
      yourPartner(say, facts),
    ]);
  },
  partner(language, facts) {
    const say = sayIn(language);
    const v = { ...subscriptionValues(facts), newSeats: facts.keySeats, redeemerName: facts.redeemedBy };
    return letter(language, say('email.subscription_renewed.partner.subject', v), [
      say('email.common.partner.greeting', v),
      say('email.subscription_renewed.partner.body', v),
      partnerRows(say, facts),
    ]);
  },
};
