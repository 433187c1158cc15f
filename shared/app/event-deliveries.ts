import type { PartnerEvent } from '../domain/event';
import { iso } from '../domain/time';
import { subscribes, type WebhookDelivery } from '../domain/webhook';
import type { AppDeps } from './deps';
import { eachPage } from './pages';
import { AlreadyExistsError, StaleWriteError, type Versioned } from './ports';
import { newDelivery, wake, type EventDeps } from './webhook-delivery';

/**
 * An event's webhook deliveries, planned with it (shared/app/events.ts) and, should the request or
 * timer that wrote it fail before that (a store fault, a crash) and never come back, by webhook-sweep:
 * an event is written with `plannedAt: null`, set once its deliveries are planned, and one still null
 * a minute after its time is planned by the sweep. So no event misses its deliveries, whatever path
 * wrote it (the soak met one that did).
 */

/** How long after its time an event's deliveries are left to the request that wrote it. */
export const PLANNING_GRACE_MS = 60_000;

/**
 * Plans the event's deliveries, once each: to every endpoint of its partner that wants the type,
 * except those the partner disabled (held for one disabled for failing, sent when it is enabled
 * again). Run where the event is written, again when a retried fact meets it (a delivery already
 * planned is left as it is).
 */
export async function planDeliveries(deps: EventDeps, event: PartnerEvent): Promise<number> {
  const webhooks = await deps.repos.webhookEndpoints.get(event.partnerId);
  if (!webhooks) return 0;
  let planned = 0;
  for (const endpoint of webhooks.value.endpoints) {
    if (!subscribes(endpoint, event.type) || endpoint.disabledReason === 'partner') continue;
    const delivery = newDelivery(event, endpoint, deps.clock.now());
    if (!(await planOnce(deps, delivery))) continue;
    planned += 1;
    if (delivery.status === 'pending') await wake(deps, delivery);
  }
  return planned;
}

/**
 * Writes the delivery unless this copy of its event already has it; whether it wrote. A delivery of
 * the same id carrying another payload was planned for an earlier copy of the event: one the purge
 * removed (30 days) before a late retry of its fact wrote it again, while that delivery, younger or
 * next in the purge's order, was still there. Left alone it would be purged in its turn and the event
 * never delivered (the soak, whose clock runs 400 days a minute, met it); it is planned anew instead.
 */
async function planOnce(deps: EventDeps, delivery: WebhookDelivery): Promise<boolean> {
  const deliveries = deps.repos.webhookDeliveries;
  for (let tries = 0; tries < 3; tries += 1) {
    try {
      await deliveries.create(delivery);
      return true;
    } catch (error) {
      if (!(error instanceof AlreadyExistsError)) throw error;
    }
    const existing = await deliveries.get(delivery.endpointId, delivery.id);
    if (!existing) continue; // purged since: create it
    if (existing.value.payload === delivery.payload) return false;
    try {
      await deliveries.replace(delivery, existing.etag);
      return true;
    } catch (error) {
      if (!(error instanceof StaleWriteError)) throw error;
    }
  }
  return false; // changed under us every time: another run planned it
}

/** Marks the event's deliveries planned (one conditional write; a concurrent mark is as good). */
export async function markPlanned(deps: EventDeps, found: Versioned<PartnerEvent>): Promise<void> {
  if (found.value.plannedAt !== null) return; // planned, or written before webhooks
  try {
    await deps.repos.events.replace({ ...found.value, plannedAt: iso(deps.clock.now()) }, found.etag);
  } catch (error) {
    if (!(error instanceof StaleWriteError)) throw error;
  }
}

/** webhook-sweep's first part: the events whose deliveries nobody planned, planned now; how many. */
export async function planMissedEvents(deps: AppDeps): Promise<number> {
  const before = new Date(deps.clock.now().getTime() - PLANNING_GRACE_MS);
  let planned = 0;
  for await (const page of eachPage(
    (request) => deps.repos.events.listUnplanned(before, request),
    deps.log,
  )) {
    for (const found of page) {
      await planDeliveries(deps, found.value);
      await markPlanned(deps, found);
      planned += 1;
    }
  }
  return planned;
}
