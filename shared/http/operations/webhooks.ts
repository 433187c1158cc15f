import {
  CreateWebhookEndpointRequest,
  ListWebhookDeliveriesQuery,
  pageOf,
  PageQuery,
  RedeliverSinceRequest,
  RedeliverSinceView,
  UpdateWebhookEndpointRequest,
  WebhookDeliveryView,
  WebhookEndpointList,
  WebhookEndpointView,
  WebhookEndpointWithSecret,
} from '../schemas';
import { defineOperation } from '../operation';
import { tenantsNotificationsList } from './notifications';

/**
 * Webhooks: the partner's endpoints and the deliveries of its events to them (docs/api.md,
 * "Webhooks"). Each is the calling partner's own: another partner's endpoint is 404.
 *
 * The function names keep Azure's route order (by name) from shadowing: every route here has a
 * literal segment where another has `{endpointId}`, or a different number of segments
 * (test/component/registrations.test.ts).
 */
export const webhookEndpointsCreate = defineOperation({
  name: 'webhook-endpoints-create',
  method: 'POST',
  route: 'webhook-endpoints',
  tag: 'Webhooks',
  summary: 'Register a webhook endpoint',
  description:
    'The signing secret (`whsec_…`) is in this answer only; it is stored sealed. At most 10 endpoints a ' +
    'partner. The URL must be one the service may call: https, and an address that is not loopback, ' +
    'private, link-local, carrier-grade NAT, multicast or the cloud metadata address once its name is resolved.',
  allow: ['partner'],
  body: { name: 'CreateWebhookEndpointRequest', schema: CreateWebhookEndpointRequest },
  responses: [
    {
      status: 201,
      description: 'The endpoint and its secret, shown only once',
      schema: WebhookEndpointWithSecret,
      name: 'WebhookEndpointWithSecret',
      headers: ['location', 'cache-control'],
    },
  ],
  errors: ['invalid_text', 'too_many_webhook_endpoints', 'webhook_url_forbidden'],
});

export const webhookEndpointsList = defineOperation({
  name: 'webhook-endpoints-list',
  method: 'GET',
  route: 'webhook-endpoints',
  tag: 'Webhooks',
  summary: "The partner's webhook endpoints",
  description:
    'All of them in one page (a partner has at most 10): continuationToken is always null. Never a secret.',
  allow: ['partner'],
  responses: [
    {
      status: 200,
      description: 'The endpoints',
      schema: WebhookEndpointList,
      name: 'WebhookEndpointList',
    },
  ],
  errors: [],
});

export const webhookEndpointsGet = defineOperation({
  name: 'webhook-endpoints-get',
  method: 'GET',
  route: 'webhook-endpoints/{endpointId}',
  tag: 'Webhooks',
  summary: 'A webhook endpoint',
  description: 'Where `POST /webhook-endpoints` points (Location). Never its secret.',
  allow: ['partner'],
  responses: [
    { status: 200, description: 'The endpoint', schema: WebhookEndpointView, name: 'WebhookEndpoint' },
  ],
  errors: ['not_found'],
});

export const webhookEndpointsUpdate = defineOperation({
  name: 'webhook-endpoints-update',
  method: 'PATCH',
  route: 'webhook-endpoints/{endpointId}',
  tag: 'Webhooks',
  summary: "Change a webhook endpoint's URL, event types, description, or disable or re-enable it",
  description:
    '`enabled: false` holds its deliveries; `enabled: true` re-enables it (one disabled for failing too), ' +
    'and what was held meanwhile is sent.',
  allow: ['partner'],
  body: { name: 'UpdateWebhookEndpointRequest', schema: UpdateWebhookEndpointRequest },
  responses: [
    { status: 200, description: 'The endpoint', schema: WebhookEndpointView, name: 'WebhookEndpoint' },
  ],
  errors: ['invalid_text', 'not_found', 'webhook_url_forbidden'],
});

export const webhookEndpointsDelete = defineOperation({
  name: 'webhook-endpoints-delete',
  method: 'DELETE',
  route: 'webhook-endpoints/{endpointId}',
  tag: 'Webhooks',
  summary: 'Remove a webhook endpoint',
  description: 'Nothing more is sent to it.',
  allow: ['partner'],
  responses: [{ status: 204, description: 'Removed' }],
  errors: ['not_found'],
});

