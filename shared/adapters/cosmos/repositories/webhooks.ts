import * as z from 'zod';
import type { Page, PageRequest, Versioned } from '../../../app/ports';
import type {
  OfEndpoint,
  PartnerWebhooksRepository,
  WebhookDeliveryRepository,
} from '../../../app/webhook-ports';
import { EVENT_TYPES } from '../../../domain/event';
import type {
  PartnerWebhooks,
  WebhookAttempt,
  WebhookDelivery,
  WebhookEndpoint,
  WebhookSecret,
} from '../../../domain/webhook';
import type { DocumentStore } from '../document-store';
import { count, instant, orNull, text } from './fields';
import { byId, CosmosRepository, dueBy, inPartition, type DocumentShape } from './repository';

const secret = z.looseObject({
  sealed: text,
  createdAt: instant,
  expiresAt: orNull(instant),
} satisfies DocumentShape<WebhookSecret>);

const endpoint = z.looseObject({
  id: text,
  url: text,
  description: text,
  eventTypes: orNull(z.array(z.enum(EVENT_TYPES))),
  enabled: z.boolean(),
  disabledReason: orNull(z.enum(['partner', 'failing'])),
  disabledAt: orNull(instant),
  createdAt: instant,
  updatedAt: instant,
  secrets: z.array(secret),
  failingSince: orNull(instant),
  lastErrors: z.array(z.looseObject({ at: instant, error: text })),
} satisfies DocumentShape<WebhookEndpoint>);

const partnerWebhooks = z.looseObject({
  id: text,
  endpoints: z.array(endpoint),
} satisfies DocumentShape<PartnerWebhooks>);

const attempt = z.looseObject({
  at: instant,
  status: orNull(z.number().int()),
  durationMs: count,
  error: orNull(text),
  responseBody: text,
} satisfies DocumentShape<WebhookAttempt>);

const delivery = z.looseObject({
  id: text,
  endpointId: text,
  partnerId: text,
  eventId: text,
  eventType: z.enum([...EVENT_TYPES, 'ping']),
  payload: text,
  status: z.enum(['pending', 'delivered', 'failed', 'held']),
  attempts: z.array(attempt),
  failures: count,
  nextAttemptAt: orNull(instant),
  claim: orNull(z.looseObject({ holder: text, until: instant })),
  createdAt: instant,
  deliveredAt: orNull(instant),
} satisfies DocumentShape<WebhookDelivery>);

const deliveryKey = z
  .object({ endpointId: z.string(), id: z.string() })
  .transform(({ endpointId, id }): OfEndpoint => [endpointId, id]);

/** A partner's endpoints: one document by the partner's id (the limit of ten is one conditional write). */
export function cosmosPartnerWebhooksRepository(store: DocumentStore): PartnerWebhooksRepository {
  return new CosmosRepository<PartnerWebhooks>(store, 'webhookEndpoints', byId, { schema: partnerWebhooks });
}

/**
 * Deliveries, one partition per endpoint: an endpoint's list newest first, its held deliveries when
 * it is enabled again; the sweep asks across partitions, without ORDER BY, for `nextAttemptAt <= now`.
 */
export class CosmosWebhookDeliveryRepository
  extends CosmosRepository<WebhookDelivery, OfEndpoint>
  implements WebhookDeliveryRepository
{
  constructor(store: DocumentStore) {
    super(store, 'webhookDeliveries', inPartition, { schema: delivery });
  }

  listForEndpoint(endpointId: string, page: PageRequest): Promise<Page<WebhookDelivery>> {
    const query = 'SELECT * FROM c WHERE c.endpointId = @endpointId ORDER BY c.createdAt DESC';
    return this.pageIn(endpointId, { query, parameters: [{ name: '@endpointId', value: endpointId }] }, page);
  }

  listInStatus(
    endpointId: string,
    status: WebhookDelivery['status'],
    page: PageRequest,
  ): Promise<Page<Versioned<WebhookDelivery>>> {
    const query = 'SELECT * FROM c WHERE c.endpointId = @endpointId AND c.status = @status';
    const parameters = [
      { name: '@endpointId', value: endpointId },
      { name: '@status', value: status },
    ];
    return this.versionedPageIn(endpointId, { query, parameters }, page);
  }

  listDue(now: Date, page: PageRequest): Promise<Page<Versioned<WebhookDelivery>>> {
    return this.workPage(
      dueBy("SELECT * FROM c WHERE c.status = 'pending' AND c.nextAttemptAt <= @now", now),
      page,
    );
  }

  listKeysBefore(before: Date, page: PageRequest): Promise<Page<Versioned<OfEndpoint>>> {
    const select = 'SELECT c.endpointId, c.id, c._etag FROM c WHERE c.createdAt < @before';
    return this.versionedKeysPage(
      select,
      { name: '@before', value: before.toISOString() },
      deliveryKey,
      page,
    );
  }
}
