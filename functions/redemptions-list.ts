import { listRedemptions } from '../shared/app/redemptions';
import { redemptionsList } from '../shared/http/operations';
import { ok } from '../shared/http/responses';
import { pageView, redemptionView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(redemptionsList, async ({ query, principal, deps }) =>
  ok(redemptionsList, pageView(await listRedemptions(deps, principal, query), redemptionView)),
);
