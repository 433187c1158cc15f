import { en as console } from './console/en';

/**
 * English (pages): the reference; every other language's pages catalog has exactly these messages.
 * The customer's offer page (`page.offer.*`, shared/http/offer-pages.ts) and the partner console
 * (`console.*`, ./console/).
 */
export const en = {
  'page.offer.title': 'Delegated administration offer',
  'page.offer.loading': 'Reading the offer…',
  'page.offer.noscript': 'This page needs JavaScript to read the offer from its link.',
  'page.offer.heading': '{partner} offers to administer {organization}',
  'page.offer.intro':
    'The partner {partner} (partner program id {programId}) asks to become a delegated administrator of {domain}. Their message:',
  'page.offer.grants.heading': 'What accepting grants',
  'page.offer.grants.text':
    'A delegated administrator can administer every service and subscription of your organization: add and remove users, assign licenses, renew and change subscriptions. It uses no license. You can end it at any time: any Global Administrator of your organization removes the partner from its delegated administrators.',
  'page.offer.validUntil': 'This offer is valid until {expires}.',
  'page.offer.accept': 'Accept',
  'page.offer.decline': 'Decline',
  'page.offer.accepted.heading': 'Accepted',
  'page.offer.accepted.text':
    '{partner} is now a delegated administrator of {domain}. You can end it at any time.',
  'page.offer.declined.heading': 'Declined',
  'page.offer.declined.text': '{partner} will not administer {domain}.',
  'page.offer.gone.heading': 'Offer not available',
  'page.offer.gone.notFound':
    'This link does not lead to any offer. Check that you opened the whole link from the email.',
  'page.offer.gone.expired': 'This offer has expired. Ask the partner for a new one if you still want it.',
  'page.offer.gone.used': 'This offer has already been answered.',
  'page.offer.gone.withdrawn': 'The partner withdrew this offer.',
  'page.offer.gone.unavailable':
    'The service is not available right now. Try again in a moment: the link still works.',
  'page.offer.gone.failed': 'Something went wrong ({detail}). Try again in a moment.',
  'page.offer.gone.noAnswer': 'no answer',
  'page.offer.accepted.on': 'You accepted this offer on {date}.',
  'page.offer.declined.on': 'You declined this offer on {date}.',
  'page.offer.decline.confirm':
    'Decline this offer? {partner} will not administer {domain}, and this link will no longer work.',
  'page.offer.decline.yes': 'Yes, decline',
  'page.offer.decline.no': 'Keep the offer',
  'page.offer.retry': 'Try again',
  ...console,
} as const;
