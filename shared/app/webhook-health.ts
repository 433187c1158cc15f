import type { WebhookEndpoint } from '../domain/webhook';
import type { AppDeps } from './deps';
import { queueNotification } from './notifications';
import { webhookEndpointDisabledEmail } from './webhook-emails';

/**
 * A partner's own notifications (an endpoint disabled; nothing of a tenant) live in the notifications
 * container like the tenants', under this partition key, so the outbox, the sweep and the resend
 * work for them unchanged; `GET /partners/me/notifications` lists them.
 */
export function partnerNotificationsKey(partnerId: string): string {
  return `partner:${partnerId}`;
}

/**
 * Tells the partner, in its language, that an endpoint failing every attempt for 3 days was disabled,
 * with its last errors: an email through the outbox (once: the id is the endpoint's and the time it
 * was disabled), listed in the partner's notifications.
 */
export async function tellEndpointDisabled(
  deps: AppDeps,
  partnerId: string,
  endpoint: WebhookEndpoint,
): Promise<void> {
  const partner = (await deps.repos.partners.get(partnerId))?.value;
  if (!partner) return;
  await queueNotification(deps, {
    id: `webhook_endpoint_disabled:${endpoint.id}:${endpoint.disabledAt ?? ''}`,
    tenantId: partnerNotificationsKey(partnerId),
    type: 'webhook_endpoint_disabled',
    recipients: [partner.email],
    content: webhookEndpointDisabledEmail(partner.language, {
      partnerName: partner.name,
      endpointUrl: endpoint.url,
      description: endpoint.description,
      failingSince: endpoint.failingSince ?? endpoint.disabledAt ?? '',
      disabledAt: endpoint.disabledAt ?? '',
      lastErrors: endpoint.lastErrors,
    }),
  });
}
