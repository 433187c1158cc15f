import { listSubscriptions } from '../shared/app/partner-subscriptions';
import { subscriptionsList } from '../shared/http/operations';
import { ok } from '../shared/http/responses';
import { pageView, subscriptionView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(subscriptionsList, async ({ query, principal, deps }) =>
  ok(subscriptionsList, pageView(await listSubscriptions(deps, principal, query), subscriptionView)),
);
