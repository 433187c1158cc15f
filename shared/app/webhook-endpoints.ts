import { randomBytes, randomUUID } from 'node:crypto';
import { DomainError } from '../domain/errors';
import type { EventType } from '../domain/event';
import { EVENT_RETENTION_DAYS } from '../domain/event';
import type { Notification } from '../domain/notification';
import type { Principal } from '../domain/principal';
import { iso } from '../domain/time';
import {
  MAX_WEBHOOK_ENDPOINTS,
  SECRET_OVERLAP_MS,
  subscribes,
  type PartnerWebhooks,
  type WebhookDelivery,
  type WebhookEndpoint,
  type WebhookSecret,
} from '../domain/webhook';
import { partnerOf } from './callers';
import type { AppDeps } from './deps';
import { retryOnStale } from './modify';
import { pageOfList, type ListRequest } from './paging';
import { AlreadyExistsError, StaleWriteError, type Page } from './ports';
import { holdPending, newDelivery, redeliver, releaseHeld } from './webhook-delivery';
import { partnerNotificationsKey } from './webhook-health';
import { ForbiddenWebhookAddressError } from './webhook-ports';

/**
 * The partner's webhook endpoints (issue 21): create (the secret shown once), read, change, delete,
 * rotate the secret, send a test `ping`, list deliveries, redeliver. All for the calling partner only:
 * another partner's endpoint is 404 `not_found`. A partner's endpoints are one document (its id), so
 * the limit of ten holds under concurrent creates (a conditional write).
 */

export interface EndpointInput {
  url: string;
  /** Absent or null: every type. */
  eventTypes?: EventType[] | null;
  description?: string;
  enabled?: boolean;
}

export type EndpointChange = Partial<EndpointInput>;

/** An endpoint with the secret it was just given (shown this once). */
export interface EndpointWithSecret {
  endpoint: WebhookEndpoint;
  secret: string;
}

/** A Standard Webhooks secret: `whsec_` and 32 random bytes in base64. */
function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

function notFound(): DomainError {
  return new DomainError('not_found', 'No such webhook endpoint.');
}

/** Refuses (422 webhook_url_forbidden) a URL the service may not call, after resolving its host. */
async function checkUrl(deps: AppDeps, url: string): Promise<void> {
  try {
    await deps.webhooks.check(url);
  } catch (error) {
    if (error instanceof ForbiddenWebhookAddressError)
      throw new DomainError('webhook_url_forbidden', `Webhooks cannot be sent to this URL: ${error.reason}`);
    throw error;
  }
}

/**
 * Changes the partner's endpoints document with a conditional write (created at the first endpoint),
 * tried again on a concurrent change. `change` returns the new list, or throws.
 */
async function changeEndpoints(
  deps: AppDeps,
  partnerId: string,
  change: (endpoints: WebhookEndpoint[]) => WebhookEndpoint[],
): Promise<PartnerWebhooks> {
  return retryOnStale(async () => {
    const found = await deps.repos.webhookEndpoints.get(partnerId);
    if (!found) {
      const created: PartnerWebhooks = { id: partnerId, endpoints: change([]) };
      try {
        return (await deps.repos.webhookEndpoints.create(created)).value;
      } catch (error) {
        // Another request created it first: read it and change that (a stale write retries).
        if (error instanceof AlreadyExistsError) throw new StaleWriteError(partnerId);
        throw error;
      }
    }
    const next = { ...found.value, endpoints: change(found.value.endpoints) };
    return (await deps.repos.webhookEndpoints.replace(next, found.etag)).value;
  });
}

async function endpointsOf(deps: AppDeps, partnerId: string): Promise<WebhookEndpoint[]> {
  return (await deps.repos.webhookEndpoints.get(partnerId))?.value.endpoints ?? [];
}

async function endpointOf(deps: AppDeps, partnerId: string, endpointId: string): Promise<WebhookEndpoint> {
  const endpoint = (await endpointsOf(deps, partnerId)).find((e) => e.id === endpointId);
  if (!endpoint) throw notFound();
  return endpoint;
}

