import { listNotifications } from '../shared/app/notifications';
import { tenantsNotificationsList } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { ok } from '../shared/http/responses';
import { notificationView, pageView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(tenantsNotificationsList, async ({ query, params, principal, deps }) => {
  const page = await listNotifications(deps, principal, uuidParam(params['id'], 'tenant'), query);
  return ok(tenantsNotificationsList, pageView(page, notificationView));
});
