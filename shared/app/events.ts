import type { DelegationOffer } from '../domain/delegation';
import type { Partner } from '../domain/partner';
import type { Principal } from '../domain/principal';
import type { Redemption, RedemptionSummary } from '../domain/redemption';
import { asOf, seatsAt, stateAt, termEnd, type Subscription } from '../domain/subscription';
import type { Tenant } from '../domain/tenant';
import { iso } from '../domain/time';
import { partnerById } from './announce';
import { partnerOf } from './callers';
import type { AppDeps } from './deps';
import { deleteEvery } from './pages';
import { pageOfList, type ListRequest } from './paging';
import { EVENT_RETENTION_DAYS, type EventType, type PartnerEvent } from '../domain/event';
import { AlreadyExistsError, type EventRepository, type Page, type Versioned } from './ports';
import { markPlanned, planDeliveries } from './event-deliveries';
import type { EventDeps } from './webhook-delivery';

export { EVENT_TYPES, type EventType } from '../domain/event';

/**
 * The partners' events (issue 21): each fact a partner may see is an event in that partner's feed,
 * written where the fact is told (right after the change is written, before the emails), with an id
 * fixed by the fact and the partner (`<fact id>:<partner id>`, the fact id being the one its
 * notifications share), created once: a timer or a retry that meets the fact again writes nothing new.
 * Who hears of it: the partners that may see the resource when it happens (the tenant's delegated
 * admins and the Partners of Record of its subscriptions, shared/domain/visibility.ts); the event that
 * ends a partner's view (partner_of_record.changed to the former one, delegated_admin.removed) goes to
 * that partner too, and nothing of that tenant after it.
 */

export { EVENT_RETENTION_DAYS } from '../domain/event';

/** What an event is about: the fact's id (its notifications' without the audience) and its tenant. */
export interface EventFact {
  id: string;
  tenantId: string | null;
}

/** The event's id for one partner. */
export function eventId(factId: string, partnerId: string): string {
  return `${factId}:${partnerId}`;
}

/**
 * Creates the event, or reads the one a first run of the same fact wrote. One purged between the two
 * (30 days old: a late retry of its fact; the soak met it as a 500) is written again.
 */
async function createOrRead(events: EventRepository, event: PartnerEvent): Promise<Versioned<PartnerEvent>> {
  for (let tries = 1; ; tries += 1) {
    try {
      return await events.create(event);
    } catch (error) {
      if (!(error instanceof AlreadyExistsError) || tries === 3) throw error;
    }
    const stored = await events.get(event.partnerId, event.id);
    if (stored) return stored;
  }
}

/**
 * Writes the fact's event for each partner (once each, whatever retries happen); how many partners.
 * `createdAt` is the stack's clock at the first write.
 */
export async function recordEvents(
  deps: EventDeps,
  fact: EventFact,
  partners: Iterable<string | null | undefined>,
  type: EventType,
  data: Record<string, unknown>,
): Promise<number> {
  const createdAt = iso(deps.clock.now());
  const audience = new Set([...partners].filter((p): p is string => typeof p === 'string' && p !== ''));
  for (const partnerId of audience) {
    const event: PartnerEvent = {
      id: eventId(fact.id, partnerId),
      partnerId,
      type,
      createdAt,
      data,
      tenantId: fact.tenantId,
      plannedAt: null,
    };
    // Met again (a retried fact): the stored event is the one its deliveries carry.
    const stored = await createOrRead(deps.repos.events, event);
    await planDeliveries(deps, stored.value);
    await markPlanned(deps, stored);
  }
  return audience.size;
}

/**
 * The partners that see the tenant now: its delegated admins and the Partner of Record of each of its
 * live subscriptions. `inHand`: subscriptions already read (their copy wins over the store's).
 */
export async function tenantAudience(
  deps: Pick<AppDeps, 'repos'>,
  tenant: Tenant,
  inHand: Subscription[] = [],
): Promise<string[]> {
  const known = new Map(inHand.map((s) => [s.id, s]));
  const subscriptions = await Promise.all(
    [...new Set([...tenant.subscriptionIds, ...known.keys()])].map(
      async (id) => known.get(id) ?? (await deps.repos.subscriptions.get(id))?.value ?? null,
    ),
  );
  return [
    ...tenant.delegatedAdmins.map((a) => a.partnerId),
    ...subscriptions.flatMap((s) =>
      s && s.state !== 'migrated' && s.state !== 'deleted' && s.partnerOfRecord ? [s.partnerOfRecord] : [],
    ),
  ];
}

function partnerRef(partner: Partner | null): { partnerId: string; name: string } | null {
  return partner ? { partnerId: partner.programId, name: partner.name } : null;
}

/** A subscription as an event shows it: ids, state, dates, seats, its Partner of Record. */
export function subscriptionData(
  deps: Pick<AppDeps, 'settings'>,
  subscription: Subscription,
  partnerOfRecord: Partner | null,
  at: Date,
): Record<string, unknown> {
  const current = asOf(subscription, at);
  return {
    subscriptionId: current.id,
    tenantId: current.tenantId,
    sku: current.sku,
    billing: current.billing,
    state: stateAt(current, at, deps.settings.lifecycle),
    seats: seatsAt(current, at),
    termEnd: termEnd(current),
    partnerOfRecord: partnerRef(partnerOfRecord),
  };
}

