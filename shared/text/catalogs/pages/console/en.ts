import { enCustomer } from './customer/en';
/**
 * English (the partner console): the reference; every other language has exactly these messages.
 * The console (console/i18n.ts) bundles English and Italian; the others are here for the console
 * issue to offer.
 */
const STATE =
  '{state, select, active {active} expired {expired} disabled {disabled} deleted {deleted} migrated {migrated} other {{state}}}';

export const en = {
  'console.title': 'Keycard partner console',
  'console.language': 'Language',
  'console.nav.label': 'Console',
  'console.nav.who': '{name} ({partnerId})',
  'console.nav.redeem': 'Redeem product keys',
  'console.nav.customers': 'Customers',
  'console.nav.renewals': 'Renewals due',
  'console.nav.integrations': 'Integrations',
  'console.integrations.heading': 'Integrations',
  'console.integrations.title': 'Integrations · Keycard',
  'console.integrations.intro':
    'Keycard sends its events (a redemption completed, a renewal due, a subscription expired…) to your tools as webhooks: an HTTPS request to each endpoint you add here, signed with that endpoint’s secret as the Standard Webhooks specification says.',
  'console.integrations.endpoints': 'Your endpoints',
  'console.integrations.count':
    '{count, plural, =0 {No endpoint yet: add one below.} one {# endpoint, of at most 10.} other {# endpoints, of at most 10.}}',
  'console.integrations.url': 'URL',
  'console.integrations.description': 'Description',
  'console.integrations.events': 'Events',
  'console.integrations.state': 'State',
  'console.integrations.allEvents': 'All events, including types added later',
  'console.integrations.enabled': 'Enabled: events are sent as they happen.',
  'console.integrations.disabledByYou':
    'Disabled by you on {at}. Its events are held, and sent when you enable it again.',
  'console.integrations.disabledFailing':
    'Disabled by Keycard on {at}: every delivery failed since {since}. Its events are held, and sent when you enable it again.',
  'console.integrations.failing':
    'Every delivery has failed since {since}. After 3 days of failures Keycard disables the endpoint and emails you.',
  'console.integrations.lastErrors': 'Last errors',
  'console.integrations.errorAt': '{at}: {error}',
  'console.integrations.enableAgain': 'Enable again',
  'console.integrations.enableNote': 'Enabling it again sends the events held while it was disabled.',
  'console.integrations.disable': 'Disable',
  'console.integrations.disabledNow':
    'The endpoint is disabled. Its events are held until you enable it again.',
  'console.integrations.enabledNow':
    'The endpoint is enabled again: the events held meanwhile are being sent.',
  'console.integrations.test': 'Send test event',
  'console.integrations.testSent': 'Test event sent. Its delivery shows below in a moment.',
  'console.integrations.testOutcome':
    '{status, select, delivered {The test event was delivered.} failed {The test event could not be delivered: its attempts are listed below.} other {The test event is still on its way: use Refresh to see it arrive.}}',
  'console.integrations.rotate': 'Rotate secret',
  'console.integrations.rotateConfirm':
    'Make a new signing secret for this endpoint? The current one keeps signing messages for 24 hours, so you have time to deploy the new one.',
  'console.integrations.rotateYes': 'Make a new secret',
  'console.integrations.rotateNo': 'Keep the current one',
  'console.integrations.delete': 'Delete',
  'console.integrations.deleteConfirm':
    'Delete the endpoint {url}? Nothing more will be sent to it, and it cannot be undone.',
  'console.integrations.deleteYes': 'Delete the endpoint',
  'console.integrations.deleteNo': 'Keep it',
  'console.integrations.deleted': 'The endpoint {url} was deleted.',
  'console.integrations.secretHeading': 'The signing secret of {url}',
  'console.integrations.secretOnce': 'Copy it now and keep it in your tool: Keycard will not show it again.',
  'console.integrations.secretLabel': 'Signing secret',
  'console.integrations.copy': 'Copy the secret',
  'console.integrations.copied': 'Copied.',
  'console.integrations.copyFailed': 'It could not be copied: select it and copy it yourself.',
  'console.integrations.secretDone': 'I have saved it',
  'console.integrations.rotated':
    'Until {until}, the previous secret signs every message too (for 24 hours), so your tool accepts both while you deploy the new one.',
  'console.integrations.add': 'Add an endpoint',
  'console.integrations.urlHelp':
    'Where Keycard sends the events: an https address where your tool answers 2xx within 10 seconds.',
  'console.integrations.descriptionHelp': 'What it is, for your team (optional, at most 200 characters).',
  'console.integrations.eventsLegend': 'Events to send',
  'console.integrations.typesNeeded': 'Choose at least one event, or all events.',
  'console.integrations.addSubmit': 'Add endpoint',
  'console.integrations.urlField': 'Enter the full address of your endpoint, starting with https://.',
  'console.integrations.descriptionField': 'A description has at most 200 characters.',
  'console.integrations.sinceField': 'Enter a time within the last 30 days, not in the future.',
  'console.integrations.eventType':
    '{type, select, redemption_completed {Redemption completed} subscription_created {Subscription created} subscription_renewed {Subscription renewed} subscription_seats_added {Seats added} subscription_renewal_due {Renewal due} subscription_expired {Subscription expired} subscription_disabled {Subscription disabled} subscription_deleted {Subscription deleted} subscription_switched_to_direct_billing {Switched to direct billing} partner_of_record_changed {Partner of Record changed} delegation_offer_accepted {Offer of delegated administration accepted} delegation_offer_declined {Offer of delegated administration declined} delegation_offer_expired {Offer of delegated administration expired} delegated_admin_removed {Delegated administrator removed} ping {Test event} other {{type}}}',
  'console.integrations.deliveries': 'Recent deliveries',
  'console.integrations.noDeliveries': 'Nothing sent to this endpoint yet.',
  'console.integrations.deliveryStatus':
    '{status, select, pending {Pending} delivered {Delivered} failed {Failed: every attempt failed} held {Held while the endpoint is disabled} other {{status}}}',
  'console.integrations.nextAttempt': 'Next attempt {at}.',
  'console.integrations.eventAt': 'Event of {at}',
  'console.integrations.attempt':
    '{at}: {answered, select, yes {HTTP {status}} other {no answer}} after {ms} ms',
  'console.integrations.noAttempts': 'No attempt yet.',
  'console.integrations.redeliver': 'Redeliver',
  'console.integrations.redelivered': 'Sent again: its new attempts show in the list.',
  'console.integrations.refresh': 'Refresh deliveries',
  'console.integrations.more': 'Show more deliveries',
  'console.integrations.redeliverSince': 'Redeliver since…',
  'console.integrations.sinceLabel': 'Every event since (UTC)',
  'console.integrations.sinceHelp':
    'Within the last 30 days: every event since then of the types this endpoint takes is sent again.',
  'console.integrations.sinceSubmit': 'Redeliver these events',
  'console.integrations.queued':
    '{queued, plural, =0 {No event since then to send again.} one {# event is being sent again.} other {# events are being sent again.}}',
  'console.nav.signOut': 'Sign out',
  'console.outage.heading': 'Keycard partner console',
  'console.outage.retry': 'Try again',
  'console.signIn.heading': 'Sign in to Keycard',
  'console.signIn.token': 'Partner token',
  'console.signIn.tokenHelp':
    'The kcp_ token your operator gave you. It is kept only until you close the browser.',
  'console.signIn.submit': 'Sign in',
  'console.signIn.tokenStopped': 'Your token no longer works (it may have been replaced). Sign in again.',

  'console.problem.unauthenticated':
    'This token is not valid. It may have been replaced by a newer one: ask your operator.',
  'console.problem.network': 'Keycard cannot be reached. Check your connection and try again.',
  'console.problem.unavailable': 'Keycard is not available right now. Try again in a moment.',
  'console.problem.busy': 'Keycard is busy right now. Try again in a moment.',
  'console.problem.invalidKeyFormat': 'A product key has 25 letters and digits, in five groups of five.',
  'console.problem.keyChecksumMismatch':
    'This key has a typing mistake. Check each group of five against the card.',
  'console.problem.keyNotFound': 'This key is not known. Check it against the card.',
  'console.problem.keyAlreadyRedeemed': 'This key has already been redeemed.',
  'console.problem.keyReserved': 'This key is being redeemed in another wizard.',
  'console.problem.keyRevoked': 'This key has been revoked and cannot be used.',
  'console.problem.keySkuMismatch': 'All keys of one redemption must be for the same product and term.',
  'console.problem.keyAlreadyAdded': 'This key is already in the list.',
  'console.problem.tooManyFailedKeyAttempts':
    'Too many unknown keys were tried. Wait a few minutes and try again.',
  'console.problem.redemptionExpired':
    'This redemption expired before it was finished, and its keys were released.',
  'console.problem.redemptionEmpty': 'Add at least one product key first.',
  'console.problem.domainUnavailable': 'This domain name is taken. Choose another.',
  'console.problem.domainPrefixFormat':
    'A domain name has 3 to 27 lower-case letters and digits and starts with a letter.',
  'console.problem.countryNotSupported': 'Keycard is not offered in this country.',
  'console.problem.partnerNotEligible':
    'Only partners enrolled in Cloud Essentials can offer delegated administration.',
  'console.problem.offerAlreadyPending': 'An offer to this customer is already waiting for an answer.',
  'console.problem.delegationAlreadyActive': 'You are already a delegated administrator of this customer.',
  'console.problem.insufficientSeats': 'These keys give fewer seats than the licenses already assigned.',
  'console.problem.subscriptionMigrated':
    'This subscription moved to direct billing; keys no longer apply to it.',
  'console.problem.validationFailed': 'Some fields need attention.',
  'console.problem.fallback': 'Something went wrong. Try again.',
  'console.problem.forbidden': 'You are not allowed to do this for this customer or subscription.',
  'console.problem.notFound': 'This was not found. It may have been removed, or it is not one of yours.',
  'console.problem.consoleRequest':
    'The console sent a request Keycard could not accept. Reload the page and try again.',
  'console.problem.invalidText':
    'This text holds invisible control characters (perhaps pasted from another document). Type it again.',
  'console.problem.invalidContinuationToken': 'This list changed while you were reading it. Open it again.',
  'console.problem.idempotencyKeyReused':
    'This request was already sent with other details. Reload the page and try again.',
  'console.problem.requestInProgress':
    'This is already being done. Wait a moment, then check the result before trying again.',
  'console.problem.preconditionFailed':
    'Someone changed this in the meantime. Reload it and make your change again.',
  'console.problem.partnerExists': 'A partner with this program id is already registered.',
  'console.problem.attestationRequired':
    'Confirm first that you are the right person to redeem product keys for your organization.',
  'console.problem.tooManyKeys':
    'This redemption holds as many keys as it can. Finish it, then redeem the others in a new one.',
  'console.problem.redemptionNotOpen':
    'These keys are already confirmed and can no longer be changed. Go on to step 2.',
  'console.problem.redemptionNotConfirmed': 'Verify and confirm the keys before step 2.',
  'console.problem.redemptionCompleted':
    'This redemption is already finished and its keys are used. Redeem more keys to start again.',
  'console.problem.partnerNotFound': 'This partner is not registered with Keycard.',
  'console.problem.invalidCountryCode': "Choose the customer's country or region from the list.",
  'console.problem.unsupportedLanguage':
    'Keycard does not write in this language. Choose English, Italian, German, French or Spanish.',
  'console.problem.keyTermTooShort':
    "These keys end before the subscription's current term does, so they cannot add seats to it. Renew it with them instead, or use keys with a longer term.",
  'console.problem.keyTermExceedsRemaining':
    "These keys run more than 30 days past the end of the subscription's current term: those days would go unused. Renew it with them instead, or use keys with a shorter term.",
  'console.problem.prepaidTermRemaining':
    'Switching to direct billing now would give up prepaid days of this subscription. Confirm that you want to give them up.',
  'console.problem.subscriptionNotActive':
    'This subscription is not active (it has expired or is disabled), so seats cannot be added to it. Renew it with these keys instead.',
  'console.problem.subscriptionDisabled': 'This subscription is disabled. Renew it before adding users.',
  'console.problem.subscriptionDeleted': 'This subscription has been deleted and can no longer be changed.',
  'console.problem.noLicensesAvailable':
    'Every license of this subscription is assigned. Add seats, or add the user without a license.',
  'console.problem.userExists': 'This customer already has a user with this user name.',
  'console.problem.lastAdmin':
    "This is the customer's last Global Administrator. Make someone else Global Administrator first.",
  'console.problem.userNotAdministrator':
    'Only a Global Administrator with a contact email can be sent a new sign-in token.',
  'console.problem.offerExpired': 'This offer has expired (offers last 90 days). Send a new one.',
  'console.problem.offerUsed': 'This offer has already been answered.',
  'console.problem.offerWithdrawn': 'This offer has been withdrawn.',
  'console.problem.notificationNotFailed': 'Only a notification that failed can be sent again.',
  'console.problem.tooManyWebhookEndpoints':
    'Keycard keeps at most 10 webhook endpoints for a partner. Remove one you no longer use first.',
  'console.problem.webhookUrlForbidden':
    'Keycard may not send events to this address. Use an https URL of a public server, not a private or local network address.',
  'console.problem.internalError':
    'Keycard ran into an error of its own. Try again; if it happens again, tell your operator.',

  'console.field.key': 'Type the 25 letters and digits of the key, as printed on the card.',
  'console.field.organizationName': "Type the customer's organization name (up to 256 characters).",
  'console.field.firstName': "Type the administrator's first name (up to 64 characters).",
  'console.field.lastName': "Type the administrator's last name (up to 64 characters).",
  'console.field.email': "Type the administrator's email address, like name@example.com.",
  'console.field.phone': 'Type a phone number, like +39 02 1234567.',
  'console.field.choice': 'Tick this box or leave it empty.',
  'console.field.subscription': 'Choose one of your subscriptions from the list.',
  'console.field.offerMessage': 'Write a message to the customer (up to 2000 characters).',
  'console.field.other': 'Keycard did not accept this value. Reload the page and try again.',

  'console.wizard.heading': 'Redeem product keys',
  'console.wizard.stepKeys': 'Type each 25-character key from the cards; add as many as you have.',
  'console.wizard.stepVerify': 'Verify that everything is correct, and confirm.',
  'console.wizard.stepCustomer':
    "Step 2: create the customer's account, or add the keys to an existing subscription.",
  'console.wizard.finishHere':
    'Finish in this window: if you close it, the keys are released and you start again.',
  'console.wizard.attestation': "I'm the right person to redeem product keys for my organization",
  'console.wizard.attestationFirst': 'Confirm that you are the right person first.',
  'console.wizard.attestationTick': 'Tick this box to go on.',
  'console.wizard.start': 'Start',
  'console.wizard.startAgain': 'Start again',

  'console.keys.heading': 'Add product keys',
  'console.keys.field': 'Product key',
  'console.keys.fieldHelp': '25 letters and digits, as printed on the card.',
  'console.keys.add': 'Add product key',
  'console.keys.addAnother': 'Add another product key',
  'console.keys.listHeading': 'Keys in this redemption',
  'console.keys.listLabel': 'Keys added',
  'console.keys.item':
    '{product}, {seats, plural, one {# seat} other {# seats}}, {months, plural, one {# month} other {# months}}',
  'console.keys.remove': 'Remove',
  'console.keys.removeLabel': 'Remove key {key}',
  'console.keys.next': 'Next: verify',

  'console.verify.heading': 'Verify that everything is correct',
  'console.verify.product': 'Product',
  'console.verify.seats': 'Seats',
  'console.verify.term': 'Term',
  'console.verify.months': '{months, plural, one {# month} other {# months}}',
  'console.verify.keys': 'Keys',
  'console.verify.back': 'Back to the keys',
  'console.verify.confirm': 'Confirm',

  'console.confirmed.heading': 'Product key addition completed',
  'console.confirmed.text': 'The keys are held for this redemption. Now use them for a customer.',
  'console.confirmed.next': 'Start step 2',

  'console.customer.heading': 'Step 2: the customer',
  'console.customer.new': 'A new customer',
  'console.customer.country': 'Country or region',
  'console.customer.countryHelp': 'A country not in this list is not served.',
  'console.customer.chooseCountry': 'Choose a country',
  'console.customer.organization': 'Organization name',
  'console.customer.domain': 'Domain name',
  'console.customer.available': '{domain} is available.',
  'console.customer.taken': '{domain} is taken.',
  'console.customer.adminHeading': "The customer's administrator",
  'console.customer.firstName': 'First name',
  'console.customer.lastName': 'Last name',
  'console.customer.email': 'Email',
  'console.customer.emailHelp': 'The welcome email with the sign-in token goes here.',
  'console.customer.roleHeading': 'Your role',
  'console.customer.partnerOfRecord': 'Be the Partner of Record of this subscription',
  'console.customer.delegated':
    "Become the customer's delegated administrator now (the customer can end it at any time)",
  'console.customer.create': 'Create account',
  'console.customer.existing': 'Or an existing subscription',
  'console.customer.subscription': 'Subscription',
  'console.customer.subscriptionOption':
    '{product}, {seats, plural, one {# seat} other {# seats}}, ends {end, date, long} ({ref})',
  'console.customer.renew': 'Renew it with these keys',
  'console.customer.addSeats': 'Add these seats to it',
  'console.customer.addSeatsAnyway': 'Add the seats anyway',
  'console.customer.unusedDays':
    "These keys run {days, plural, one {# day} other {# days}} past the end of this subscription's current term: those days would go unused. Add the seats anyway, or renew the subscription with these keys instead.",

  'console.done.heading': 'Done',
  'console.done.customer': 'Customer',
  'console.done.subscription': 'Subscription',
  'console.done.subscriptionValue': `{product}, {seats, plural, one {# seat} other {# seats}}, ${STATE}`,
  'console.done.term': 'Term',
  'console.done.administrator': 'Administrator',
  'console.done.administratorValue': '{name} ({userName}), licensed',
  'console.done.welcomeSent': 'The administrator has been emailed a welcome with their sign-in token.',
  'console.done.applied': 'The keys are applied.',
  'console.done.notices':
    "Renewal notices go to the customer's administrators and the Partner of Record 60, 30, 7 and 1 days before {end, date, long}.",
  'console.done.again': 'Redeem more keys',
  'console.done.resumed': 'This redemption is finished: its keys are applied.',
  'console.title.wizardStart': 'Redeem product keys — step {step} of {steps} · Keycard',
  'console.title.wizard': '{heading} — Redeem product keys, step {step} of {steps} · Keycard',
  'console.wizard.progress': 'Step {step} of {steps}',
  'console.wizard.renewing':
    'You chose a subscription to renew: add the keys, and step 2 offers to renew it with them.',
  'console.wizard.cancel': 'Cancel the redemption',
  'console.wizard.cancelAsk':
    'Cancel this redemption? {keys, plural, =0 {You start again from the beginning.} one {Its key is released at once, and you start again from the beginning.} other {Its # keys are released at once, and you start again from the beginning.}}',
  'console.wizard.cancelYes': 'Yes, cancel it',
  'console.wizard.cancelNo': 'No, keep it',
  'console.wizard.cancelled':
    'The redemption is cancelled and its keys are released. Start a new one when you are ready.',
  'console.wizard.cancelFailed': 'The redemption is not cancelled yet: try again.',
  'console.wizard.cancelCompleted':
    'This redemption is already finished: its keys are used, so it can no longer be cancelled.',
  'console.wizard.cancelInProgress':
    'This redemption is being completed right now, so it cannot be cancelled. Wait a moment, then reload the page to see the result.',
  'console.wizard.resumedExpired':
    'The redemption you had open expired before it was finished, and its keys were released. Start a new one.',
  'console.wizard.resumedAbandoned':
    'The redemption you had open was cancelled, and its keys were released. Start a new one.',
  'console.wizard.resumedGone': 'The redemption you had open is no longer there. Start a new one.',
  'console.keys.confirmedNote':
    'These keys are confirmed, so this list can no longer change. Go on to step 2, or cancel the redemption to start over.',
  'console.keys.elsewhere': 'This key is in another of your redemptions, started on {at, date, long}.',
  'console.keys.openElsewhere': 'Open that wizard',
  'console.keys.openElsewhereNote':
    '{keys, plural, =0 {This wizard, still empty, is then closed.} one {This wizard is then cancelled and its key released.} other {This wizard is then cancelled and its # keys released.}}',
  'console.customer.renewing': 'Renew the subscription you chose',
  'console.customer.renewingNote':
    'You chose to renew this subscription with these keys. To create a new customer instead, use the form below.',
  'console.signOut.ask': 'A redemption is in progress. Signing out cancels it and releases its keys.',
  'console.signOut.yes': 'Sign out and cancel the redemption',
  'console.signOut.no': 'Stay signed in',
  'console.signOut.failed': 'You are still signed in, and the redemption is not cancelled.',

  'console.customers.heading': 'Customers',
  'console.customers.none': 'No customers yet. Redeem product keys to create one.',
  'console.tenant.name': '{organization} ({domain})',
  'console.tenant.place': '{domain}, {country}',
  'console.tenant.subscriptions': 'Subscriptions',
  'console.tenant.subscription': `{product}: ${STATE}`,
  'console.tenant.seatsUsed':
    '{assigned} of {seats, plural, one {# seat} other {# seats}} used, {start, date, long} to {end, date, long}',
  'console.term.span': '{start, date, long} to {end, date, long}',
  'console.term.label': 'Term {start, date, long} to {end, date, long}',
  'console.term.ends': 'Ends {at, date, long}',
  'console.term.notice':
    'Notice {days, plural, one {# day} other {# days}} before, {at, date, long} ({status, select, scheduled {scheduled} sent {sent} skipped {skipped} done {done} other {{status}}})',
  'console.tenant.users': 'Users',
  'console.tenant.delegates': 'Delegated administrators',
  'console.tenant.delegate': '{name} since {since, date, long}',
  'console.tenant.none': 'None.',
  'console.tenant.offerMessage': 'Message to the customer',
  'console.tenant.offer': 'Offer delegated administration',
  'console.tenant.offerSent': "Sent: the customer's administrators were emailed a link to accept or decline.",
  'console.tenant.notifications': 'Notifications sent',
  'console.tenant.notification': '{type}: {status}, {at, date, long}',
  'console.tenant.noneYet': 'None yet.',
  'console.tenant.all': 'All customers',
  'console.renewals.heading': 'Renewals due',
  'console.renewals.intro':
    "Your customers' subscriptions that end soon, the soonest first. Renew one with product keys before it ends, so that nobody loses access.",
  'console.renewals.horizon': 'Subscriptions ending in',
  'console.renewals.within': 'the next {days} days',
  'console.renewals.found':
    'Showing {count, plural, one {# subscription} other {# subscriptions}} ending in the next {days} days.',
  'console.renewals.none': 'No subscription of your customers ends in the next {days} days.',
  'console.renewals.subscription': '{product} for {customer}',
  'console.renewals.state':
    '{state, select, active {Active} expired {Expired: still fully usable during its 30 days of grace} disabled {Disabled: only its administrators can sign in until it is renewed} other {{state}}}',
  'console.renewals.seats': '{seats, plural, one {# seat} other {# seats}}, {assigned} in use',
  'console.renewals.ends': '{past, select, yes {Ended} other {Ends}} {end, date, long} ({relative})',
  'console.renewals.noticesSent':
    'Renewal notices sent: {list} {last, plural, one {day} other {days}} before the end.',
  'console.renewals.noNotices': 'No renewal notice sent yet.',
  'console.renewals.renew': 'Renew with keys',
  'console.renewals.direct': 'Billed directly: it renews itself.',
  'console.renewals.more': 'Show more',
  ...enCustomer,
} as const;
