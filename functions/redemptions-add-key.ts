import { addKey } from '../shared/app/redemptions';
import { redemptionsAddKey, redemptionsGet } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { created } from '../shared/http/responses';
import { pathOf } from '../shared/http/routes';
import { redemptionKeyView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

/** The Location is the redemption's: it lists the key, which has no address of its own to GET. */
registerHttp(redemptionsAddKey, async ({ body, params, principal, deps }) => {
  const id = uuidParam(params['id'], 'redemption');
  const key = await addKey(deps, principal, id, body.key);
  return created(redemptionsAddKey, redemptionKeyView(key), pathOf(redemptionsGet, { id }));
});
