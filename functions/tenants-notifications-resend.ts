import { resendNotification } from '../shared/app/notifications';
import { tenantsNotificationsResend } from '../shared/http/operations';
import { NOTIFICATION_ID, tokenParam, uuidParam } from '../shared/http/parse';
import { accepted } from '../shared/http/responses';
import { registerHttp } from '../shared/register';

/** 202: the failed notification is pending again; its content is never shown (it may hold a token). */
registerHttp(tenantsNotificationsResend, async ({ params, principal, deps }) => {
  const tenantId = uuidParam(params['id'], 'tenant');
  const notificationId = tokenParam(params['notificationId'], NOTIFICATION_ID, 'notification');
  await resendNotification(deps, principal, tenantId, notificationId);
  return accepted(tenantsNotificationsResend);
});
