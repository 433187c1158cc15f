import { app } from '@azure/functions';
import { subscriptionDetails } from '../shared/app/subscriptions';
import { subscriptionFor } from '../shared/app/tenants';
import { endpoint } from '../shared/http/endpoint';
import { getSubscription } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { json } from '../shared/http/responses';
import { subscriptionView } from '../shared/http/views';

export const getSubscriptionHandler = endpoint(getSubscription, async ({ params, principal, deps }) => {
  const { subscription } = await subscriptionFor(
    deps,
    principal,
    uuidParam(params['id'], 'subscription'),
    'see',
  );
  const [details] = await subscriptionDetails(deps, [subscription.value]);
  if (!details) throw new Error('no subscription details');
  return json(200, subscriptionView(details, deps.clock.now(), deps.settings.lifecycle));
});

app.http('subscriptions-get', {
  route: 'subscriptions/{id}',
  methods: ['GET'],
  authLevel: 'anonymous',
  handler: getSubscriptionHandler,
});
