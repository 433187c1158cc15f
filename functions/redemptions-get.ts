import { getRedemption } from '../shared/app/redemptions';
import { redemptionsGet } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { ok } from '../shared/http/responses';
import { redemptionView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(redemptionsGet, async ({ params, principal, deps }) =>
  ok(
    redemptionsGet,
    redemptionView(await getRedemption(deps, principal, uuidParam(params['id'], 'redemption'))),
  ),
);
