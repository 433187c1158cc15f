import { openRedemption } from '../shared/app/redemptions';
import { redemptionsCreate, redemptionsGet } from '../shared/http/operations';
import { created } from '../shared/http/responses';
import { pathOf } from '../shared/http/routes';
import { redemptionView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(redemptionsCreate, async ({ body, principal, deps }) => {
  const details = await openRedemption(deps, principal, body.attestation);
  return created(
    redemptionsCreate,
    redemptionView(details),
    pathOf(redemptionsGet, { id: details.redemption.id }),
  );
});
