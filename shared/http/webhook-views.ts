import type { z } from 'zod';
import { DomainError } from '../domain/errors';
import { EVENT_RETENTION_DAYS } from '../domain/event';
import { signingSecrets, type WebhookDelivery, type WebhookEndpoint } from '../domain/webhook';
import type * as Schemas from './schemas';

/**
 * Webhooks' response bodies (as ./views.ts for the rest): an endpoint without its sealed secrets, a
 * delivery without its payload, claim or partner; and the checks of their path parameters and of
 * a redelivery's `since` (which needs the clock, so no schema can say it).
 */
type View<Schema extends z.ZodType> = z.input<Schema>;

/** The endpoint as its partner sees it: when its secret was made, until when a replaced one signs. */
export function endpointView(endpoint: WebhookEndpoint, now: Date): View<typeof Schemas.WebhookEndpointView> {
  const [newest] = endpoint.secrets;
  const stillSigning = signingSecrets(endpoint, now)
    .map((secret) => secret.expiresAt)
    .filter((expiresAt): expiresAt is string => expiresAt !== null)
    .sort();
  return {
    id: endpoint.id,
    url: endpoint.url,
    description: endpoint.description,
    eventTypes: endpoint.eventTypes,
    enabled: endpoint.enabled,
    disabledReason: endpoint.disabledReason,
    disabledAt: endpoint.disabledAt,
    failingSince: endpoint.failingSince,
    lastErrors: endpoint.lastErrors.map(({ at, error }) => ({ at, error })),
    secretRotatedAt: newest?.createdAt ?? endpoint.createdAt,
    previousSecretExpiresAt: stillSigning.at(-1) ?? null,
    createdAt: endpoint.createdAt,
    updatedAt: endpoint.updatedAt,
  };
}

/** The endpoint and the secret it was just given (the one answer that shows it). */
export function endpointWithSecretView(
  { endpoint, secret }: { endpoint: WebhookEndpoint; secret: string },
  now: Date,
): View<typeof Schemas.WebhookEndpointWithSecret> {
  return { ...endpointView(endpoint, now), secret };
}

export function deliveryView(delivery: WebhookDelivery): View<typeof Schemas.WebhookDeliveryView> {
  return {
    eventId: delivery.eventId,
    eventType: delivery.eventType,
    status: delivery.status,
    attempts: delivery.attempts.map(({ at, status, durationMs, error, responseBody }) => ({
      at,
      status,
      durationMs,
      error,
      responseBody,
    })),
    nextAttemptAt: delivery.nextAttemptAt,
    createdAt: delivery.createdAt,
    deliveredAt: delivery.deliveredAt,
  };
}

/** `we_…`: any other shape names no endpoint (404 before any store call, as ./parse.ts's uuidParam). */
const ENDPOINT_ID = /^we_[A-Za-z0-9_-]{1,100}$/;

/** An event id: its fact's (ids, dates, type names) and its partner's (`<fact>:<partner id>`). */
const EVENT_ID = /^[A-Za-z0-9_:.|-]{1,400}$/;

export function endpointIdParam(value: string | undefined): string {
  if (value && ENDPOINT_ID.test(value)) return value;
  throw new DomainError('not_found', 'No such webhook endpoint.');
}

/** The feed keeps 30 days: `since` further back, or in the future, names nothing to send (400). */
const FEED_KEPT_MS = EVENT_RETENTION_DAYS * 86_400_000;

export function sinceOf(since: string, now: Date): Date {
  const at = new Date(since);
  const problem =
    at.getTime() > now.getTime()
      ? 'since is in the future'
      : at.getTime() < now.getTime() - FEED_KEPT_MS
        ? 'since is more than 30 days ago (events are kept 30 days)'
        : null;
  if (problem)
    throw new DomainError('validation_failed', '1 problem(s) with the request; see errors.', {
      errors: [{ path: 'since', message: problem }],
    });
  return at;
}

export function eventIdParam(value: string | undefined): string {
  if (value && EVENT_ID.test(value)) return value;
  throw new DomainError('not_found', 'No such event.');
}
