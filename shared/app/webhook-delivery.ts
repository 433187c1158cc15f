import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import * as z from 'zod';
import { iso } from '../domain/time';
import {
  DELIVERY_CLAIM_MS,
  DISABLE_AFTER_FAILING_MS,
  deliveryId,
  retryDelayMs,
  signingSecrets,
  type WebhookAttempt,
  type WebhookDelivery,
  type WebhookEndpoint,
} from '../domain/webhook';
import type { AppDeps } from './deps';
import { EVENT_RETENTION_DAYS } from '../domain/event';
import { modify, modifyFrom } from './modify';
import { deleteEvery, eachPage } from './pages';
import { AlreadyExistsError, StaleWriteError, type Versioned } from './ports';
import type { WebhookMessage } from './webhook-ports';
import { tellEndpointDisabled } from './webhook-health';

/**
 * Webhook deliveries (issue 21), an outbox like the notifications' (shared/app/notifications.ts):
 * a delivery document per (event, endpoint), written when the event is, holds the exact body, its
 * attempts and when the next is due; a queue message only wakes webhook-deliver; webhook-sweep queues
 * what is due (a retry's time, a lost message, a lapsed claim), so the local clock moves retries. One
 * sender at a time holds a delivery (a claim with a lease); an attempt's outcome is written back
 * before the next is planned, so an event reaches an endpoint at least once and, but for a sender
 * dying between the POST and that write, once.
 */

/** What writing an event needs: the store, the clock, and the webhooks queue its deliveries wake. */
export type EventDeps = Pick<AppDeps, 'repos' | 'clock' | 'webhookQueue' | 'log'>;

/** Attempts kept on a delivery (the newest). */
const KEPT_ATTEMPTS = 30;
/** The claim the sweep writes when it queues a delivery: any sender may take it. */
const QUEUED = 'queued';

/** The body every attempt sends: the event as the feed shows it. */
export function eventBody(event: { id: string; type: string; createdAt: string; data: unknown }): string {
  return JSON.stringify({ id: event.id, type: event.type, createdAt: event.createdAt, data: event.data });
}

/** Queues a message for the delivery; a failing queue leaves it to the sweep (it is in the store). */
export async function wake(
  deps: Pick<AppDeps, 'webhookQueue' | 'log'>,
  delivery: WebhookDelivery,
): Promise<void> {
  try {
    await deps.webhookQueue.enqueue({ endpointId: delivery.endpointId, deliveryId: delivery.id });
  } catch (error) {
    deps.log.warn(`webhook delivery ${delivery.id} is kept for the sweep: the queue failed`, error);
  }
}

/** A new delivery of the event to the endpoint: due now, or held while the endpoint is disabled. */
export function newDelivery(
  event: {
    id: string;
    partnerId: string;
    type: WebhookDelivery['eventType'];
    createdAt: string;
    data: unknown;
  },
  endpoint: WebhookEndpoint,
  now: Date,
): WebhookDelivery {
  return {
    id: deliveryId(event.id, endpoint.id),
    endpointId: endpoint.id,
    partnerId: event.partnerId,
    eventId: event.id,
    eventType: event.type,
    payload: eventBody(event),
    status: endpoint.enabled ? 'pending' : 'held',
    attempts: [],
    failures: 0,
    nextAttemptAt: endpoint.enabled ? iso(now) : null,
    claim: null,
    createdAt: iso(now),
    deliveredAt: null,
  };
}

/** Starts a new round of attempts (a redelivery, an endpoint enabled again), due now, and queues it. */
export async function startRound(deps: AppDeps, found: Versioned<WebhookDelivery>): Promise<WebhookDelivery> {
  const ref = deps.repos.webhookDeliveries.at(found.value.endpointId, found.value.id);
  const written = await modifyFrom(ref, found, (current) => ({
    ...current,
    status: 'pending' as const,
    failures: 0,
    nextAttemptAt: iso(deps.clock.now()),
    claim: null,
  }));
  const delivery = written?.value ?? found.value;
  await wake(deps, delivery);
  return delivery;
}

/** Creates the delivery, or starts a new round of the one there is. */
export async function redeliver(deps: AppDeps, delivery: WebhookDelivery): Promise<WebhookDelivery> {
  for (;;) {
    const found = await deps.repos.webhookDeliveries.get(delivery.endpointId, delivery.id);
    if (found) return startRound(deps, found);
    try {
      const created = await deps.repos.webhookDeliveries.create({ ...delivery, status: 'pending' });
      await wake(deps, created.value);
      return created.value;
    } catch (error) {
      if (!(error instanceof AlreadyExistsError)) throw error;
    }
  }
}

export type DeliveryOutcome =
  'delivered' | 'retry-planned' | 'failed' | 'held' | 'busy' | 'waiting' | 'done' | 'unknown';

