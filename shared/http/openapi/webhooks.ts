import * as z from 'zod';
import { EVENT_TYPES, type EventType } from '../../domain/event';
import { DELIVERY_TIMEOUT_MS } from '../../domain/webhook';
import { EVENT_DATA, EventView, PING_DATA } from '../schemas/events';
import { Instant } from '../schemas/fields';
import type { SchemaCatalog } from './schemas';

/**
 * The document's `webhooks` (OpenAPI 3.1): what Keycard POSTs to a partner's endpoints, one entry per
 * event type and `ping`, each body the envelope `{ id, type, createdAt, data }` with that type's data,
 * named from the very zod schemas the feed (`GET /events`) answers with, so both say the same. The
 * Standard Webhooks headers are named parameters; the receiver's answer is any 2xx within 10 s.
 */
type JsonObject = Record<string, unknown>;
type WebhookName = EventType | 'ping';

/** The tag the feed's operation has: the webhooks push the same events. */
const TAG = 'Events';

const SEE_ALL =
  'the partners that see the tenant when it happens: its delegated admins and the Partner of Record of each of its live subscriptions';

/** When each fires and to whom (shared/app/events.ts and its callers), and what its `data` is. */
const WHEN: Readonly<Record<WebhookName, { summary: string; description: string }>> = {
  'redemption.completed': {
    summary: 'A redemption completed',
    description:
      '`POST /redemptions/{id}/complete` finished its action (`create_tenant`, `renew` or `add_seats`). To the partner whose redemption it is, and no one else. `data`: the redemption, its action, and the sku, seats and term of its keys.',
  },
  'subscription.created': {
    summary: 'A subscription was created',
    description:
      '`complete` with `create_tenant` created a tenant and its subscription. To the partners that see the new tenant: the redeeming partner when it is the Partner of Record or a delegated admin from the setup.',
  },
  'subscription.renewed': {
    summary: 'A subscription was renewed',
    description: `\`complete\` with \`renew\` gave the subscription a new term. To ${SEE_ALL}. \`data\`: the subscription after the renewal, and the redemption.`,
  },
  'subscription.seats_added': {
    summary: 'Seats were added to a subscription',
    description: `\`complete\` with \`add_seats\` added seats to the subscription. To ${SEE_ALL}. \`data\`: the subscription after it, the redemption and the seats added.`,
  },
  'subscription.renewal_due': {
    summary: 'A renewal is due',
    description: `60, 30, 7 and 1 days before the end of the term (the hourly \`renewal-notices\` timer, with the renewal notice email); when several are due at once (after an outage) only the most urgent fires. To ${SEE_ALL}. \`data.daysLeft\`: 60, 30, 7 or 1.`,
  },
  'subscription.expired': {
    summary: 'A subscription expired',
    description: `Its \`termEnd\` passed without a renewal (the hourly \`subscription-lifecycle\` timer); everyone keeps full use until the end of grace. Stages passed during an outage fire in order, one event each. To ${SEE_ALL}.`,
  },
  'subscription.disabled': {
    summary: 'A subscription was disabled',
    description: `Grace ended without a renewal (\`subscription-lifecycle\`): only Global Administrators can sign in; it can still be renewed until it is deleted. To ${SEE_ALL}.`,
  },
  'subscription.deleted': {
    summary: 'A subscription was deleted',
    description: `Retention ended (\`subscription-lifecycle\`): the subscription is deleted with the customer's users and data. To the partners that saw the tenant, its Partner of Record included: the last event of that subscription.`,
  },
  'subscription.switched_to_direct_billing': {
    summary: 'A subscription moved to direct billing',
    description: `\`POST /subscriptions/{id}/direct-billing\`. To ${SEE_ALL}, and the Partner of Record of the subscription that moved. \`data\`: the successor, billed directly; \`previousSubscriptionId\` names the one it replaced, \`forfeitedDays\` the prepaid days given up.`,
  },
  'partner_of_record.changed': {
    summary: 'The Partner of Record of a subscription changed',
    description:
      '`PUT` or `DELETE /subscriptions/{id}/partner-of-record`. To the partners that see the tenant after the change (the new Partner of Record among them) and to the former Partner of Record: for it, unless it still sees the tenant otherwise, the last event of that tenant. `from` and `to`: `{ partnerId, name }` or null.',
  },
  'delegation_offer.accepted': {
    summary: 'An offer of delegated administration was accepted',
    description:
      "The customer's Global Administrator accepted the offer: the partner is now a delegated admin of the tenant. To the offering partner only.",
  },
  'delegation_offer.declined': {
    summary: 'An offer of delegated administration was declined',
    description: "The customer's Global Administrator declined the offer. To the offering partner only.",
  },
  'delegation_offer.expired': {
    summary: 'An offer of delegated administration expired',
    description:
      'The offer was still pending at its `expiresAt` (90 days after it was made); the hourly `subscription-lifecycle` run records it. To the offering partner only.',
  },
  'delegated_admin.removed': {
    summary: 'A delegated administration ended',
    description:
      "`DELETE /tenants/{id}/delegated-admins/{partnerId}`: the customer's admin ended it (`by: customer`) or the partner stepped down (`by: partner`). To that partner only: unless it is the Partner of Record of one of the tenant's subscriptions, the last event of that tenant.",
  },
  ping: {
    summary: 'A test message',
    description:
      "`POST /webhook-endpoints/{endpointId}/test`: sent to that endpoint alone, even a disabled one, to check that it receives and verifies. Not an event of the feed, and it says nothing of the endpoint's health.",
  },
};

