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
  success: {
    status: 200,
    description: 'A page of notifications',
    schema: pageOf(NotificationView),
    name: 'NotificationPage',
  },
  errors: ['not_found', 'invalid_continuation_token'],
});
