import { entityTag } from '../shared/app/preconditions';
import { getSubscription } from '../shared/app/subscriptions';
import { subscriptionsGet } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { ok } from '../shared/http/responses';
import { subscriptionView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(subscriptionsGet, async ({ params, principal, deps }) => {
  const found = await getSubscription(deps, principal, uuidParam(params['id'], 'subscription'));
  return ok(subscriptionsGet, subscriptionView(found), entityTag(found.etag));
});