/** The feed's envelope of each type (the members of EventView), so feed and webhooks name the same schemas. */
function envelopeOf(type: EventType): z.ZodType {
  const found = EventView.options.find((option) => option.shape.type.value === type);
  if (!found) throw new Error(`EventView has no member for ${type}`);
  return found;
}

const PingEvent = z.object({
  id: z.string().meta({ description: '`ping_…`, a new one for each test' }),
  type: z.literal('ping'),
  createdAt: Instant,
  data: PING_DATA,
});

/** `subscription.created` → `SubscriptionCreatedEvent`. */
function componentName(type: WebhookName): string {
  const pascal = type
    .split(/[._]/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
  return `${pascal}Event`;
}

/** The Standard Webhooks headers, as `components.parameters`. */
export const WEBHOOK_PARAMETERS: Readonly<Record<string, JsonObject>> = {
  WebhookId: {
    name: 'webhook-id',
    in: 'header',
    required: true,
    description:
      "The event's `id` (the feed's too): the same on every attempt and redelivery of the event, so a receiver that has it already can answer 2xx and do nothing.",
    schema: { type: 'string' },
  },
  WebhookTimestamp: {
    name: 'webhook-timestamp',
    in: 'header',
    required: true,
    description:
      'When this attempt was signed, in seconds since 1970-01-01T00:00:00Z. Verifiers refuse one too far from their clock (`standardwebhooks`: 5 minutes), which stops a replay of an old message.',
    schema: { type: 'string', pattern: '^[0-9]+$' },
    example: '1796547600',
  },
  WebhookSignature: {
    name: 'webhook-signature',
    in: 'header',
    required: true,
    description:
      'Space-separated `v1,<base64>` entries, one per secret that signs now (two for 24 h after `POST /webhook-endpoints/{endpointId}/secret`): each the HMAC-SHA256, keyed with the base64-decoded part of the `whsec_` secret, of `<webhook-id>.<webhook-timestamp>.<body>` (the raw body). The message is authentic when any one matches; `new Webhook(secret).verify(rawBody, headers)` of the `standardwebhooks` package checks all of it.',
    schema: { type: 'string', pattern: '^v1,[A-Za-z0-9+/]+={0,2}( v1,[A-Za-z0-9+/]+={0,2})*$' },
  },
};

const HEADERS = Object.keys(WEBHOOK_PARAMETERS).map((name) => ({
  $ref: `#/components/parameters/${name}`,
}));

const RESPONSES = {
  '2XX': {
    description: `Received; any other answer, or none within ${DELIVERY_TIMEOUT_MS / 1000} s, is retried`,
  },
};

function webhookObject(catalog: SchemaCatalog, name: WebhookName, body: z.ZodType): JsonObject {
  const when = WHEN[name];
  return {
    post: {
      operationId: `webhook-${name.replace(/[._]/g, '-')}`,
      tags: [TAG],
      summary: when.summary,
      description: when.description,
      // Nothing to send: the receiver checks the signature headers instead.
      security: [],
      parameters: HEADERS,
      requestBody: {
        required: true,
        content: { 'application/json': { schema: catalog.answers.name(body, componentName(name)) } },
      },
      responses: RESPONSES,
    },
  };
}

/**
 * The `webhooks` object, its schemas named in the catalog's answers (what the service sends, so new
 * fields may come: a receiver accepts them). The data shapes several types share are named too.
 */
export function webhookObjects(catalog: SchemaCatalog): Record<string, JsonObject> {
  catalog.answers.name(EVENT_DATA['subscription.created'], 'SubscriptionEventData');
  catalog.answers.name(EVENT_DATA['delegation_offer.accepted'], 'DelegationOfferEventData');
  const webhooks: Record<string, JsonObject> = {};
  for (const type of EVENT_TYPES) webhooks[type] = webhookObject(catalog, type, envelopeOf(type));
  webhooks['ping'] = webhookObject(catalog, 'ping', PingEvent);
  return webhooks;
}
