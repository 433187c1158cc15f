import { registerPartner } from '../shared/app/partners';
import { partnersCreate, partnersRead } from '../shared/http/operations';
import { created } from '../shared/http/responses';
import { pathOf } from '../shared/http/routes';
import { partnerWithTokenView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(partnersCreate, async ({ body, principal, deps }) => {
  const { partnerId: programId, ...rest } = body;
  const { partner, token } = await registerPartner(deps, principal, { ...rest, programId });
  return created(
    partnersCreate,
    partnerWithTokenView(partner, token),
    pathOf(partnersRead, { id: partner.id }),
  );
});
