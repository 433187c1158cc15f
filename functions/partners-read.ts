import { getPartner } from '../shared/app/partners';
import { entityTag } from '../shared/app/preconditions';
import { partnersRead } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { ok } from '../shared/http/responses';
import { partnerView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

/** Named "partners-read", not "partners-get": by Azure's route order it must come after partners-me. */
registerHttp(partnersRead, async ({ params, principal, deps }) => {
  const found = await getPartner(deps, principal, uuidParam(params['id'], 'partner'));
  return ok(partnersRead, partnerView(found.value), entityTag(found.etag));
});
