import { registerPartner } from '../shared/app/partners';
import { partnersCreate, partnersUpdate } from '../shared/http/operations';
import { json } from '../shared/http/responses';
import { pathOf } from '../shared/http/routes';
import { partnerWithTokenView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(partnersCreate, async ({ body, principal, deps }) => {
  const { partnerId: programId, ...rest } = body;
  const { partner, token } = await registerPartner(deps, principal, { ...rest, programId });
  return json(201, partnerWithTokenView(partner, token), {
    location: pathOf(partnersUpdate, { id: partner.id }),
  });
});
