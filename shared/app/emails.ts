import { skuName } from '../domain/catalog';
import type { EmailContent } from '../domain/notification';
import type { Tenant } from '../domain/tenant';
import type { User } from '../domain/user';
import { escapeHtml } from '../text/html';

/**
 * The texts of the emails Keycard sends. Plain text first; the HTML says the same. Written for people:
 * product names ("Business Basic", not BUSINESS_BASIC) and dates as "26 November 2027" (UTC), never
 * timestamps.
 */
/** A link shown as a button in the HTML, and as the bare address in the plain text. */
interface Button {
  label: string;
  href: string;
}

function html(paragraphs: (string | Button)[]): string {
  const part = (p: string | Button) =>
    typeof p === 'string'
      ? `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`
      : `<p><a href="${escapeHtml(p.href)}" style="display:inline-block;padding:10px 20px;background:#0b5cad;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(p.label)}</a></p>`;
  return `<!doctype html><html><body style="font-family:sans-serif">${paragraphs.map(part).join('')}</body></html>`;
}

function letter(subject: string, paragraphs: (string | Button)[]): EmailContent {
  const all = [...paragraphs, 'Keycard'];
  const text = all.map((p) => (typeof p === 'string' ? p : `${p.label}: ${p.href}`));
  return { subject, plainText: text.join('\n\n'), html: html(all) };
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2027-11-26T10:00:00.000Z` → `26 November 2027` (UTC, as every date Keycard keeps). */
export function dateForPeople(instant: string): string {
  const date = new Date(instant);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

export function productName(sku: string): string {
  return skuName(sku) ?? sku;
}

function plural(count: number, one: string): string {
  return `${count} ${one}${count === 1 ? '' : 's'}`;
}

export function welcomeAdminEmail(input: {
  tenant: Tenant;
  admin: User;
  token: string;
  apiBaseUrl: string;
}): EmailContent {
  return letter(`Your tenant ${input.tenant.domain} is ready`, [
    `Hello ${input.admin.firstName},`,
    `Your organization ${input.tenant.organizationName} has its tenant ${input.tenant.domain}, and you are one of its Global Administrators (user name ${input.admin.userName}).`,
    `Your administrator token is:\n${input.token}`,
    `Use it as "Authorization: Bearer <token>" with the Keycard API at ${input.apiBaseUrl}. Keep it secret: anyone holding it can administer your tenant. If it is lost, another administrator of your tenant, or your partner if it administers it, can have a new one sent to you.`,
  ]);
}

export function adminTokenReissuedEmail(input: {
  tenant: Tenant;
  admin: User;
  token: string;
  apiBaseUrl: string;
  requestedBy: string;
}): EmailContent {
  return letter(`A new administrator token for ${input.tenant.domain}`, [
    `Hello ${input.admin.firstName},`,
    `${input.requestedBy} asked for a new administrator token for you (user name ${input.admin.userName}, tenant ${input.tenant.domain}). Your previous token no longer works.`,
    `Your new token is:\n${input.token}`,
    `Use it as "Authorization: Bearer <token>" with the Keycard API at ${input.apiBaseUrl}. Keep it secret.`,
  ]);
}

export interface SubscriptionFacts {
  tenant: Tenant;
  subscriptionId: string;
  sku: string;
  seats: number;
  termEnd: string;
  graceEndsAt: string;
  deleteAt: string;
  graceDays: number;
  /** The Partner of Record, if any, to renew through. */
  partner: { name: string; programId: string } | null;
}

function describe(facts: SubscriptionFacts): string {
  return `the ${productName(facts.sku)} subscription of ${facts.tenant.organizationName} (${facts.tenant.domain}), ${plural(facts.seats, 'seat')}, subscription ${facts.subscriptionId}`;
}

function waysToRenew(facts: SubscriptionFacts): string {
  const partner = facts.partner
    ? `ask ${facts.partner.name} (partner program id ${facts.partner.programId}) for another product key`
    : 'ask your partner for another product key';
  return `Two ways to renew: ${partner}; or switch to direct billing, which starts a new subscription billed to you directly, active at once (best done shortly before the end: the prepaid days left are given up).`;
}

function whatFollows(facts: SubscriptionFacts): string {
  return `After it ends you keep full use for ${facts.graceDays} days, until ${dateForPeople(facts.graceEndsAt)}. Then the subscription is disabled: only Global Administrators can sign in, and it can still be renewed. On ${dateForPeople(facts.deleteAt)} your organization's data is deleted.`;
}

