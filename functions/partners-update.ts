import { updatePartner } from '../shared/app/partners';
import { entityTag } from '../shared/app/preconditions';
import { partnersUpdate } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { ok } from '../shared/http/responses';
import { partnerView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(partnersUpdate, async ({ body, params, principal, ifMatch, deps }) => {
  const id = uuidParam(params['id'], 'partner');
  const updated = await updatePartner(deps, principal, id, body, ifMatch);
  return ok(partnersUpdate, partnerView(updated.value), entityTag(updated.etag));
});
