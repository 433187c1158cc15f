import { rotatePartnerToken } from '../shared/app/partners';
import { partnersRead, partnersTokensCreate } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { created } from '../shared/http/responses';
import { pathOf } from '../shared/http/routes';
import { tokenView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

/** The Location is the partner's: the token itself has no address. */
registerHttp(partnersTokensCreate, async ({ params, principal, deps }) => {
  const id = uuidParam(params['id'], 'partner');
  const token = await rotatePartnerToken(deps, principal, id);
  return created(partnersTokensCreate, tokenView(token), pathOf(partnersRead, { id }));
});