function claimable(delivery: WebhookDelivery, now: Date): 'claim' | 'busy' | 'waiting' | 'done' {
  if (delivery.status !== 'pending') return 'done';
  if (delivery.claim && delivery.claim.holder !== QUEUED && Date.parse(delivery.claim.until) > now.getTime())
    return 'busy';
  if (delivery.nextAttemptAt === null || Date.parse(delivery.nextAttemptAt) > now.getTime()) return 'waiting';
  return 'claim';
}

/** The signature header: one `v1,` entry per secret that signs now (two for 24 h after a rotation). */
function signatureOf(deps: AppDeps, endpoint: WebhookEndpoint, id: string, at: Date, body: string): string {
  return signingSecrets(endpoint, at)
    .map((secret) => new Webhook(deps.sealer.open(secret.sealed)).sign(id, at, body))
    .join(' ');
}

const Message = z.object({ endpointId: z.string().min(1), deliveryId: z.string().min(1) });

/** webhook-deliver: one message of the webhooks queue. A message of another shape is logged and dropped. */
export async function deliverQueuedWebhook(deps: AppDeps, message: unknown): Promise<DeliveryOutcome | null> {
  const parsed = Message.safeParse(message);
  if (!parsed.success) {
    deps.log.error('not a webhook message; dropped', parsed.error.issues);
    return null;
  }
  const outcome = await deliver(deps, parsed.data);
  deps.log.info(`webhook delivery ${parsed.data.deliveryId}: ${outcome}`);
  return outcome;
}

/**
 * One attempt: claims the delivery (a conditional write), reads its endpoint, signs and POSTs the body
 * (shared/adapters/webhook-sender.ts: public addresses only, 10 s, no redirects), and writes the
 * outcome: delivered; or the next attempt's time on the schedule of RETRY_DELAYS_S, `failed` after
 * the last. An endpoint disabled meanwhile holds it; one deleted fails it.
 */
export async function deliver(deps: AppDeps, message: WebhookMessage): Promise<DeliveryOutcome> {
  const ref = deps.repos.webhookDeliveries.at(message.endpointId, message.deliveryId);
  const holder = randomUUID();
  let claimed: Versioned<WebhookDelivery> | null = null;
  while (!claimed) {
    const found = await ref.get();
    if (!found) return 'unknown';
    const now = deps.clock.now();
    const decision = claimable(found.value, now);
    if (decision !== 'claim') return decision;
    try {
      const until = iso(new Date(now.getTime() + DELIVERY_CLAIM_MS));
      claimed = await ref.replace({ ...found.value, claim: { holder, until } }, found.etag);
    } catch (error) {
      if (!(error instanceof StaleWriteError)) throw error;
    }
  }
  const delivery = claimed.value;
  const settle = (change: (current: WebhookDelivery) => WebhookDelivery) =>
    modifyFrom(ref, claimed, (current) =>
      current.status === 'pending' && current.claim?.holder === holder ? change(current) : undefined,
    );
  const endpoint = (await deps.repos.webhookEndpoints.get(delivery.partnerId))?.value.endpoints.find(
    (e) => e.id === delivery.endpointId,
  );
  if (!endpoint) {
    await settle((current) => ({ ...current, status: 'failed', nextAttemptAt: null, claim: null }));
    return 'failed';
  }
  if (!endpoint.enabled && delivery.eventType !== 'ping') {
    await settle((current) => ({ ...current, status: 'held', nextAttemptAt: null, claim: null }));
    return 'held';
  }
  const at = deps.clock.now();
  const answer = await deps.webhooks.post({
    url: endpoint.url,
    body: delivery.payload,
    headers: {
      'webhook-id': delivery.eventId,
      'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
      'webhook-signature': signatureOf(deps, endpoint, delivery.eventId, at, delivery.payload),
      'user-agent': 'Keycard-Webhooks/1',
    },
  });
  const attempt: WebhookAttempt = {
    at: iso(at),
    status: answer.status,
    durationMs: Math.max(0, Math.round(answer.durationMs)),
    error: answer.error,
    responseBody: answer.body,
  };
  const done = deps.clock.now();
  const written = await settle((current) => {
    const attempts = [...current.attempts, attempt].slice(-KEPT_ATTEMPTS);
    if (attempt.error === null)
      return {
        ...current,
        attempts,
        status: 'delivered',
        deliveredAt: iso(done),
        nextAttemptAt: null,
        claim: null,
      };
    const failures = current.failures + 1;
    const wait = retryDelayMs(current, failures);
    return wait === null
      ? { ...current, attempts, failures, status: 'failed', nextAttemptAt: null, claim: null }
      : { ...current, attempts, failures, nextAttemptAt: iso(new Date(done.getTime() + wait)), claim: null };
  });
  // A test ping says nothing of the endpoint's health: only events do.
  // A success at an endpoint that was not failing changes nothing: no read, no write.
  const healthChanges = attempt.error !== null || endpoint.failingSince !== null;
  if (delivery.eventType !== 'ping' && healthChanges)
    await recordHealth(deps, delivery.partnerId, endpoint.id, attempt);
  if (attempt.error === null) return 'delivered';
  return written?.value.status === 'failed' ? 'failed' : 'retry-planned';
}

