import type { EmailContent } from '../domain/notification';
import type { Tenant } from '../domain/tenant';
import type { User } from '../domain/user';

/** The texts of the emails Keycard sends. Plain text first; the HTML says the same. */
function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function html(paragraphs: string[]): string {
  return `<!doctype html><html><body style="font-family:sans-serif">${paragraphs.map((p) => `<p>${escape(p).replace(/\n/g, '<br>')}</p>`).join('')}</body></html>`;
}

export function welcomeAdminEmail(input: {
  tenant: Tenant;
  admin: User;
  token: string;
  apiBaseUrl: string;
}): EmailContent {
  const paragraphs = [
    `Hello ${input.admin.firstName},`,
    `Your organization ${input.tenant.organizationName} now has its tenant ${input.tenant.domain}, and you are its Global Administrator (user name ${input.admin.userName}).`,
    `Your administrator token is:\n${input.token}`,
    `Use it as "Authorization: Bearer <token>" with the Keycard API at ${input.apiBaseUrl}. Keep it secret: anyone holding it can administer your tenant.`,
    'Keycard',
  ];
  return {
    subject: `Your tenant ${input.tenant.domain} is ready`,
    plainText: paragraphs.join('\n\n'),
    html: html(paragraphs),
  };
}

export function subscriptionRenewedEmail(input: {
  tenant: Tenant;
  sku: string;
  termEnd: string;
  seats: number;
}): EmailContent {
  const paragraphs = [
    `The ${input.sku} subscription of ${input.tenant.organizationName} (${input.tenant.domain}) has been renewed.`,
    `It now runs until ${input.termEnd} with ${input.seats} seats.`,
    'Keycard',
  ];
  return {
    subject: `Subscription renewed for ${input.tenant.domain}`,
    plainText: paragraphs.join('\n\n'),
    html: html(paragraphs),
  };
}

export function delegationOfferEmail(input: {
  tenant: Tenant;
  partnerName: string;
  message: string;
  link: string;
  expiresAt: string;
}): EmailContent {
  const paragraphs = [
    `${input.partnerName} offers to become a delegated administrator of ${input.tenant.organizationName} (${input.tenant.domain}).`,
    `Their message:\n${input.message}`,
    `A delegated administrator can manage your users and subscriptions; you can end it at any time.`,
    `Accept or decline here (until ${input.expiresAt}):\n${input.link}`,
    'Keycard',
  ];
  return {
    subject: `${input.partnerName} offers to administer ${input.tenant.domain}`,
    plainText: paragraphs.join('\n\n'),
    html: html(paragraphs),
  };
}

export function delegationAcceptedEmail(input: { tenant: Tenant; partnerName: string }): EmailContent {
  const paragraphs = [
    `Hello ${input.partnerName},`,
    `${input.tenant.organizationName} (${input.tenant.domain}) accepted your offer: you are now one of its delegated administrators.`,
    'Keycard',
  ];
  return {
    subject: `You now administer ${input.tenant.domain}`,
    plainText: paragraphs.join('\n\n'),
    html: html(paragraphs),
  };
}
