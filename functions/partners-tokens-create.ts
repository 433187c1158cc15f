import { rotatePartnerToken } from '../shared/app/partners';
import { partnersTokensCreate } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { answer } from '../shared/http/responses';
import { tokenView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(partnersTokensCreate, async ({ params, principal, deps }) =>
  answer(
    partnersTokensCreate,
    201,
    tokenView(await rotatePartnerToken(deps, principal, uuidParam(params['id'], 'partner'))),
  ),
);
