import * as z from 'zod';
import { NOTIFICATION_TYPES } from '../../domain/notification';
import { Instant } from './fields';

/** The notifications a tenant was sent. */
export const NotificationType = z.enum(NOTIFICATION_TYPES);

export const NotificationView = z.object({
  id: z.string(),
  type: NotificationType,
  subscriptionId: z.string().optional(),
  daysBeforeExpiry: z.int().optional(),
  recipients: z.array(z.string()),
  status: z.enum(['pending', 'sent', 'failed']),
  attempts: z.int(),
  createdAt: Instant,
  sentAt: Instant.optional(),
  nextAttemptAt: Instant.optional().meta({
    description:
      'For a pending notification that waits (a failed attempt, or the email service asked to wait): when it is tried next',
  }),
});
