import type { OfferContext } from '../app/delegation';
import { offerStatus } from '../domain/delegation';
import { DomainError } from '../domain/errors';
import { offerAnsweredPage, offerGonePage, offerPage } from './offer-pages';
import { OFFER_TOKEN, tokenParam } from './parse';
import { html, json, type Reply } from './responses';
import { offerAnswerView } from './views';

/**
 * The replies of the offer link's operations. The page answers a person, errors included (a page, never
 * problem+json); accept and decline answer a browser (the page's form) with a page and an API client
 * with JSON, and their errors likewise.
 */
export async function offerPageReply(
  tokenInPath: string | undefined,
  open: (token: string) => Promise<OfferContext>,
): Promise<Reply> {
  try {
    const token = tokenParam(tokenInPath, OFFER_TOKEN, 'offer');
    const context = await open(token);
    const status = offerStatus(context.offer, context.at);
    return status === 'pending' ? html(200, offerPage(context, token)) : html(410, offerGonePage(status));
  } catch (error) {
    if (error instanceof DomainError && error.code === 'not_found')
      return html(404, offerGonePage('unknown'));
    throw error;
  }
}

export async function offerAnswerReply(
  accept: string,
  tokenInPath: string | undefined,
  answer: (token: string) => Promise<OfferContext>,
  verb: 'accepted' | 'declined',
): Promise<Reply> {
  const browser = accept.includes('text/html');
  try {
    const context = await answer(tokenParam(tokenInPath, OFFER_TOKEN, 'offer'));
    if (browser) return html(200, offerAnsweredPage(context, verb));
    return json(200, offerAnswerView(context));
  } catch (error) {
    if (!browser || !(error instanceof DomainError)) throw error;
    if (error.code === 'not_found') return html(404, offerGonePage('unknown'));
    if (error.code === 'offer_expired') return html(410, offerGonePage('expired'));
    if (error.code === 'offer_used') return html(410, offerGonePage('used'));
    throw error;
  }
}
