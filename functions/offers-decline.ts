import { offerAnswer } from '../shared/http/offer-replies';
import { offersDecline } from '../shared/http/operations';
import { ok } from '../shared/http/responses';
import { registerPublicHttp } from '../shared/register';

registerPublicHttp(offersDecline, async ({ body, principal, deps }) =>
  ok(offersDecline, await offerAnswer(deps, principal, body, 'declined')),
);
