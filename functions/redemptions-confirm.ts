import { confirmRedemption } from '../shared/app/redemptions';
import { redemptionsConfirm } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { ok } from '../shared/http/responses';
import { redemptionView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(redemptionsConfirm, async ({ params, principal, deps }) =>
  ok(
    redemptionsConfirm,
    redemptionView(await confirmRedemption(deps, principal, uuidParam(params['id'], 'redemption'))),
  ),
);
