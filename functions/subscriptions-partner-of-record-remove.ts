import { app } from '@azure/functions';
import { removePartnerOfRecord } from '../shared/app/subscriptions';
import { endpoint } from '../shared/http/endpoint';
import { removePartnerOfRecord as operation } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { noContent } from '../shared/http/responses';

export const removePartnerOfRecordHandler = endpoint(operation, async ({ params, principal, deps }) => {
  await removePartnerOfRecord(deps, principal, uuidParam(params['id'], 'subscription'));
  return noContent();
});

app.http('subscriptions-partner-of-record-remove', {
  route: 'subscriptions/{id}/partner-of-record',
  methods: ['DELETE'],
  authLevel: 'anonymous',
  handler: removePartnerOfRecordHandler,
});