/** 422 too_many_webhook_endpoints beyond 10; 422 webhook_url_forbidden for an address it may not call. */
export async function createWebhookEndpoint(
  deps: AppDeps,
  principal: Principal,
  input: EndpointInput,
): Promise<EndpointWithSecret> {
  const partner = partnerOf(principal);
  await checkUrl(deps, input.url);
  const now = iso(deps.clock.now());
  const secret = newSecret();
  const enabled = input.enabled ?? true;
  const endpoint: WebhookEndpoint = {
    id: `we_${randomUUID().replaceAll('-', '')}`,
    url: input.url,
    description: input.description ?? '',
    eventTypes: input.eventTypes ?? null,
    enabled,
    disabledReason: enabled ? null : 'partner',
    disabledAt: enabled ? null : now,
    createdAt: now,
    updatedAt: now,
    secrets: [{ sealed: deps.sealer.seal(secret), createdAt: now, expiresAt: null }],
    failingSince: null,
    lastErrors: [],
  };
  await changeEndpoints(deps, partner.id, (endpoints) => {
    if (endpoints.length >= MAX_WEBHOOK_ENDPOINTS)
      throw new DomainError(
        'too_many_webhook_endpoints',
        `A partner may have at most ${MAX_WEBHOOK_ENDPOINTS} webhook endpoints; delete one first.`,
      );
    return [...endpoints, endpoint];
  });
  return { endpoint, secret };
}

/** The partner's endpoints, oldest first (at most ten). */
export async function listWebhookEndpoints(deps: AppDeps, principal: Principal): Promise<WebhookEndpoint[]> {
  return endpointsOf(deps, partnerOf(principal).id);
}

export function getWebhookEndpoint(
  deps: AppDeps,
  principal: Principal,
  endpointId: string,
): Promise<WebhookEndpoint> {
  return endpointOf(deps, partnerOf(principal).id, endpointId);
}

/** `enabled: true` on a disabled endpoint clears its failures and sends what was held for it. */
export async function updateWebhookEndpoint(
  deps: AppDeps,
  principal: Principal,
  endpointId: string,
  change: EndpointChange,
): Promise<WebhookEndpoint> {
  const partner = partnerOf(principal);
  if (change.url !== undefined) await checkUrl(deps, change.url);
  const now = iso(deps.clock.now());
  let enabledAgain = false;
  let disabled = false;
  let updated: WebhookEndpoint | undefined;
  await changeEndpoints(deps, partner.id, (endpoints) => {
    const current = endpoints.find((e) => e.id === endpointId);
    if (!current) throw notFound();
    enabledAgain = change.enabled === true && !current.enabled;
    const disabling = change.enabled === false && current.enabled;
    disabled = disabling;
    updated = {
      ...current,
      ...(change.url !== undefined ? { url: change.url } : {}),
      ...(change.description !== undefined ? { description: change.description } : {}),
      ...(change.eventTypes !== undefined ? { eventTypes: change.eventTypes } : {}),
      ...(enabledAgain ? { enabled: true, disabledReason: null, disabledAt: null, failingSince: null } : {}),
      ...(disabling ? { enabled: false, disabledReason: 'partner' as const, disabledAt: now } : {}),
      updatedAt: now,
    };
    return endpoints.map((e) => (e.id === endpointId ? (updated as WebhookEndpoint) : e));
  });
  if (enabledAgain) await releaseHeld(deps, endpointId);
  if (disabled) await holdPending(deps, endpointId);
  return updated as WebhookEndpoint;
}

/** Deletes the endpoint: nothing more is sent to it (its deliveries stay listed until purged). */
export async function deleteWebhookEndpoint(
  deps: AppDeps,
  principal: Principal,
  endpointId: string,
): Promise<void> {
  const partner = partnerOf(principal);
  await changeEndpoints(deps, partner.id, (endpoints) => {
    if (!endpoints.some((e) => e.id === endpointId)) throw notFound();
    return endpoints.filter((e) => e.id !== endpointId);
  });
}

/** A new secret signs from now; the previous one too for 24 h; any older, expired, are dropped. */
export async function rotateWebhookSecret(
  deps: AppDeps,
  principal: Principal,
  endpointId: string,
): Promise<EndpointWithSecret> {
  const partner = partnerOf(principal);
  const at = deps.clock.now();
  const now = iso(at);
  const overlapEnds = iso(new Date(at.getTime() + SECRET_OVERLAP_MS));
  const secret = newSecret();
  let rotated: WebhookEndpoint | undefined;
  await changeEndpoints(deps, partner.id, (endpoints) => {
    const current = endpoints.find((e) => e.id === endpointId);
    if (!current) throw notFound();
    const previous: WebhookSecret[] = current.secrets
      .filter((s) => s.expiresAt === null || Date.parse(s.expiresAt) > at.getTime())
      .map((s) => (s.expiresAt === null ? { ...s, expiresAt: overlapEnds } : s));
    rotated = {
      ...current,
      secrets: [{ sealed: deps.sealer.seal(secret), createdAt: now, expiresAt: null }, ...previous],
      updatedAt: now,
    };
    return endpoints.map((e) => (e.id === endpointId ? (rotated as WebhookEndpoint) : e));
  });
  return { endpoint: rotated as WebhookEndpoint, secret };
}

