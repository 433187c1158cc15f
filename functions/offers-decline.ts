import { offerAnswerReply } from '../shared/http/offer-replies';
import { offersDecline } from '../shared/http/operations';
import { registerPublicHttp } from '../shared/register';

registerPublicHttp(offersDecline, async ({ body, principal, deps }) =>
  offerAnswerReply(deps, principal, body, 'declined'),
);
