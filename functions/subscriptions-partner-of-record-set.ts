import { app } from '@azure/functions';
import { setPartnerOfRecord, subscriptionDetails } from '../shared/app/subscriptions';
import { endpoint } from '../shared/http/endpoint';
import { setPartnerOfRecord as operation } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { json } from '../shared/http/responses';
import { subscriptionView } from '../shared/http/views';

export const setPartnerOfRecordHandler = endpoint(operation, async ({ body, params, principal, deps }) => {
  const subscription = await setPartnerOfRecord(
    deps,
    principal,
    uuidParam(params['id'], 'subscription'),
    body.partnerId,
  );
  const [details] = await subscriptionDetails(deps, [subscription]);
  if (!details) throw new Error('no subscription details');
  return json(200, subscriptionView(details, deps.clock.now(), deps.settings.lifecycle));
});

app.http('subscriptions-partner-of-record-set', {
  route: 'subscriptions/{id}/partner-of-record',
  methods: ['PUT'],
  authLevel: 'anonymous',
  handler: setPartnerOfRecordHandler,
});