export function renewalNoticeEmail(facts: SubscriptionFacts & { daysBeforeExpiry: number }): EmailContent {
  const end = dateForPeople(facts.termEnd);
  return letter(`${productName(facts.sku)} for ${facts.tenant.domain} ends on ${end}`, [
    `Hello,`,
    `${describe(facts)}, ends on ${end}, in ${plural(facts.daysBeforeExpiry, 'day')}.`,
    whatFollows(facts),
    waysToRenew(facts),
  ]);
}

export function subscriptionExpiredEmail(facts: SubscriptionFacts): EmailContent {
  return letter(
    `${productName(facts.sku)} for ${facts.tenant.domain} has ended: ${facts.graceDays} days of full use left`,
    [
      `Hello,`,
      `${describe(facts)}, ended on ${dateForPeople(facts.termEnd)}.`,
      `Everyone keeps full use until ${dateForPeople(facts.graceEndsAt)}. Then the subscription is disabled, and on ${dateForPeople(facts.deleteAt)} your organization's data is deleted.`,
      waysToRenew(facts),
    ],
  );
}

export function subscriptionDisabledEmail(facts: SubscriptionFacts): EmailContent {
  return letter(`${productName(facts.sku)} for ${facts.tenant.domain} is disabled`, [
    `Hello,`,
    `${describe(facts)}, ended on ${dateForPeople(facts.termEnd)} and is now disabled: only Global Administrators can sign in, and no user can be added or licensed.`,
    `It can still be renewed until ${dateForPeople(facts.deleteAt)}, when your organization's data is deleted for good.`,
    waysToRenew(facts),
  ]);
}

export function subscriptionDeletedEmail(facts: SubscriptionFacts): EmailContent {
  return letter(`${productName(facts.sku)} for ${facts.tenant.domain} and its data are deleted`, [
    `Hello,`,
    `${describe(facts)}, ended on ${dateForPeople(facts.termEnd)} and was not renewed. As announced, its users and your organization's data are now deleted, and the domain ${facts.tenant.domain} is released.`,
    `To work with us again, your partner can start a new subscription with a new product key.`,
  ]);
}

export function subscriptionRenewedEmail(input: {
  tenant: Tenant;
  sku: string;
  termEnd: string;
  seats: number;
}): EmailContent {
  return letter(`Subscription renewed for ${input.tenant.domain}`, [
    `The ${productName(input.sku)} subscription of ${input.tenant.organizationName} (${input.tenant.domain}) has been renewed.`,
    `It now runs until ${dateForPeople(input.termEnd)} with ${plural(input.seats, 'seat')}.`,
  ]);
}

export function partnerOfRecordChangedEmail(input: {
  tenant: Tenant;
  sku: string;
  subscriptionId: string;
  from: { name: string; programId: string } | null;
  to: { name: string; programId: string } | null;
}): EmailContent {
  const named = (p: { name: string; programId: string } | null) =>
    p ? `${p.name} (partner program id ${p.programId})` : 'no partner';
  return letter(`Partner of Record changed for ${input.tenant.domain}`, [
    `Hello,`,
    `The Partner of Record of the ${productName(input.sku)} subscription of ${input.tenant.organizationName} (${input.tenant.domain}, subscription ${input.subscriptionId}) is now ${named(input.to)}; it was ${named(input.from)}.`,
    input.to
      ? `${input.to.name} now receives the renewal notices of this subscription, can see the tenant and can renew with product keys.`
      : 'No partner receives the renewal notices of this subscription any more; the customer administrators still do.',
  ]);
}

export function delegationOfferEmail(input: {
  tenant: Tenant;
  partnerName: string;
  message: string;
  link: string;
  expiresAt: string;
}): EmailContent {
  return letter(`${input.partnerName} offers to administer ${input.tenant.domain}`, [
    `${input.partnerName} offers to become a delegated administrator of ${input.tenant.organizationName} (${input.tenant.domain}).`,
    `Their message:\n${input.message}`,
    `A delegated administrator can administer every service and subscription of your organization, and uses no license; you can end it at any time.`,
    `Accept or decline on the offer's page (until ${dateForPeople(input.expiresAt)}):`,
    { label: 'See the offer', href: input.link },
  ]);
}

export function delegationAcceptedEmail(input: { tenant: Tenant; partnerName: string }): EmailContent {
  return letter(`You now administer ${input.tenant.domain}`, [
    `Hello ${input.partnerName},`,
    `${input.tenant.organizationName} (${input.tenant.domain}) accepted your offer: you are now one of its delegated administrators.`,
  ]);
}
