import {
  answerableOffer,
  answerOffer,
  offerByToken,
  offerForCustomerAdmin,
  type OfferContext,
} from '../app/delegation';
import type { AppDeps } from '../app/deps';
import type { Principal } from '../domain/principal';
import { OFFER_TOKEN, tokenParam } from './parse';
import { offerAnswerView, offerLookupView } from './views';

/**
 * The operations behind the offer page. The token is the credential and always comes in the body; a
 * malformed one names nothing (404, as an unknown one). A customer admin signed in may name the
 * offer by id instead.
 */
export async function offerLookup(deps: AppDeps, body: { token: string }) {
  const context = await offerByToken(deps, tokenParam(body.token, OFFER_TOKEN, 'offer'));
  return offerLookupView(answerableOffer(context));
}

export async function offerAnswer(
  deps: AppDeps,
  principal: Principal | null,
  body: { token: string } | { offerId: string },
  answer: 'accepted' | 'declined',
) {
  const context: OfferContext =
    'token' in body
      ? await offerByToken(deps, tokenParam(body.token, OFFER_TOKEN, 'offer'))
      : await offerForCustomerAdmin(deps, principal, body.offerId);
  return offerAnswerView(await answerOffer(deps, context, answer));
}
