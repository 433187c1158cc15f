import { setOwnLanguage } from '../shared/app/partners';
import { partnersMeUpdate } from '../shared/http/operations';
import { ok } from '../shared/http/responses';
import { partnerView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(partnersMeUpdate, async ({ body, principal, deps }) => {
  const updated = await setOwnLanguage(deps, principal, body.language);
  return ok(partnersMeUpdate, partnerView(updated.value));
});
