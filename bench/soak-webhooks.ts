import type { ReceivedWebhook } from '../dev/webhook-receiver';
import type { PartnerEvent } from '../shared/domain/event';
import { deliveryId, subscribes, type PartnerWebhooks, type WebhookDelivery } from '../shared/domain/webhook';

/** The webhook containers as the soak dumps them. */
export interface WebhookDump {
  subscriptions?: { id: string; state: string }[];
  events?: PartnerEvent[];
  webhookEndpoints?: PartnerWebhooks[];
  webhookDeliveries?: WebhookDelivery[];
}

/**
 * What must hold of webhooks after a soak (issue 21): every event the store still holds (the last 30
 * days) was delivered to every endpoint of its partner that was enabled and wants its type; every
 * delivery and every request the receiver got carries an event of the endpoint's own partner's feed
 * (none to a partner that could not see it: the feed is what the partner may see, tested in
 * test/component/events.test.ts); every request was signed with the endpoint's secret.
 */
export function checkWebhooks(
  dump: WebhookDump,
  received: ReceivedWebhook[],
): { counts: Record<string, number>; violations: string[] } {
  const violations: string[] = [];
  const events = dump.events ?? [];
  const deliveries = new Map((dump.webhookDeliveries ?? []).map((d) => [d.id, d]));
  const ownerOf = new Map<string, string>();
  const endpointsOf = new Map<string, PartnerWebhooks['endpoints']>();
  for (const webhooks of dump.webhookEndpoints ?? []) {
    endpointsOf.set(webhooks.id, webhooks.endpoints);
    for (const endpoint of webhooks.endpoints) ownerOf.set(new URL(endpoint.url).pathname, webhooks.id);
  }
  const subscriptions = new Map((dump.subscriptions ?? []).map((s) => [s.id, s.state]));
  const subscriptionState = (event: PartnerEvent) =>
    subscriptions.get(String(event.data['subscriptionId'])) ?? 'not in the store';
  let expected = 0;
  for (const event of events) {
    for (const endpoint of endpointsOf.get(event.partnerId) ?? []) {
      if (!subscribes(endpoint, event.type) || !endpoint.enabled || endpoint.createdAt > event.createdAt)
        continue;
      expected += 1;
      const delivery = deliveries.get(deliveryId(event.id, endpoint.id));
      if (delivery?.status !== 'delivered')
        violations.push(
          `event ${event.type} ${event.id} (${event.createdAt}) not delivered to ${endpoint.id}: ${delivery?.status ?? 'no delivery'}; plannedAt ${String(event.plannedAt)}; its subscription: ${subscriptionState(event)}`,
        );
    }
  }
  const eventsById = new Map(events.map((e) => [e.id, e]));
  for (const delivery of deliveries.values()) {
    const event = eventsById.get(delivery.eventId);
    if (event && event.partnerId !== delivery.partnerId)
      violations.push(`delivery ${delivery.id.slice(0, 40)}… carries another partner's event`);
    if (!(endpointsOf.get(delivery.partnerId) ?? []).some((e) => e.id === delivery.endpointId))
      violations.push(`delivery ${delivery.id.slice(0, 40)}… went to an endpoint its partner does not own`);
  }
  let answered2xx = 0;
  for (const request of received) {
    if (request.answeredStatus < 300) answered2xx += 1;
    const owner = ownerOf.get(new URL(request.url).pathname);
    const id = request.headers['webhook-id'] ?? '';
    if (!owner || !id.endsWith(`:${owner}`))
      violations.push(`receiver ${request.name} got ${id.slice(0, 40)}…, not an event of its partner's feed`);
    if (request.verified !== true)
      violations.push(
        `receiver ${request.name} got ${id.slice(0, 40)}… without a valid signature: ${String(request.verifyError)}`,
      );
  }
  const attempts = [...deliveries.values()].reduce((sum, d) => sum + d.attempts.length, 0);
  return {
    counts: {
      'webhook events': events.length,
      'deliveries due': expected,
      'attempts made': attempts,
      'requests seen': received.length,
      'answered 2xx': answered2xx,
    },
    violations,
  };
}
