import { app } from '@azure/functions';
import { listNotifications } from '../shared/app/notifications';
import { tenantFor } from '../shared/app/tenants';
import { endpoint } from '../shared/http/endpoint';
import { listNotifications as operation } from '../shared/http/operations';
import { decodeContinuation, encodeContinuation } from '../shared/http/paging';
import { uuidParam } from '../shared/http/parse';
import { json } from '../shared/http/responses';
import { notificationView } from '../shared/http/views';

export const listNotificationsHandler = endpoint(operation, async ({ query, params, principal, deps }) => {
  const tenantId = uuidParam(params['id'], 'tenant');
  await tenantFor(deps, principal, tenantId, 'see');
  const scope = `notifications:${tenantId}`;
  const page = await listNotifications(deps, tenantId, {
    limit: query.limit,
    continuationToken: decodeContinuation(query.continuationToken, scope),
  });
  return json(200, {
    items: page.items.map(notificationView),
    continuationToken: encodeContinuation(page.continuationToken, scope),
  });
});

app.http('tenants-notifications-list', {
  route: 'tenants/{id}/notifications',
  methods: ['GET'],
  authLevel: 'anonymous',
  handler: listNotificationsHandler,
});
