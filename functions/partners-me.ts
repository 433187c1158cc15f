import { ownPartner } from '../shared/app/partners';
import { partnersMe } from '../shared/http/operations';
import { ok } from '../shared/http/responses';
import { partnerView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(partnersMe, async ({ principal }) => ok(partnersMe, partnerView(ownPartner(principal))));
