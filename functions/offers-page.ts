import { offerPageReplier } from '../shared/http/offer-pages';
import { offersAccept, offersDecline, offersLookup, offersPage } from '../shared/http/operations';
import { content } from '../shared/http/responses';
import { pathOf } from '../shared/http/routes';
import { registerPublicHttp } from '../shared/register';
import { languageFromAcceptLanguage } from '../shared/text/languages';

/**
 * The page behind the emailed link, the same for every offer (the token is in the link's fragment),
 * in the browser's language (English when it asks for none Keycard speaks).
 */
const offerPage = offerPageReplier({
  lookup: pathOf(offersLookup),
  accept: pathOf(offersAccept),
  decline: pathOf(offersDecline),
});

registerPublicHttp(offersPage, async ({ acceptLanguage }) =>
  content(offersPage, offerPage(languageFromAcceptLanguage(acceptLanguage))),
);
