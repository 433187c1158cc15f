import { answerOffer } from '../shared/app/delegation';
import { offerAnswerReply } from '../shared/http/offer-replies';
import { offersDecline } from '../shared/http/operations';
import { registerPublicHttp } from '../shared/register';

registerPublicHttp(offersDecline, async ({ params, accept, deps }) =>
  offerAnswerReply(accept, params['token'], (token) => answerOffer(deps, token, 'declined'), 'declined'),
);
