import { app } from '@azure/functions';
import { subscriptionDetails, switchToDirectBilling } from '../shared/app/subscriptions';
import { endpoint } from '../shared/http/endpoint';
import { switchToDirectBilling as operation } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { json } from '../shared/http/responses';
import { subscriptionView } from '../shared/http/views';

export const switchToDirectBillingHandler = endpoint(operation, async ({ body, params, principal, deps }) => {
  const { subscription, previous, forfeitedDays } = await switchToDirectBilling(
    deps,
    principal,
    uuidParam(params['id'], 'subscription'),
    { forfeitPrepaidDays: body.forfeitPrepaidDays },
  );
  const [current, before] = await subscriptionDetails(deps, [subscription, previous]);
  if (!current || !before) throw new Error('no subscription details');
  const now = deps.clock.now();
  return json(
    201,
    {
      subscription: subscriptionView(current, now, deps.settings.lifecycle),
      previous: subscriptionView(before, now, deps.settings.lifecycle),
      forfeitedDays,
    },
    { location: `/api/v1/subscriptions/${subscription.id}` },
  );
});

app.http('subscriptions-direct-billing', {
  route: 'subscriptions/{id}/direct-billing',
  methods: ['POST'],
  authLevel: 'anonymous',
  handler: switchToDirectBillingHandler,
});
