import { listPartners } from '../shared/app/partners';
import { partnersList } from '../shared/http/operations';
import { ok } from '../shared/http/responses';
import { pageView, partnerView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(partnersList, async ({ query, principal, deps }) =>
  ok(partnersList, pageView(await listPartners(deps, principal, query), partnerView)),
);
