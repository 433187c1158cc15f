import { NotificationView, pageOf, PageQuery } from '../schemas';
import { defineOperation } from '../operation';

/** Notifications: the operations of this part of the contract (docs/api.md). */
export const tenantsNotificationsList = defineOperation({
  name: 'tenants-notifications-list',
  method: 'GET',
  route: 'tenants/{id}/notifications',
  tag: 'Notifications',
  summary: "The tenant's notifications, newest first",
  allow: ['partner', 'customer_admin'],
  query: PageQuery,
  responses: [
    {
      status: 200,
      description: 'A page of notifications',
      schema: pageOf(NotificationView),
      name: 'NotificationPage',
    },
  ],
  errors: ['not_found', 'invalid_continuation_token'],
});

export const tenantsNotificationsResend = defineOperation({
  name: 'tenants-notifications-resend',
  method: 'POST',
  route: 'tenants/{id}/notifications/{notificationId}/resend',
  tag: 'Notifications',
  summary: 'Send a failed notification again',
  description:
    'A notification is `failed` once its last attempt failed (nine attempts over about 28 hours). This sends it again, with the same content to the same recipients (the content is never shown: it may hold an administrator token), its attempts starting over.',
  allow: ['partner', 'customer_admin'],
  responses: [{ status: 202, description: 'The notification is pending again and on its way' }],
  errors: ['not_found', 'notification_not_failed'],
});
