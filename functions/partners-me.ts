import { ownPartner } from '../shared/app/partners';
import { partnersMe } from '../shared/http/operations';
import { json } from '../shared/http/responses';
import { partnerView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(partnersMe, async ({ principal }) => json(200, partnerView(ownPartner(principal))));
