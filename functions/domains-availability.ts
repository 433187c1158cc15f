import { domainAvailability } from '../shared/app/tenants';
import { domainsAvailability } from '../shared/http/operations';
import { json } from '../shared/http/responses';
import { domainAvailabilityView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(domainsAvailability, async ({ params, principal, deps }) =>
  json(200, domainAvailabilityView(await domainAvailability(deps, principal, params['prefix'] ?? ''))),
);
