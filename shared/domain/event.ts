/**
 * The partners' events (issue 21; shared/app/events.ts writes and lists them): the types a partner
 * is told of, and one event as stored in the partner's feed.
 */
export const EVENT_TYPES = [
  'redemption.completed',
  'subscription.created',
  'subscription.renewed',
  'subscription.seats_added',
  'subscription.renewal_due',
  'subscription.expired',
  'subscription.disabled',
  'subscription.deleted',
  'subscription.switched_to_direct_billing',
  'partner_of_record.changed',
  'delegation_offer.accepted',
  'delegation_offer.declined',
  'delegation_offer.expired',
  'delegated_admin.removed',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** How long the feed keeps an event (the events-purge timer deletes older ones, and old deliveries). */
export const EVENT_RETENTION_DAYS = 30;

/**
 * One event of the partner's feed: a fact as one partner that could see its resource was told of it.
 * Its id is the fact's and the partner's, so a fact met again writes nothing new.
 */
export interface PartnerEvent {
  /** `<fact id>:<partner's internal id>`. */
  id: string;
  /** The partner's internal id (the partition). */
  partnerId: string;
  type: EventType;
  createdAt: string;
  /** The resource as the partner may see it through its own API. */
  data: Record<string, unknown>;
  tenantId: string | null;
  /**
   * When its webhook deliveries were planned (null: not yet; absent: written before webhooks). One
   * left null a minute after its time is planned by webhook-sweep, so no event misses its deliveries.
   */
  plannedAt?: string | null;
}

/** Where a reader of the feed is: after this event. */
export interface EventCursor {
  createdAt: string;
  id: string;
}
