import { randomUUID } from 'node:crypto';
import { api } from './api-client';
import { startCountingStack } from './counting-store';
import { timed } from './measure';
import type { Figures } from './report';
import { newDelivery } from '../shared/app/webhook-delivery';
import type { WebhookEndpoint } from '../shared/domain/webhook';

/**
 * Webhooks (issue 21): the Cosmos DB requests each event adds (the event, the read of its partner's
 * endpoints, one delivery written per endpoint that wants it), measured on a real renewal, and the
 * delivery throughput of one Function instance: `webhook-deliver` run on a batch of 16 messages at
 * a time (the queue trigger's default batchSize) against the local receiver, which answers at once,
 * so the figure is the function's own cost (claim, read, sign, POST, outcome), not a receiver's.
 */
const DELIVERIES = Number(process.env['BENCH_DELIVERIES'] ?? 400);
const BATCH = 16;
const WEBHOOK_CONTAINERS = new Set(['events', 'webhookEndpoints', 'webhookDeliveries']);

export async function benchWebhooks(): Promise<Figures['other']> {
  const { stack, counter, store } = await startCountingStack();
  try {
    const operator = stack.settings['OPERATOR_TOKEN'] as string;
    const base = stack.apiBaseUrl;
    const partner = await api(base, 'POST', '/partners', operator, {
      name: 'Bench Partner',
      partnerId: String(8_000_000 + Math.floor(Math.random() * 999_999)),
      email: 'bench@partner.example',
      cloudEssentials: true,
    });
    const token = partner['token'] as string;
    const receive = (name: string) => `${stack.url}/admin/webhooks/receive/${name}`;

    /** Requests on the webhook containers during one renewal, per event it writes. */
    const perEvent = async (): Promise<number> => {
      const minted = await api(base, 'POST', '/product-key-batches', operator, {
        sku: 'BUSINESS_BASIC',
        seatsPerKey: 5,
        termMonths: 12,
        count: 2,
      });
      const keys = minted['keys'] as string[];
      const open = async () => {
        const redemption = await api(base, 'POST', '/redemptions', token, { attestation: true });
        return { id: redemption['id'] as string, keys };
      };
      const first = await open();
      await api(base, 'POST', `/redemptions/${first.id}/keys`, token, { key: first.keys[0] });
      await api(base, 'POST', `/redemptions/${first.id}/confirm`, token);
      const suffix = randomUUID().slice(0, 8);
      const created = await api(base, 'POST', `/redemptions/${first.id}/complete`, token, {
        action: 'create_tenant',
        partnerOfRecord: true,
        delegatedAdministration: false,
        tenant: {
          organizationName: `Bench ${suffix}`,
          countryCode: 'IT',
          domainPrefix: `bench${suffix}`,
          admin: { firstName: 'Ada', lastName: 'Bench', email: `ada.${suffix}@bench.example` },
        },
      });
      const subscriptionId = (created['subscription'] as { id: string }).id;
      const second = await open();
      await api(base, 'POST', `/redemptions/${second.id}/keys`, token, { key: second.keys[1] });
      await api(base, 'POST', `/redemptions/${second.id}/confirm`, token);
      counter.reset();
      await api(base, 'POST', `/redemptions/${second.id}/complete`, token, {
        action: 'renew',
        subscriptionId,
      });
      const calls = counter.calls.filter((call) => WEBHOOK_CONTAINERS.has(call.split(' ')[1] ?? ''));
      const events = counter.calls.filter((call) => call === 'create events').length;
      return calls.length / Math.max(1, events);
    };

    const withNone = await perEvent();
    for (const name of ['one', 'two'])
      await api(base, 'POST', '/webhook-endpoints', token, { url: receive(name), description: name });
    const withTwo = await perEvent();

    // Throughput: deliveries written straight to the store, then webhook-deliver, 16 at a time.
    const me = await api(base, 'GET', '/partners/me', token);
    const partnerId = me['id'] as string;
    const endpoints = (await api(base, 'GET', '/webhook-endpoints', token))['items'] as WebhookEndpoint[];
    const endpoint = endpoints[0] as WebhookEndpoint;
    const messages: { endpointId: string; deliveryId: string }[] = [];
    for (let i = 0; i < DELIVERIES; i += 1) {
      const delivery = newDelivery(
        {
          id: `bench-${i}:${partnerId}`,
          partnerId,
          type: 'subscription.renewed',
          createdAt: new Date().toISOString(),
          data: { n: i },
        },
        endpoint,
        new Date(0),
      );
      await store.create('webhookDeliveries', { ...delivery });
      messages.push({ endpointId: delivery.endpointId, deliveryId: delivery.id });
    }
    const host = stack.host;
    if (!host) throw new Error('the bench stack runs no host');
    counter.reset();
    const { ms } = await timed(async () => {
      for (let i = 0; i < messages.length; i += BATCH)
        await Promise.all(messages.slice(i, i + BATCH).map((m) => host.invoke('webhook-deliver', m)));
    });
    const delivered = stack.webhooks?.received('one').length ?? 0;
    const requestsPerDelivery = counter.total() / DELIVERIES;
    return [
      {
        label:
          'Cosmos DB requests an event adds, its partner with no webhook endpoint (the event, the endpoints read, the event marked planned)',
        value: withNone.toFixed(1),
      },
      {
        label: 'the same with two endpoints that want the event (one delivery written for each)',
        value: withTwo.toFixed(1),
      },
      {
        label: `webhook deliveries by one Function instance (${BATCH} at a time, local receiver), ${DELIVERIES} deliveries`,
        value: `${((delivered / ms) * 1000).toFixed(0)} deliveries/s · ${requestsPerDelivery.toFixed(1)} Cosmos DB requests each`,
      },
    ];
  } finally {
    await stack.stop();
  }
}
