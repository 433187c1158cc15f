/**
 * English (emails): the reference; every other language's emails catalog has exactly these messages.
 * `email.<kind>.<audience>.<part>`: `customer` is read by the tenant's Global Administrators,
 * `partner` by a partner (`former_partner`: the one a change concerns no longer); `common` parts are
 * shared by several emails. ICU MessageFormat: write apostrophes as ’ (a straight ' quotes in ICU).
 */
export const en = {
  'email.common.any.date': '{at, date, long}',
  /** A label and its value on a line of the plain text (a table's row, a link's address). */
  'email.common.any.row': '{label}: {value}',
  'email.common.customer.greeting': 'Hello,',
  'email.common.customer.your_partner':
    'Your Partner of Record is {partnerName} (partner program id {programId}, {partnerEmail}).',
  'email.common.customer.no_partner':
    'This subscription has no Partner of Record: any partner of the program can sell you product keys for it.',
  'email.common.partner.greeting': 'Hello {partnerName},',
  'email.common.partner.label_customer': 'Customer',
  'email.common.partner.label_domain': 'Domain',
  'email.common.partner.label_subscription': 'Subscription',
  'email.common.partner.label_product': 'Product',
  'email.common.partner.label_seats': 'Seats',
  'email.common.partner.value_seats':
    '{seats, plural, one {# seat} other {# seats}}, {assigned, number} assigned',
  'email.common.partner.label_term_end': 'End of term',
  'email.common.partner.label_admins': 'Customer administrators',
  'email.common.partner.value_admin': '{name}, {email}',
  'email.common.partner.customer_told':
    'The customer’s administrators received an email of their own about this, in their language.',

  'email.welcome_admin.customer.subject': 'Your tenant {domain} is ready',
  'email.welcome_admin.customer.greeting': 'Hello {firstName},',
  'email.welcome_admin.customer.intro':
    'Your organization {organization} has its tenant {domain}, and you are one of its Global Administrators (user name {userName}).',
  'email.welcome_admin.customer.token_label': 'Your administrator token:',
  'email.welcome_admin.customer.usage':
    'Send it in the header “{header}” with each request to the Keycard API at {apiBaseUrl}. Keep it secret: anyone holding it can administer your tenant. If it is lost, another administrator of your tenant, or your delegated administrator, can have a new one sent to you.',
  'email.welcome_admin.customer.delegated_from_setup':
    '{partnerName} (partner program id {programId}) is a delegated administrator of your tenant from its setup: they can administer your users and subscriptions, and use no license.',
  'email.welcome_admin.customer.delegated_since':
    '{partnerName} (partner program id {programId}) has been a delegated administrator of your tenant since {since, date, long}: they can administer your users and subscriptions, and use no license.',
  'email.welcome_admin.customer.end_delegation':
    'You can end this at any time by sending this request with your token; from then on {partnerName} no longer administers your tenant:',

  'email.admin_token_reissued.customer.subject': 'A new administrator token for {domain}',
  'email.admin_token_reissued.customer.greeting': 'Hello {firstName},',
  'email.admin_token_reissued.customer.by_partner':
    '{partnerName}, your delegated administrator, asked for a new administrator token for you (user name {userName}, tenant {domain}). Your previous token no longer works.',
  'email.admin_token_reissued.customer.by_admin':
    'Another administrator of your tenant asked for a new administrator token for you (user name {userName}, tenant {domain}). Your previous token no longer works.',
  'email.admin_token_reissued.customer.token_label': 'Your new token:',
  'email.admin_token_reissued.customer.usage':
    'Send it in the header “{header}” with each request to the Keycard API at {apiBaseUrl}. Keep it secret.',

  'email.delegation_offer.customer.subject': '{partnerName} offers to administer {domain}',
  'email.delegation_offer.customer.intro':
    '{partnerName} (partner program id {programId}) offers to become a delegated administrator of {organization} ({domain}).',
  'email.delegation_offer.customer.message_label': 'Their message:',
  'email.delegation_offer.customer.explain':
    'A delegated administrator can administer every service and subscription of your organization, and uses no license. Nothing changes unless you accept, and you can end it at any time.',
  'email.delegation_offer.customer.answer':
    'Accept or decline on the offer’s page, until {expiresAt, date, long}:',
  'email.delegation_offer.customer.button': 'See the offer',

  'email.delegation_accepted.partner.subject': 'You now administer {domain}',
  'email.delegation_accepted.partner.body':
    '{organization} ({domain}) accepted your offer of {offeredAt, date, long}: you are now one of its delegated administrators, and can administer its users and subscriptions. The customer can end this at any time; you will be told if they do.',

  'email.partner_of_record_changed.any.named': '{name} (partner program id {programId})',
  'email.partner_of_record_changed.any.nobody': 'no partner',
  'email.partner_of_record_changed.customer.subject': 'Partner of Record changed for {domain}',
  'email.partner_of_record_changed.customer.body':
    'The Partner of Record of the {product} subscription of {organization} ({domain}, subscription {subscriptionId}) is now {to}; it was {from}.',
  'email.partner_of_record_changed.customer.now_partner':
    '{partnerName} now receives the renewal notices of this subscription, sees your tenant and can renew it with product keys.',
  'email.partner_of_record_changed.customer.now_nobody':
    'No partner receives the renewal notices of this subscription any more; you still do.',
  'email.partner_of_record_changed.partner.subject':
    'You are now Partner of Record for {organization} ({domain})',
  'email.partner_of_record_changed.partner.body':
    'You are now the Partner of Record of the {product} subscription of {organization} ({domain}); it was {from}. From now on you receive its renewal notices, see the tenant, and can renew it or add seats with product keys.',
  'email.partner_of_record_changed.former_partner.subject':
    'You are no longer Partner of Record for {organization} ({domain})',
  'email.partner_of_record_changed.former_partner.body':
    'The Partner of Record of the {product} subscription of {organization} ({domain}) is now {to}. You no longer receive its renewal notices and can no longer renew it. You still see the tenant while you are its delegated administrator or the Partner of Record of another of its subscriptions.',

  'email.renewal_notice.customer.subject': '{product} for {domain} ends on {end, date, long}',
  'email.renewal_notice.customer.intro':
    'The {product} subscription of {organization} ({domain}, subscription {subscriptionId}, {seats, plural, one {# seat} other {# seats}}) ends on {end, date, long}, in {days, plural, one {# day} other {# days}}.',
  'email.renewal_notice.customer.follows':
    'After it ends, everyone keeps full use for {graceDays, plural, one {# day} other {# days}}, until {graceEnd, date, long}. Then the subscription is disabled: only Global Administrators can sign in, and it can still be renewed. On {deleteAt, date, long} your organization’s users and data are deleted.',
  'email.renewal_notice.customer.renew_partner':
    'To renew, ask {partnerName}, your Partner of Record (partner program id {programId}, {partnerEmail}), for a {product} product key: they redeem it for this subscription, and the new term follows on from {end, date, long} without a break.',
  'email.renewal_notice.customer.renew_no_partner':
    'To renew, ask a partner of the program for a {product} product key: they redeem it for this subscription, and the new term follows on from {end, date, long} without a break.',
  'email.renewal_notice.customer.renew_direct':
    'Or switch to direct billing: a new subscription billed to you directly, active at once, that renews itself every 12 months. The switch gives up the prepaid days left of this one, so it is best made shortly before {end, date, long}.',
  'email.renewal_notice.partner.subject':
    'Renewal due: {organization} ({domain}), {product}, ends on {end, date, long}',
  'email.renewal_notice.partner.intro':
    'The {product} subscription of your customer {organization}, of which you are the Partner of Record, ends on {end, date, long}, in {days, plural, one {# day} other {# days}}.',
  'email.renewal_notice.partner.action':
    'To renew it, redeem a {product} product key for subscription {subscriptionId} (in the console, or in the API by completing a redemption with the action renew). The new term follows on from {end, date, long}; the keys must give at least {assigned, plural, one {# seat} other {# seats}}, the licenses assigned now.',
  'email.renewal_notice.partner.follows':
    'If it is not renewed, the customer keeps full use until {graceEnd, date, long}; then the subscription is disabled, and on {deleteAt, date, long} its users and data are deleted.',

  'email.subscription_expired.customer.subject':
    '{product} for {domain} has ended: full use until {graceEnd, date, long}',
  'email.subscription_expired.customer.intro':
    'The {product} subscription of {organization} ({domain}, subscription {subscriptionId}, {seats, plural, one {# seat} other {# seats}}) ended on {end, date, long}.',
  'email.subscription_expired.customer.now':
    'Everyone keeps full use until {graceEnd, date, long}. Then the subscription is disabled: only Global Administrators can sign in, and no user can be added or licensed. On {deleteAt, date, long} your organization’s users and data are deleted.',
  'email.subscription_expired.customer.renew_partner':
    'To renew, ask {partnerName}, your Partner of Record (partner program id {programId}, {partnerEmail}), for a {product} product key: the new term follows on from {end, date, long}, and nobody loses access.',
  'email.subscription_expired.customer.renew_no_partner':
    'To renew, ask a partner of the program for a {product} product key: the new term follows on from {end, date, long}, and nobody loses access.',
  'email.subscription_expired.customer.renew_direct':
    'Or switch to direct billing: a new subscription billed to you directly, active at once, that renews itself every 12 months.',
  'email.subscription_expired.partner.subject':
    'Ended: {organization} ({domain}), {product}; full use until {graceEnd, date, long}',
  'email.subscription_expired.partner.intro':
    'The {product} subscription of your customer {organization}, of which you are the Partner of Record, ended on {end, date, long} without being renewed. The customer keeps full use until {graceEnd, date, long}.',
  'email.subscription_expired.partner.action':
    'Renew it now with a {product} product key for subscription {subscriptionId}: the new term follows on from {end, date, long}, and nobody loses access. Without a renewal it is disabled on {graceEnd, date, long}, and its users and data are deleted on {deleteAt, date, long}.',

  'email.subscription_disabled.customer.subject': '{product} for {domain} is disabled',
  'email.subscription_disabled.customer.intro':
    'The {product} subscription of {organization} ({domain}, subscription {subscriptionId}) ended on {end, date, long} and was not renewed: it is now disabled. Only Global Administrators can sign in, and no user can be added or licensed.',
  'email.subscription_disabled.customer.deletion':
    'Your organization’s users and data are kept until {deleteAt, date, long}, then deleted for good.',
  'email.subscription_disabled.customer.renew_partner':
    'Renewing gives everyone access again at once: ask {partnerName}, your Partner of Record (partner program id {programId}, {partnerEmail}), for a {product} product key; the new term starts on the day it is redeemed.',
  'email.subscription_disabled.customer.renew_no_partner':
    'Renewing gives everyone access again at once: ask a partner of the program for a {product} product key; the new term starts on the day it is redeemed.',
  'email.subscription_disabled.customer.renew_direct':
    'Or switch to direct billing: a new subscription billed to you directly, active at once, that renews itself every 12 months.',
  'email.subscription_disabled.partner.subject':
    'Disabled: {organization} ({domain}), {product}; data deleted on {deleteAt, date, long}',
  'email.subscription_disabled.partner.intro':
    'The {product} subscription of your customer {organization}, of which you are the Partner of Record, has been disabled since {graceEnd, date, long}: only its Global Administrators can sign in.',
  'email.subscription_disabled.partner.action':
    'A {product} product key redeemed for subscription {subscriptionId} gives everyone access again at once; the new term starts on the day it is redeemed. Without a renewal its users and data are deleted on {deleteAt, date, long}.',

  'email.subscription_deleted.customer.subject': '{product} for {domain} and its data are deleted',
  'email.subscription_deleted.customer.body':
    'The {product} subscription of {organization} ({domain}, subscription {subscriptionId}) ended on {end, date, long} and was not renewed. As announced, its users and your organization’s data are now deleted, and the domain {domain} is released.',
  'email.subscription_deleted.customer.again':
    'To work with us again, a partner of the program can start a new subscription for you with a new product key.',
  'email.subscription_deleted.partner.subject': 'Deleted: {organization} ({domain}), {product}',
  'email.subscription_deleted.partner.body':
    'The {product} subscription {subscriptionId} of {organization} ({domain}), of which you were the Partner of Record, ended on {end, date, long} and was not renewed: it is now deleted, with its users and the customer’s data, and the domain {domain} is released.',
  'email.subscription_deleted.partner.action':
    'It can no longer be renewed. For this customer to come back, start a new tenant for them with a new product key.',

  'email.subscription_renewed.customer.subject': '{product} for {domain} is renewed until {end, date, long}',
  'email.subscription_renewed.customer.body':
    'The {product} subscription of {organization} ({domain}, subscription {subscriptionId}) has been renewed with product keys redeemed by {redeemerName}: it now runs until {end, date, long}, with {newSeats, plural, one {# seat} other {# seats}} in the new term.',
  'email.subscription_renewed.partner.subject':
    'Renewed: {organization} ({domain}), {product}, until {end, date, long}',
  'email.subscription_renewed.partner.body':
    'The {product} subscription {subscriptionId} of your customer {organization} has been renewed with product keys redeemed by {redeemerName}: it now runs until {end, date, long}, with {newSeats, plural, one {# seat} other {# seats}} in the new term.',
} as const;
