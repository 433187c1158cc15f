import { listRedemptions } from '../shared/app/redemptions';
import { redemptionsList } from '../shared/http/operations';
import { json } from '../shared/http/responses';
import { pageView, redemptionView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(redemptionsList, async ({ query, principal, deps }) =>
  json(200, pageView(await listRedemptions(deps, principal, query), redemptionView)),
);
