import { updatePartner } from '../shared/app/partners';
import { partnersUpdate } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { json } from '../shared/http/responses';
import { partnerView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(partnersUpdate, async ({ body, params, principal, deps }) =>
  json(200, partnerView(await updatePartner(deps, principal, uuidParam(params['id'], 'partner'), body))),
);
