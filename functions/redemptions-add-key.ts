import { addKey } from '../shared/app/redemptions';
import { redemptionsAddKey } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { answer } from '../shared/http/responses';
import { redemptionKeyView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(redemptionsAddKey, async ({ body, params, principal, deps }) =>
  answer(
    redemptionsAddKey,
    201,
    redemptionKeyView(await addKey(deps, principal, uuidParam(params['id'], 'redemption'), body.key)),
  ),
);
