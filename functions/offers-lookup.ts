import { offerLookupReply } from '../shared/http/offer-replies';
import { offersLookup } from '../shared/http/operations';
import { registerPublicHttp } from '../shared/register';

registerPublicHttp(offersLookup, async ({ body, deps }) => offerLookupReply(deps, body));
