import type { OfferContext } from '../app/delegation';
import type { OfferStatus } from '../domain/delegation';
import { escapeHtml } from '../text/html';

/** The pages behind the emailed delegation link (plain HTML forms: no script needed). */
function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font:16px system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#222}blockquote{border-left:4px solid #ccc;margin:1rem 0;padding:.5rem 1rem;white-space:pre-wrap}form{display:inline-block;margin-right:1rem}button{font-size:1rem;padding:.6rem 1.4rem}</style>
</head><body>${body}</body></html>`;
}

export function offerPage({ offer, tenant, partner }: OfferContext, token: string): string {
  return page(
    `Delegated administration for ${tenant.domain}`,
    `<h1>${escapeHtml(partner.name)} offers to administer ${escapeHtml(tenant.organizationName)}</h1>
<p>Partner program id ${escapeHtml(partner.programId)} asks to become a delegated administrator of <strong>${escapeHtml(tenant.domain)}</strong>.
A delegated administrator can manage your users and subscriptions; you can end it at any time.</p>
<blockquote>${escapeHtml(offer.message)}</blockquote>
<p>This offer is valid until ${escapeHtml(offer.expiresAt)}.</p>
<form method="post" action="${escapeHtml(token)}/accept"><button type="submit">Accept</button></form>
<form method="post" action="${escapeHtml(token)}/decline"><button type="submit">Decline</button></form>`,
  );
}

export function offerAnsweredPage(
  { tenant, partner }: OfferContext,
  answer: 'accepted' | 'declined',
): string {
  return page(
    `Offer ${answer}`,
    answer === 'accepted'
      ? `<h1>Done</h1><p>${escapeHtml(partner.name)} is now a delegated administrator of ${escapeHtml(tenant.domain)}.</p>`
      : `<h1>Declined</h1><p>${escapeHtml(partner.name)} will not administer ${escapeHtml(tenant.domain)}.</p>`,
  );
}

export function offerGonePage(status: OfferStatus | 'unknown' | 'used'): string {
  const why =
    status === 'unknown'
      ? 'This link does not lead to any offer.'
      : status === 'expired'
        ? 'This offer has expired.'
        : status === 'used'
          ? 'This offer was already answered or withdrawn.'
          : `This offer was already ${status}.`;
  return page(
    'Offer not available',
    `<h1>Offer not available</h1><p>${escapeHtml(why)} Ask the partner for a new one if needed.</p>`,
  );
}
