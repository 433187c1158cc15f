import { abandonRedemption } from '../shared/app/redemptions';
import { redemptionsAbandon } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { noContent } from '../shared/http/responses';
import { registerHttp } from '../shared/register';

// Named so that Azure's route order (by function name) is safe: `redemptions/{id}` takes one segment,
// so it never answers `redemptions/{id}/keys/{keyRef}` (redemptions-remove-key) nor any other route.
registerHttp(redemptionsAbandon, async ({ params, principal, deps }) => {
  await abandonRedemption(deps, principal, uuidParam(params['id'], 'redemption'));
  return noContent(redemptionsAbandon);
});
