import { offerAnswer } from '../shared/http/offer-replies';
import { offersAccept } from '../shared/http/operations';
import { ok } from '../shared/http/responses';
import { registerPublicHttp } from '../shared/register';

registerPublicHttp(offersAccept, async ({ body, principal, deps }) =>
  ok(offersAccept, await offerAnswer(deps, principal, body, 'accepted')),
);
