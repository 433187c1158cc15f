/**
 * English (facts): the reference; every other language's facts catalog has exactly these messages.
 * The emails of facts told since issue 20 (shared/app/fact-emails.ts), named as in emails/en.ts.
 */
export const en = {
  'email.seats_added.customer.subject':
    '{added, plural, one {# seat} other {# seats}} added to {product} for {domain}',
  'email.seats_added.customer.body':
    '{redeemerName} redeemed product keys for {added, plural, one {# more seat} other {# more seats}} on the {product} subscription of {organization} ({domain}, subscription {subscriptionId}). It now has {seats, plural, one {# seat} other {# seats}} until {until, date, long}, and you can assign the new licenses to users now.',
  'email.seats_added.partner.subject':
    'Seats added: {organization} ({domain}), {product}, now {seats, plural, one {# seat} other {# seats}}',
  'email.seats_added.partner.body':
    '{added, plural, one {# seat was} other {# seats were}} added to the {product} subscription {subscriptionId} of your customer {organization}, with product keys redeemed by {redeemerName}. It now has {seats, plural, one {# seat} other {# seats}} until {until, date, long}.',

  'email.delegation_offer_declined.partner.subject':
    '{organization} declined your offer to administer {domain}',
  'email.delegation_offer_declined.partner.body':
    '{organization} ({domain}) declined your offer of {offeredAt, date, long} to become one of its delegated administrators. Nothing changes in what you can do for this customer; you can send a new offer when they are ready.',
  'email.delegation_offer_expired.partner.subject': 'Your offer to administer {domain} has expired',
  'email.delegation_offer_expired.partner.body':
    'Your offer of {offeredAt, date, long} to become a delegated administrator of {organization} ({domain}) was not answered by {expiresAt, date, long} and has expired; its link no longer works. You can send a new offer.',

  'email.switched_to_direct_billing.customer.subject': '{product} for {domain} is now billed directly',
  'email.switched_to_direct_billing.customer.body':
    'On {at, date, long} the {product} subscription of {organization} ({domain}) moved to direct billing. Its successor, subscription {newSubscriptionId} with {seats, plural, one {# seat} other {# seats}}, is active, billed to you directly, and renews itself every 12 months. Your users keep their licenses; product keys no longer apply to it.',
  'email.switched_to_direct_billing.customer.forfeited':
    '{days, plural, =0 {Subscription {oldSubscriptionId} has ended; no prepaid day was given up.} one {Subscription {oldSubscriptionId} has ended; the switch gave up its last prepaid day.} other {Subscription {oldSubscriptionId} has ended; the switch gave up its # prepaid days left.}}',
  'email.switched_to_direct_billing.partner.subject': 'Direct billing: {organization} ({domain}), {product}',
  'email.switched_to_direct_billing.partner.body':
    'On {at, date, long} your customer {organization} moved its {product} subscription {oldSubscriptionId} to direct billing. Its successor, subscription {newSubscriptionId}, is billed to the customer directly and renews itself every 12 months: product keys no longer renew it or add seats to it.',
  'email.switched_to_direct_billing.partner.remains':
    'You remain the Partner of Record of its successor, and still see the tenant.',
  'email.switched_to_direct_billing.partner.forfeited':
    '{days, plural, =0 {No prepaid day was given up.} one {The switch gave up # prepaid day.} other {The switch gave up # prepaid days.}}',

  'email.delegated_admin_removed.partner.subject': 'You no longer administer {domain}',
  'email.delegated_admin_removed.partner.by_customer':
    '{organization} ({domain}) ended your delegated administration of its tenant on {at, date, long}: you can no longer administer its users and subscriptions.',
  'email.delegated_admin_removed.partner.by_partner':
    'You stepped down as delegated administrator of {organization} ({domain}) on {at, date, long}: you can no longer administer its users and subscriptions.',
  'email.delegated_admin_removed.partner.still_por':
    'You still see the tenant, as the Partner of Record of one of its subscriptions.',
  'email.delegated_admin_removed.partner.no_access': 'You no longer see the tenant.',

  'email.webhook_endpoint_disabled.partner.subject': 'Webhook endpoint disabled: {endpointUrl}',
  'email.webhook_endpoint_disabled.partner.body':
    'Since {failingSince, date, long}, every attempt to deliver your events to the webhook endpoint below has failed, so on {disabledAt, date, long} we disabled it: no further delivery is attempted.',
  'email.webhook_endpoint_disabled.partner.label_url': 'URL',
  'email.webhook_endpoint_disabled.partner.label_description': 'Description',
  'email.webhook_endpoint_disabled.partner.label_failing_since': 'Failing since',
  'email.webhook_endpoint_disabled.partner.label_disabled_at': 'Disabled on',
  'email.webhook_endpoint_disabled.partner.value_at': '{at, date, long}, {at, time, short} UTC',
  'email.webhook_endpoint_disabled.partner.last_errors':
    '{count, plural, one {The last error:} other {The last # errors, newest first:}}',
  'email.webhook_endpoint_disabled.partner.held':
    'Your events are still recorded while it is disabled, and none is lost: when you enable the endpoint again, it receives every event held for it meanwhile.',
  'email.webhook_endpoint_disabled.partner.enable':
    'Once your receiver answers again, enable the endpoint on the Integrations page of the partner console, or through the API with PATCH /webhook-endpoints/ followed by its id and "enabled": true in the body (GET /webhook-endpoints lists your endpoints with their ids).',
  'email.webhook_endpoint_disabled.partner.feed':
    'You can also read the same events, with the same ids, from your event feed: GET /events.',
} as const;
