import { switchToDirectBilling } from '../shared/app/subscriptions';
import { subscriptionsDirectBilling, subscriptionsGet } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { created } from '../shared/http/responses';
import { pathOf } from '../shared/http/routes';
import { directBillingView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(subscriptionsDirectBilling, async ({ body, params, principal, deps }) => {
  const subscriptionId = uuidParam(params['id'], 'subscription');
  const outcome = await switchToDirectBilling(deps, principal, subscriptionId, body);
  return created(
    subscriptionsDirectBilling,
    directBillingView(outcome),
    pathOf(subscriptionsGet, { id: outcome.subscription.subscription.id }),
  );
});
