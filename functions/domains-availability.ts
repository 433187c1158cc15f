import { domainAvailability } from '../shared/app/tenants';
import { domainsAvailability } from '../shared/http/operations';
import { ok } from '../shared/http/responses';
import { domainAvailabilityView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(domainsAvailability, async ({ params, principal, deps }) =>
  ok(
    domainsAvailability,
    domainAvailabilityView(await domainAvailability(deps, principal, params['prefix'] ?? '')),
  ),
);