export const webhookEndpointsSecretRotate = defineOperation({
  name: 'webhook-endpoints-secret-rotate',
  method: 'POST',
  route: 'webhook-endpoints/{endpointId}/secret',
  tag: 'Webhooks',
  summary: "Rotate a webhook endpoint's signing secret",
  description:
    'A new secret signs from now on, shown only in this answer; for 24 h the previous one signs too ' +
    '(`webhook-signature` carries both), so a receiver can switch without missing a delivery.',
  allow: ['partner'],
  responses: [
    {
      status: 200,
      description: 'The endpoint and its new secret, shown only once',
      schema: WebhookEndpointWithSecret,
      name: 'WebhookEndpointWithSecret',
      headers: ['cache-control'],
    },
  ],
  errors: ['not_found'],
});

export const webhookEndpointsTest = defineOperation({
  name: 'webhook-endpoints-test',
  method: 'POST',
  route: 'webhook-endpoints/{endpointId}/test',
  tag: 'Webhooks',
  summary: 'Send a `ping` event to a webhook endpoint',
  description: 'Queued at once, even to a disabled endpoint; its attempts show in the deliveries.',
  allow: ['partner'],
  responses: [
    {
      status: 202,
      description: 'The ping is on its way',
      schema: WebhookDeliveryView,
      name: 'WebhookDelivery',
    },
  ],
  errors: ['not_found'],
});

export const webhookEndpointsDeliveriesList = defineOperation({
  name: 'webhook-endpoints-deliveries-list',
  method: 'GET',
  route: 'webhook-endpoints/{endpointId}/deliveries',
  tag: 'Webhooks',
  summary: "A webhook endpoint's deliveries, newest first",
  description: 'Each event sent to it (and each ping), with its attempts: time, status, duration, error.',
  allow: ['partner'],
  query: ListWebhookDeliveriesQuery,
  responses: [
    {
      status: 200,
      description: 'A page of deliveries',
      schema: pageOf(WebhookDeliveryView),
      name: 'WebhookDeliveryPage',
    },
  ],
  errors: ['not_found', 'invalid_continuation_token'],
});

export const webhookEndpointsDeliveriesRedeliver = defineOperation({
  name: 'webhook-endpoints-deliveries-redeliver',
  method: 'POST',
  route: 'webhook-endpoints/{endpointId}/deliveries/{eventId}/redeliver',
  tag: 'Webhooks',
  summary: 'Deliver one event to a webhook endpoint again',
  description:
    "An event of the partner's feed (the last 30 days), delivered or not: a new round of attempts starts now.",
  allow: ['partner'],
  responses: [
    {
      status: 202,
      description: 'The delivery, pending again',
      schema: WebhookDeliveryView,
      name: 'WebhookDelivery',
    },
  ],
  errors: ['not_found'],
});

export const webhookEndpointsRedeliver = defineOperation({
  name: 'webhook-endpoints-redeliver',
  method: 'POST',
  route: 'webhook-endpoints/{endpointId}/redeliver',
  tag: 'Webhooks',
  summary: 'Deliver every event since a time to a webhook endpoint again',
  description:
    "Every event of the partner's feed since `since` (not in the future, at most 30 days ago) of the types " +
    'the endpoint subscribes to, each a new round of attempts.',
  allow: ['partner'],
  body: { name: 'RedeliverSinceRequest', schema: RedeliverSinceRequest },
  responses: [
    {
      status: 202,
      description: 'How many deliveries were queued',
      schema: RedeliverSinceView,
      name: 'RedeliverSince',
    },
  ],
  errors: ['not_found'],
});

/**
 * The partner's own notifications (an endpoint disabled for failing): notifications belong to a tenant
 * otherwise. Azure tries routes in the order of the function names: "partners-me-…" comes before
 * "partners-read" (`partners/{id}`, a segment shorter) and "partners-tokens-create" (`partners/{id}/tokens`,
 * POST), so neither can answer its requests (test/component/registrations.test.ts).
 */
/** The very schema of the tenants' list, so the document names one NotificationPage. */
const NotificationPage = tenantsNotificationsList.responses[0].schema;

export const partnersMeNotificationsList = defineOperation({
  name: 'partners-me-notifications-list',
  method: 'GET',
  route: 'partners/me/notifications',
  tag: 'Notifications',
  summary: "The calling partner's own notifications, newest first",
  description:
    "Emails about the partner itself rather than a tenant (a webhook endpoint disabled for failing), as `GET /tenants/{id}/notifications` shows a tenant's.",
  allow: ['partner'],
  query: PageQuery,
  responses: [
    {
      status: 200,
      description: 'A page of notifications',
      schema: NotificationPage,
      name: 'NotificationPage',
    },
  ],
  errors: ['invalid_continuation_token'],
});
