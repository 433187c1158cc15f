import * as z from 'zod';
import { Instant, PageQuery, Sku } from './fields';
import { PartnerRef } from './partners';
import { SubscriptionStateSchema } from './subscriptions';

/**
 * The partners' events (issue 21): one schema per type's `data`, the resource as the partner may see
 * it through its own API (ids, state, dates, seats; never a token, a key or personal data). The feed's
 * answer is made of them; the OpenAPI `webhooks` section will be too.
 */
const SubscriptionData = z.object({
  subscriptionId: z.string(),
  tenantId: z.string(),
  sku: Sku,
  billing: z.enum(['product_key', 'direct']),
  state: SubscriptionStateSchema,
  seats: z.int(),
  termEnd: Instant,
  partnerOfRecord: PartnerRef.nullable(),
});

const OfferData = z.object({
  offerId: z.string(),
  tenantId: z.string(),
  status: z.enum(['pending', 'accepted', 'declined', 'withdrawn', 'expired']),
  createdAt: Instant,
  expiresAt: Instant,
  respondedAt: Instant.nullable(),
});

export const EVENT_DATA = {
  'redemption.completed': z.object({
    redemptionId: z.string(),
    action: z.enum(['create_tenant', 'renew', 'add_seats']),
    tenantId: z.string(),
    subscriptionId: z.string(),
    sku: Sku,
    seats: z.int().meta({ description: "The keys' seats" }),
    termMonths: z.int(),
  }),
  'subscription.created': SubscriptionData,
  'subscription.renewed': SubscriptionData.extend({ redemptionId: z.string() }),
  'subscription.seats_added': SubscriptionData.extend({
    redemptionId: z.string(),
    seatsAdded: z.int(),
  }),
  'subscription.renewal_due': SubscriptionData.extend({
    daysLeft: z.int().meta({ description: 'Days before the end of the term: 60, 30, 7 or 1' }),
  }),
  'subscription.expired': SubscriptionData,
  'subscription.disabled': SubscriptionData,
  'subscription.deleted': SubscriptionData,
  'subscription.switched_to_direct_billing': SubscriptionData.extend({
    previousSubscriptionId: z.string(),
    forfeitedDays: z.int(),
  }).meta({
    description: 'The successor, billed directly; previousSubscriptionId names the one it replaced',
  }),
  'partner_of_record.changed': SubscriptionData.extend({
    changeId: z.string(),
    from: PartnerRef.nullable(),
    to: PartnerRef.nullable(),
  }),
  'delegation_offer.accepted': OfferData,
  'delegation_offer.declined': OfferData,
  'delegation_offer.expired': OfferData,
  'delegated_admin.removed': z.object({
    tenantId: z.string(),
    partnerId: z.string().meta({ description: "The removed partner's program id" }),
    by: z.enum(['customer', 'partner']),
    since: Instant,
    removedAt: Instant,
  }),
} as const;

export type EventTypeName = keyof typeof EVENT_DATA;

/**
 * The `data` of a `ping`, the test message `POST /webhook-endpoints/{endpointId}/test` sends to one
 * endpoint: a webhook only, never in the feed (so not one of EVENT_DATA's types).
 */
export const PING_DATA = z.object({
  endpointId: z.string().meta({ description: 'The endpoint tested (`we_…`)' }),
});

function eventOf<T extends EventTypeName>(type: T) {
  return z.object({
    id: z.string().meta({ description: 'Fixed by the fact and the partner: the same fact is one event' }),
    type: z.literal(type),
    createdAt: Instant,
    data: EVENT_DATA[type],
  });
}

export const EventView = z.discriminatedUnion('type', [
  eventOf('redemption.completed'),
  eventOf('subscription.created'),
  eventOf('subscription.renewed'),
  eventOf('subscription.seats_added'),
  eventOf('subscription.renewal_due'),
  eventOf('subscription.expired'),
  eventOf('subscription.disabled'),
  eventOf('subscription.deleted'),
  eventOf('subscription.switched_to_direct_billing'),
  eventOf('partner_of_record.changed'),
  eventOf('delegation_offer.accepted'),
  eventOf('delegation_offer.declined'),
  eventOf('delegation_offer.expired'),
  eventOf('delegated_admin.removed'),
]);

export const EventPage = z.object({
  items: z.array(EventView),
  continuationToken: z.string().meta({
    description:
      'Always given, at the end of the feed too: a later call with it gets only the events that came after',
  }),
});

export const ListEventsQuery = PageQuery;
