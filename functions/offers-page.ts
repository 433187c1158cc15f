import { offerPageReplier } from '../shared/http/offer-pages';
import { offersAccept, offersDecline, offersLookup, offersPage } from '../shared/http/operations';
import { content } from '../shared/http/responses';
import { pathOf } from '../shared/http/routes';
import { registerPublicHttp } from '../shared/register';

/** The page behind the emailed link, the same for every offer (the token is in the link's fragment). */
const offerPage = offerPageReplier({
  lookup: pathOf(offersLookup),
  accept: pathOf(offersAccept),
  decline: pathOf(offersDecline),
});

registerPublicHttp(offersPage, async () => content(offersPage, offerPage()));