/**
 * The endpoint's health after an attempt: a success clears `failingSince`; a failure keeps the last
 * errors and, once every attempt has failed for DISABLE_AFTER_FAILING_MS, disables the endpoint and
 * tells its partner (once: only the write that disables it tells).
 */
async function recordHealth(
  deps: AppDeps,
  partnerId: string,
  endpointId: string,
  attempt: WebhookAttempt,
): Promise<void> {
  const told: { disabled: WebhookEndpoint | null } = { disabled: null };
  await modify(deps.repos.webhookEndpoints.at(partnerId), (current) => {
    told.disabled = null;
    const endpoint = current.endpoints.find((e) => e.id === endpointId);
    if (!endpoint) return undefined;
    let next: WebhookEndpoint;
    if (attempt.error === null) {
      if (endpoint.failingSince === null) return undefined;
      next = { ...endpoint, failingSince: null };
    } else {
      const failingSince = endpoint.failingSince ?? attempt.at;
      next = {
        ...endpoint,
        failingSince,
        lastErrors: [{ at: attempt.at, error: attempt.error }, ...endpoint.lastErrors].slice(0, 5),
      };
      if (next.enabled && Date.parse(attempt.at) - Date.parse(failingSince) >= DISABLE_AFTER_FAILING_MS) {
        next = {
          ...next,
          enabled: false,
          disabledReason: 'failing',
          disabledAt: attempt.at,
          updatedAt: attempt.at,
        };
        told.disabled = next;
      }
    }
    return { ...current, endpoints: current.endpoints.map((e) => (e.id === endpointId ? next : e)) };
  });
  if (told.disabled) {
    await holdPending(deps, endpointId);
    await tellEndpointDisabled(deps, partnerId, told.disabled);
  }
}

/**
 * webhook-sweep: queues every pending delivery whose attempt is due and that no sender holds (a retry's
 * time, a lost message, a lapsed claim). Each is marked first with a conditional write, so two sweeps
 * at once queue it once.
 */
export async function sweepWebhookDeliveries(deps: AppDeps): Promise<number> {
  const now = deps.clock.now();
  let queued = 0;
  for await (const page of eachPage(
    (request) => deps.repos.webhookDeliveries.listDue(now, request),
    deps.log,
  )) {
    for (const found of page) {
      const claim = found.value.claim;
      if (claim && Date.parse(claim.until) > now.getTime()) continue;
      const until = iso(new Date(now.getTime() + DELIVERY_CLAIM_MS));
      try {
        await deps.repos.webhookDeliveries.replace(
          { ...found.value, claim: { holder: QUEUED, until } },
          found.etag,
        );
      } catch (error) {
        if (error instanceof StaleWriteError) continue;
        throw error;
      }
      await wake(deps, found.value);
      queued += 1;
    }
  }
  return queued;
}

/**
 * An endpoint disabled: its pending deliveries are held at once (not only when their next attempt
 * comes), so its deliveries say what will happen to them. One a sender holds now is left to it: the
 * sender finds the endpoint disabled and holds it itself.
 */
export async function holdPending(deps: AppDeps, endpointId: string): Promise<number> {
  let held = 0;
  for await (const page of eachPage(
    (request) => deps.repos.webhookDeliveries.listInStatus(endpointId, 'pending', request),
    deps.log,
  )) {
    for (const found of page) {
      if (claimable(found.value, deps.clock.now()) === 'busy') continue;
      try {
        await deps.repos.webhookDeliveries.replace(
          { ...found.value, status: 'held', nextAttemptAt: null, claim: null },
          found.etag,
        );
        held += 1;
      } catch (error) {
        if (!(error instanceof StaleWriteError)) throw error;
      }
    }
  }
  return held;
}

/** Sends what was held for an endpoint enabled again: each held delivery starts a round. */
export async function releaseHeld(deps: AppDeps, endpointId: string): Promise<number> {
  let released = 0;
  for await (const page of eachPage(
    (request) => deps.repos.webhookDeliveries.listInStatus(endpointId, 'held', request),
    deps.log,
  )) {
    for (const found of page) {
      await startRound(deps, found);
      released += 1;
    }
  }
  return released;
}

/** Deletes deliveries older than the feed keeps events (30 days), with the events-purge timer. */
export function purgeDeliveries(deps: AppDeps): Promise<{ deleted: number; failed: number }> {
  const before = new Date(deps.clock.now().getTime() - EVENT_RETENTION_DAYS * 86_400_000);
  return deleteEvery(
    'webhook delivery',
    (request) => deps.repos.webhookDeliveries.listKeysBefore(before, request),
    (key) => deps.repos.webhookDeliveries.deleteUnchanged(key),
    deps.log,
  );
}
