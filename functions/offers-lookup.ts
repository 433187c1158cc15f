import { offerLookup } from '../shared/http/offer-replies';
import { offersLookup } from '../shared/http/operations';
import { ok } from '../shared/http/responses';
import { registerPublicHttp } from '../shared/register';

registerPublicHttp(offersLookup, async ({ body, deps }) => ok(offersLookup, await offerLookup(deps, body)));
