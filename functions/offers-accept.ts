import { offerAnswerReply } from '../shared/http/offer-replies';
import { offersAccept } from '../shared/http/operations';
import { registerPublicHttp } from '../shared/register';

registerPublicHttp(offersAccept, async ({ body, principal, deps }) =>
  offerAnswerReply(deps, principal, body, 'accepted'),
);
