import { removeKey } from '../shared/app/redemptions';
import { redemptionsRemoveKey } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { noContent } from '../shared/http/responses';
import { registerHttp } from '../shared/register';

registerHttp(redemptionsRemoveKey, async ({ params, principal, deps }) => {
  await removeKey(deps, principal, uuidParam(params['id'], 'redemption'), params['keyRef'] ?? '');
  return noContent(redemptionsRemoveKey);
});
