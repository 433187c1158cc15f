import type { HttpRequest } from '@azure/functions';
import type { OfferContext } from '../app/delegation';
import type { AppDeps } from '../app/deps';
import { DomainError } from '../domain/errors';
import { offerAnsweredPage, offerGonePage } from './offer-pages';
import { OFFER_TOKEN, tokenParam } from './parse';
import { html, json, type Reply } from './responses';
import { offerView } from './views';

/**
 * Accept and decline answer a browser (the form on the offer page) with a page, and an API client
 * with JSON; the errors likewise (a page, or problem+json).
 */
export async function answerReply(
  request: HttpRequest,
  tokenInPath: string | undefined,
  deps: AppDeps,
  answer: (token: string) => Promise<OfferContext>,
  verb: 'accepted' | 'declined',
): Promise<Reply> {
  const browser = (request.headers.get('accept') ?? '').includes('text/html');
  try {
    const context = await answer(tokenParam(tokenInPath, OFFER_TOKEN, 'offer'));
    if (browser) return html(200, offerAnsweredPage(context, verb));
    return json(200, { offer: offerView(context.offer, context.partner, deps.clock.now()) });
  } catch (error) {
    if (!browser || !(error instanceof DomainError)) throw error;
    if (error.code === 'not_found') return html(404, offerGonePage('unknown'));
    if (error.code === 'offer_expired') return html(410, offerGonePage('expired'));
    if (error.code === 'offer_used') return html(410, offerGonePage('used'));
    throw error;
  }
}
