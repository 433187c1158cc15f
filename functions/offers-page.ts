import { offerByToken } from '../shared/app/delegation';
import { offerPageReply } from '../shared/http/offer-replies';
import { offersPage } from '../shared/http/operations';
import { registerPublicHttp } from '../shared/register';

/** The page behind the emailed link. Every answer is a page, errors included: a person reads it. */
registerPublicHttp(offersPage, async ({ params, deps }) =>
  offerPageReply(params['token'], (token) => offerByToken(deps, token)),
);
