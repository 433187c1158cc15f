/**
 * The response headers the service sets on purpose, each published as a reusable component of the
 * OpenAPI document (`components.headers`) and declared on every response that carries it; the
 * component tests' contract check fails on one the document does not declare
 * (test/support/contract.ts). Transport headers (Content-Type, Content-Length, Date, Connection) and
 * the pages' browser protections are not part of the contract.
 */
export const RESPONSE_HEADERS = {
  'x-request-id': {
    component: 'RequestId',
    name: 'X-Request-Id',
    description:
      "This request's id: the Azure Functions invocation id, which every log line of the request carries " +
      '(Application Insights: customDimensions.InvocationId). Problems repeat it in `instance`. Quote it ' +
      'in a support request.',
    schema: { type: 'string' },
    required: true,
  },
  location: {
    component: 'Location',
    name: 'Location',
    description: 'Where the resource this answer created (or the one it belongs to) can be read.',
    schema: { type: 'string', format: 'uri-reference' },
    required: true,
  },
  etag: {
    component: 'ETag',
    name: 'ETag',
    description:
      'The version of the stored resource. Send it back as `If-Match` on a change so that it cannot ' +
      'overwrite a change made since you read it (412 `precondition_failed` if it did).',
    schema: { type: 'string' },
    required: true,
  },
  'cache-control': {
    component: 'NoStore',
    name: 'Cache-Control',
    description: '`no-store`: this answer shows a secret (a token, keys) once; no cache may keep it.',
    schema: { type: 'string', enum: ['no-store'] },
    required: true,
  },
  'idempotent-replayed': {
    component: 'IdempotentReplayed',
    name: 'Idempotent-Replayed',
    description: '`true` when this is the stored answer of an earlier request with the same Idempotency-Key.',
    schema: { type: 'string', enum: ['true'] },
    required: false,
  },
  'retry-after': {
    component: 'RetryAfter',
    name: 'Retry-After',
    description:
      'Seconds to wait before trying again. Sent with request_in_progress, too_many_failed_key_attempts and ' +
      'every 503; not with the other codes of the same status.',
    schema: { type: 'integer', minimum: 0 },
    required: false,
  },
  'www-authenticate': {
    component: 'WWWAuthenticate',
    name: 'WWW-Authenticate',
    description: 'The scheme to authenticate with: `Bearer`.',
    schema: { type: 'string' },
    required: true,
  },
  allow: {
    component: 'Allow',
    name: 'Allow',
    description: 'The methods this path serves.',
    schema: { type: 'string' },
    required: true,
  },
} as const;

export type ServiceHeader = keyof typeof RESPONSE_HEADERS;

/** Headers an operation's handler sets on one of its answers, declared by that answer's descriptor. */
export type ResponseHeader = 'location' | 'etag' | 'cache-control';

/** Headers of the transport and of pages' browser protections: not part of the contract. */
export const TRANSPORT_HEADERS: readonly string[] = [
  'content-type',
  'content-length',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'x-content-type-options',
];
