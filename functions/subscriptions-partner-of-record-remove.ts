import { removePartnerOfRecord } from '../shared/app/subscriptions';
import { subscriptionsPartnerOfRecordRemove } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { noContent } from '../shared/http/responses';
import { registerHttp } from '../shared/register';

registerHttp(subscriptionsPartnerOfRecordRemove, async ({ params, principal, deps }) => {
  await removePartnerOfRecord(deps, principal, uuidParam(params['id'], 'subscription'));
  return noContent(subscriptionsPartnerOfRecordRemove);
});
