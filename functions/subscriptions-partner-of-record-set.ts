import { entityTag } from '../shared/app/preconditions';
import { setPartnerOfRecord } from '../shared/app/subscriptions';
import { subscriptionsPartnerOfRecordSet } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { ok } from '../shared/http/responses';
import { subscriptionView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(subscriptionsPartnerOfRecordSet, async ({ body, params, principal, ifMatch, deps }) => {
  const subscriptionId = uuidParam(params['id'], 'subscription');
  const updated = await setPartnerOfRecord(deps, principal, subscriptionId, body.partnerId, ifMatch);
  return ok(subscriptionsPartnerOfRecordSet, subscriptionView(updated), entityTag(updated.etag));
});
