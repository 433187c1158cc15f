import { completeRedemption } from '../shared/app/complete';
import { assertRedemptionNotClosed } from '../shared/app/redemptions';
import { redemptionsComplete, tenantsGet } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { created, ok } from '../shared/http/responses';
import { pathOf } from '../shared/http/routes';
import { completionView, subscriptionResultView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

/** 201 with the new tenant; 200 with the subscription for renew and add_seats; a closed redemption says so whatever the body. */
registerHttp(
  redemptionsComplete,
  async ({ body, params, principal, deps }) => {
    const done = await completeRedemption(deps, principal, uuidParam(params['id'], 'redemption'), body);
    if (done.kind === 'subscription_changed')
      return ok(redemptionsComplete, subscriptionResultView(done.subscription, done.unusedDays));
    const location = pathOf(tenantsGet, { id: done.tenant.tenant.id });
    return created(redemptionsComplete, completionView(done), location);
  },
  {
    whenBodyInvalid: ({ principal, params, deps }) =>
      assertRedemptionNotClosed(deps, principal, uuidParam(params['id'], 'redemption')),
  },
);
