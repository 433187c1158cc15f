import { app } from '@azure/functions';
import { listPartnerSubscriptions } from '../shared/app/partner-subscriptions';
import { subscriptionDetails } from '../shared/app/subscriptions';
import { endpoint, partnerOf } from '../shared/http/endpoint';
import { listSubscriptions } from '../shared/http/operations';
import { decodeContinuation, encodeContinuation } from '../shared/http/paging';
import { json } from '../shared/http/responses';
import { subscriptionView } from '../shared/http/views';

export const listSubscriptionsHandler = endpoint(listSubscriptions, async ({ query, principal, deps }) => {
  const partner = partnerOf(principal);
  const scope = `subscriptions:${partner.id}:${query.state ?? '*'}:${query.expiresBefore ?? '*'}`;
  const filter = {
    ...(query.state ? { state: query.state } : {}),
    ...(query.expiresBefore ? { expiresBefore: query.expiresBefore } : {}),
  };
  const page = await listPartnerSubscriptions(deps, partner, filter, {
    limit: query.limit,
    continuationToken: decodeContinuation(query.continuationToken, scope),
  });
  const details = await subscriptionDetails(
    deps,
    page.items.map((item) => item.subscription),
    [partner],
  );
  const now = deps.clock.now();
  return json(200, {
    items: details.map((d) => subscriptionView(d, now, deps.settings.lifecycle)),
    continuationToken: encodeContinuation(page.continuationToken, scope),
  });
});

app.http('subscriptions-list', {
  route: 'subscriptions',
  methods: ['GET'],
  authLevel: 'anonymous',
  handler: listSubscriptionsHandler,
});