/** Queues a `ping` to the endpoint, even a disabled one (to try it before enabling it); its delivery. */
export async function testWebhookEndpoint(
  deps: AppDeps,
  principal: Principal,
  endpointId: string,
): Promise<WebhookDelivery> {
  const partner = partnerOf(principal);
  const endpoint = await endpointOf(deps, partner.id, endpointId);
  const now = deps.clock.now();
  const ping = newDelivery(
    {
      id: `ping_${randomUUID().replaceAll('-', '')}`,
      partnerId: partner.id,
      type: 'ping',
      createdAt: iso(now),
      data: { endpointId },
    },
    { ...endpoint, enabled: true },
    now,
  );
  return redeliver(deps, ping);
}

/** The endpoint's deliveries, newest first, each with its attempts. */
export async function listWebhookDeliveries(
  deps: AppDeps,
  principal: Principal,
  endpointId: string,
  request: ListRequest,
): Promise<Page<WebhookDelivery>> {
  const partner = partnerOf(principal);
  await endpointOf(deps, partner.id, endpointId);
  return pageOfList(
    `webhook-deliveries:${partner.id}:${endpointId}`,
    request,
    (page) => deps.repos.webhookDeliveries.listForEndpoint(endpointId, page),
    (items) => items,
  );
}

/**
 * Delivers one event of the partner's feed to the endpoint again: a new round of attempts, due now
 * (created if the endpoint had none: asked by name, it is sent whatever types the endpoint wants).
 * 404 for an event the feed does not hold (another partner's, or purged after 30 days).
 */
export async function redeliverEvent(
  deps: AppDeps,
  principal: Principal,
  endpointId: string,
  eventId: string,
): Promise<WebhookDelivery> {
  const partner = partnerOf(principal);
  const endpoint = await endpointOf(deps, partner.id, endpointId);
  const event = (await deps.repos.events.get(partner.id, eventId))?.value;
  if (!event) throw new DomainError('not_found', 'No such event in your feed.');
  return redeliver(deps, newDelivery(event, { ...endpoint, enabled: true }, deps.clock.now()));
}

/** Redeliveries since a time, a page of the feed at a time. */
const REDELIVER_PAGE = 100;

/**
 * Delivers again every event of the feed since `since` (at most 30 days back) that the endpoint
 * wants, each a new round due now; how many. Delivered ones too: a receiver that lost its data asks
 * for everything since then, and receivers deduplicate by `webhook-id`.
 */
export async function redeliverSince(
  deps: AppDeps,
  principal: Principal,
  endpointId: string,
  since: Date,
): Promise<{ queued: number }> {
  const partner = partnerOf(principal);
  const endpoint = await endpointOf(deps, partner.id, endpointId);
  const oldest = deps.clock.now().getTime() - EVENT_RETENTION_DAYS * 86_400_000;
  let after = { createdAt: iso(new Date(Math.max(since.getTime(), oldest))), id: '' };
  let queued = 0;
  for (;;) {
    const events = await deps.repos.events.listAfter(partner.id, after, REDELIVER_PAGE);
    for (const event of events) {
      if (!subscribes(endpoint, event.type)) continue;
      await redeliver(deps, newDelivery(event, { ...endpoint, enabled: true }, deps.clock.now()));
      queued += 1;
    }
    const last = events[events.length - 1];
    if (!last || events.length < REDELIVER_PAGE) return { queued };
    after = { createdAt: last.createdAt, id: last.id };
  }
}

/** `GET /partners/me/notifications`: the partner's own notifications (e.g. an endpoint disabled), newest first. */
export function listPartnerNotifications(
  deps: AppDeps,
  principal: Principal,
  request: ListRequest,
): Promise<Page<Notification>> {
  const key = partnerNotificationsKey(partnerOf(principal).id);
  return pageOfList(
    `notifications:${key}`,
    request,
    (page) => deps.repos.notifications.listForTenant(key, page),
    (items) => items,
  );
}
