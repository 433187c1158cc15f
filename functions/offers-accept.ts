import { answerOffer } from '../shared/app/delegation';
import { offerAnswerReply } from '../shared/http/offer-replies';
import { offersAccept } from '../shared/http/operations';
import { registerPublicHttp } from '../shared/register';

registerPublicHttp(offersAccept, async ({ params, accept, deps }) =>
  offerAnswerReply(accept, params['token'], (token) => answerOffer(deps, token, 'accepted'), 'accepted'),
);