/**
 * A fact about a subscription, to the partners that see its tenant (and `also`: a partner whose view
 * the fact ends), with the subscription as it is and `extra`.
 */
export async function recordSubscriptionEvent(
  deps: EventDeps & Pick<AppDeps, 'settings'>,
  factId: string,
  news: { tenant: Tenant; partnerOfRecord: Partner | null },
  subscription: Subscription,
  type: EventType,
  extra: Record<string, unknown> = {},
): Promise<number> {
  const at = deps.clock.now();
  return recordEvents(
    deps,
    { id: factId, tenantId: subscription.tenantId },
    await tenantAudience(deps, news.tenant, [subscription]),
    type,
    { ...subscriptionData(deps, subscription, news.partnerOfRecord, at), ...extra },
  );
}

/** A fact about a delegation offer: to its partner only (an offer is the offering partner's own). */
export function recordOfferEvent(
  deps: EventDeps,
  factId: string,
  offer: DelegationOffer,
  status: 'accepted' | 'declined' | 'expired',
): Promise<number> {
  const fact = { id: factId, tenantId: offer.tenantId };
  return recordEvents(deps, fact, [offer.partnerId], `delegation_offer.${status}`, offerData(offer, status));
}

/** The same, reading the Partner of Record. */
export async function subscriptionDataOf(
  deps: Pick<AppDeps, 'settings' | 'repos'>,
  subscription: Subscription,
  at: Date,
): Promise<Record<string, unknown>> {
  return subscriptionData(deps, subscription, await partnerById(deps, subscription.partnerOfRecord), at);
}

/** An offer as its partner's events show it. */
export function offerData(offer: DelegationOffer, status: string): Record<string, unknown> {
  return {
    offerId: offer.id,
    tenantId: offer.tenantId,
    status,
    createdAt: offer.createdAt,
    expiresAt: offer.expiresAt,
    respondedAt: offer.respondedAt,
  };
}

export { partnerRef };

/** The redemption completed: to the partner whose redemption it is (no one else sees it). */
export async function redemptionCompletedEvent(
  deps: EventDeps,
  redemption: Pick<Redemption, 'id' | 'partnerId'>,
  action: 'create_tenant' | 'renew' | 'add_seats',
  subscription: Subscription,
  keys: RedemptionSummary,
): Promise<void> {
  await recordEvents(
    deps,
    { id: `redemption_completed:${redemption.id}`, tenantId: subscription.tenantId },
    [redemption.partnerId],
    'redemption.completed',
    {
      redemptionId: redemption.id,
      action,
      tenantId: subscription.tenantId,
      subscriptionId: subscription.id,
      sku: keys.sku,
      seats: keys.totalSeats,
      termMonths: keys.termMonths,
    },
  );
}

// ---- the feed -------------------------------------------------------------------------------------

/** Where a caller is in its feed: after this event (none: from the start). */
interface Cursor {
  at: string;
  id: string;
}

function cursorOf(token: string | null): Cursor | null {
  if (token === null) return null;
  const parsed = JSON.parse(token) as Partial<Cursor>;
  return typeof parsed.at === 'string' && typeof parsed.id === 'string' && parsed.at !== ''
    ? { at: parsed.at, id: parsed.id }
    : null;
}

/**
 * The feed shows an event once it is this old. An event's `createdAt` is taken just before it is
 * written, so a slow write could land after a poller read past its time, and a token that had moved
 * beyond it would never return it. Every write is answered or given up within seconds (the store's
 * deadlines), far less than this: serving only events this old, a poller never misses one.
 */
export const FEED_SETTLE_MS = 30_000;

/**
 * The calling partner's events, oldest first (createdAt, id), those at least FEED_SETTLE_MS old. The token is always given, the end of
 * the feed included: it names the last event seen (or the start), so a later call with it gets only
 * what came after. It belongs to this partner's feed: another caller's is refused.
 */
export function listEvents(
  deps: AppDeps,
  principal: Principal,
  request: ListRequest,
): Promise<Page<PartnerEvent>> {
  const partner = partnerOf(principal);
  return pageOfList(
    `events:${partner.id}`,
    request,
    async (page) => {
      const after = cursorOf(page.continuationToken);
      const settled = new Date(deps.clock.now().getTime() - FEED_SETTLE_MS);
      const items = await deps.repos.events.listAfter(
        partner.id,
        after ? { createdAt: after.at, id: after.id } : null,
        page.limit,
        settled,
      );
      const last = items[items.length - 1];
      const next: Cursor = last ? { at: last.createdAt, id: last.id } : (after ?? { at: '', id: '' });
      return { items, continuationToken: JSON.stringify(next) };
    },
    (items) => items,
  );
}

// ---- the purge ------------------------------------------------------------------------------------

/**
 * The events-purge timer: deletes every event older than 30 days, any partner (a query across
 * partitions without ORDER BY on the indexed createdAt, drained in one run). Nothing relies on TTL.
 */
export function purgeEvents(deps: AppDeps): Promise<{ deleted: number; failed: number }> {
  const before = new Date(deps.clock.now().getTime() - EVENT_RETENTION_DAYS * 86_400_000);
  return deleteEvery(
    'event',
    (request) => deps.repos.events.listKeysBefore(before, request),
    (key) => deps.repos.events.deleteUnchanged(key),
    deps.log,
  );
}
