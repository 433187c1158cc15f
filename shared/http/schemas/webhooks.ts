import * as z from 'zod';
import { EVENT_TYPES } from '../../domain/event';
import { Instant, PageQuery, text } from './fields';

/**
 * Webhooks (issue 21): a partner's endpoints, their secrets (shown once) and the deliveries of its
 * events to them. The sealed secrets never leave: a view shows when the newest was made and until when
 * a replaced one still signs.
 */
export const WebhookEventType = z.enum(EVENT_TYPES);

/** http or https here; which the service may call (https only in Azure, a public address) is the use case's. */
const WebhookUrl = z
  .url({ protocol: /^https?$/ })
  .max(2048)
  .meta({
    description:
      'Where events are POSTed: https, a public address (checked at registration and at every delivery, after DNS)',
    example: 'https://tools.example.com/keycard/webhooks',
  });

const EventTypes = z
  .array(WebhookEventType)
  .min(1)
  .refine((types) => new Set(types).size === types.length, { message: 'each event type once' })
  .nullable()
  .meta({ description: 'The event types sent to it; null (or absent): every type, those added later too' });

const Description = text({ min: 0, max: 200 }).meta({ description: 'What the endpoint is, for people' });

export const CreateWebhookEndpointRequest = z.strictObject({
  url: WebhookUrl,
  eventTypes: EventTypes.optional(),
  description: Description.optional(),
  enabled: z.boolean().optional().meta({ description: 'true if not given' }),
});

export const UpdateWebhookEndpointRequest = z
  .strictObject({
    url: WebhookUrl.optional(),
    eventTypes: EventTypes.optional(),
    description: Description.optional(),
    enabled: z.boolean().optional().meta({
      description: 'false stops deliveries (held); true re-enables, and what was held meanwhile is sent',
    }),
  })
  .refine((body) => Object.keys(body).length > 0, {
    message: 'give at least one of url, eventTypes, description, enabled',
  });

export const WebhookEndpointView = z.object({
  id: z.string().meta({ description: '`we_…`' }),
  url: z.string(),
  description: z.string(),
  eventTypes: z.array(WebhookEventType).nullable().meta({ description: 'null: every type' }),
  enabled: z.boolean(),
  disabledReason: z.enum(['partner', 'failing']).nullable().meta({
    description:
      'partner: disabled by the partner; failing: every attempt failed for 3 days (the partner was emailed)',
  }),
  disabledAt: Instant.nullable(),
  failingSince: Instant.nullable().meta({
    description: 'Since when every attempt failed (null: the last one succeeded, or none was made yet)',
  }),
  lastErrors: z
    .array(z.object({ at: Instant, error: z.string() }))
    .meta({ description: "The last failed attempts' errors, newest first" }),
  secretRotatedAt: Instant.meta({ description: 'When the secret that signs now was made' }),
  previousSecretExpiresAt: Instant.nullable().meta({
    description: 'After a rotation, until when the replaced secret signs too (24 h); null when none does',
  }),
  createdAt: Instant,
  updatedAt: Instant,
});

const Secret = z.string().meta({
  description:
    'The signing secret (`whsec_…`, Standard Webhooks), shown only in this answer: verify the `webhook-signature` header with it',
});

export const WebhookEndpointWithSecret = WebhookEndpointView.extend({ secret: Secret });

export const WebhookEndpointList = z.object({
  items: z.array(WebhookEndpointView),
  continuationToken: z.null().meta({ description: 'Always null: at most 10 endpoints, one page' }),
});

export const WebhookAttemptView = z.object({
  at: Instant,
  status: z.int().nullable().meta({ description: "The receiver's HTTP status; null: no answer" }),
  durationMs: z.int(),
  error: z.string().nullable().meta({ description: 'Why it failed; null: it succeeded' }),
  responseBody: z.string().meta({ description: "The first KiB of the receiver's answer" }),
});

export const WebhookDeliveryView = z.object({
  eventId: z.string(),
  eventType: z.union([WebhookEventType, z.literal('ping')]),
  status: z.enum(['pending', 'delivered', 'failed', 'held']).meta({
    description:
      'pending: an attempt is due at nextAttemptAt; delivered; failed: every attempt failed (redeliver it); held: the endpoint is disabled',
  }),
  attempts: z.array(WebhookAttemptView).meta({ description: 'Oldest first' }),
  nextAttemptAt: Instant.nullable(),
  createdAt: Instant,
  deliveredAt: Instant.nullable(),
});

export const ListWebhookDeliveriesQuery = PageQuery;

export const RedeliverSinceRequest = z.strictObject({
  since: z.iso.datetime({ offset: true }).meta({
    description: 'Every event of the feed since then (at most 30 days ago, not in the future)',
  }),
});

export const RedeliverSinceView = z.object({
  queued: z.int().meta({ description: 'How many deliveries were queued' }),
});
