import { updatePartner } from '../shared/app/partners';
import { partnersUpdate } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { ok } from '../shared/http/responses';
import { partnerView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(partnersUpdate, async ({ body, params, principal, deps }) =>
  ok(
    partnersUpdate,
    partnerView(await updatePartner(deps, principal, uuidParam(params['id'], 'partner'), body)),
  ),
);
