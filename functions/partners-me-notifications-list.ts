import { listPartnerNotifications } from '../shared/app/webhook-endpoints';
import { partnersMeNotificationsList } from '../shared/http/operations';
import { ok } from '../shared/http/responses';
import { notificationView, pageView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

/** The partner's own notifications, shown as a tenant's are (`GET /tenants/{id}/notifications`). */
registerHttp(partnersMeNotificationsList, async ({ query, principal, deps }) => {
  const page = await listPartnerNotifications(deps, principal, query);
  return ok(partnersMeNotificationsList, pageView(page, notificationView));
});
