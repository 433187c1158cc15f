import type { ErrorCode } from '../../domain/errors';
import { RESPONSE_HEADERS, type ServiceHeader } from '../headers';
import type { AnyOperation } from '../operation';
import { statusFor } from '../problem';
import { schemaRef, type SchemaCatalog } from './schemas';

/**
 * The answers of an operation as the document states them: each success with its body and headers,
 * and each status its problems come with, the `code`s of that status as an enum. The codes are the
 * operation's own and the common ones below, which the service answers wherever their cause can arise.
 */
type JsonObject = Record<string, unknown>;

/** Problems that always come with Retry-After (shared/http/endpoint.ts, the use cases that throw them). */
const RETRY_AFTER_CODES: readonly ErrorCode[] = [
  'request_in_progress',
  'too_many_failed_key_attempts',
  'store_busy',
  'store_unavailable',
  'configuration_unavailable',
];

/** The operation's own codes and those any operation of its kind can answer. */
export function documentedCodes(op: AnyOperation): ErrorCode[] {
  // Any path answers another method with 405 and an unforeseen failure with 500; only the health
  // probe reports unusable settings in its own body instead of 503 configuration_unavailable.
  const codes: ErrorCode[] = ['method_not_allowed', 'internal_error'];
  if (op.name !== 'health') codes.push('configuration_unavailable');
  if (op.allow !== 'anyone') codes.push('unauthenticated', 'forbidden');
  if (/\{\w+\}/.test(op.route)) codes.push('not_found');
  // Every body is JSON or none; an operation without one accepts only none or {}.
  if (op.method !== 'GET') codes.push('unsupported_media_type', 'invalid_json', 'validation_failed');
  if (op.query) codes.push('validation_failed', 'invalid_continuation_token');
  if (op.method === 'POST' && op.allow !== 'anyone') {
    codes.push('invalid_idempotency_key', 'idempotency_key_reused', 'request_in_progress');
  }
  if (!op.withoutStore) codes.push('store_busy', 'store_unavailable');
  return [...new Set([...codes, ...op.errors])];
}

/** The documented codes of the operation by status, statuses in order. */
export function codesByStatus(op: AnyOperation): Map<number, ErrorCode[]> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of documentedCodes(op)) {
    const status = statusFor(code, op.statusOverrides);
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return new Map([...byStatus].sort(([a], [b]) => a - b));
}

function headerRef(header: ServiceHeader): JsonObject {
  return { $ref: `#/components/headers/${RESPONSE_HEADERS[header].component}` };
}

/** Every header the service sets on purpose, as a reusable component. */
export function headerComponents(): Record<string, JsonObject> {
  return Object.fromEntries(
    Object.values(RESPONSE_HEADERS).map(({ component, description, schema, required }) => [
      component,
      { description, required, schema },
    ]),
  );
}

/** The headers a success of the operation carries. */
export function successHeaders(op: AnyOperation, status: number): ServiceHeader[] {
  const declared = op.responses.find((response) => response.status === status)?.headers ?? [];
  const headers: ServiceHeader[] = ['x-request-id', ...declared];
  // A replay of an earlier answer under the same Idempotency-Key says so (shared/http/idempotency.ts).
  if (op.method === 'POST' && op.allow !== 'anyone') headers.push('idempotent-replayed');
  return headers;
}

/** The headers a problem of this status carries, given the codes it may have. */
export function problemHeaders(status: number, codes: readonly ErrorCode[]): ServiceHeader[] {
  const headers: ServiceHeader[] = ['x-request-id'];
  if (codes.some((code) => RETRY_AFTER_CODES.includes(code))) headers.push('retry-after');
  if (status === 401) headers.push('www-authenticate');
  if (status === 405) headers.push('allow');
  return headers;
}

function headersObject(headers: readonly ServiceHeader[]): JsonObject {
  return Object.fromEntries(headers.map((header) => [RESPONSE_HEADERS[header].name, headerRef(header)]));
}

function successResponses(op: AnyOperation, catalog: SchemaCatalog): JsonObject {
  const responses: JsonObject = {};
  for (const response of op.responses) {
    const answer: JsonObject = {
      description: response.description,
      headers: headersObject(successHeaders(op, response.status)),
    };
    if (response.schema && response.name) {
      const type = response.contentType ?? 'application/json';
      answer['content'] = { [type]: { schema: catalog.answers.name(response.schema, response.name) } };
    } else if (response.contentType) {
      const schema = response.contentType.includes('json') ? { type: 'object' } : { type: 'string' };
      answer['content'] = { [response.contentType]: { schema } };
    }
    responses[String(response.status)] = answer;
  }
  return responses;
}

function problemResponses(op: AnyOperation): JsonObject {
  const responses: JsonObject = {};
  for (const [status, codes] of codesByStatus(op)) {
    responses[String(status)] = {
      description: `Problem (RFC 9457), \`code\` one of: ${codes.join(', ')}. Codes are an open set: later versions add some.`,
      'x-error-codes': codes,
      headers: headersObject(problemHeaders(status, codes)),
      content: {
        'application/problem+json': {
          schema: {
            allOf: [
              schemaRef('Problem'),
              { type: 'object', properties: { code: { type: 'string', enum: codes } } },
            ],
          },
        },
      },
    };
  }
  return responses;
}

/** Successes, then problems, by status. */
export function operationResponses(op: AnyOperation, catalog: SchemaCatalog): JsonObject {
  return { ...successResponses(op, catalog), ...problemResponses(op) };
}

const pascal = (code: string) =>
  code.replace(/(^|_)([a-z])/g, (_match, _sep, letter: string) => letter.toUpperCase());

/**
 * Problem answers that several operations give alike (405, 500, 503, …) as named components
 * (`components.responses`), each operation's `$ref`'d: the document states them once.
 */
export function shareProblemResponses(
  paths: Record<string, Record<string, JsonObject>>,
): Record<string, JsonObject> {
  const uses = new Map<string, { response: JsonObject; count: number }>();
  const problemsOf = (operation: JsonObject) =>
    Object.entries(operation['responses'] as Record<string, JsonObject>).filter(
      ([status]) => Number(status) >= 400,
    );
  for (const operation of Object.values(paths).flatMap((item) => Object.values(item))) {
    for (const [, response] of problemsOf(operation)) {
      const key = JSON.stringify(response);
      uses.set(key, { response, count: (uses.get(key)?.count ?? 0) + 1 });
    }
  }
  const names = new Map<string, string>();
  const components: Record<string, JsonObject> = {};
  for (const [key, { response, count }] of uses) {
    if (count < 2) continue;
    const codes = (response['x-error-codes'] ?? []) as string[];
    const base = codes.map(pascal).join('Or');
    let name = base;
    for (let n = 2; name in components; n++) name = `${base}${n}`;
    names.set(key, name);
    components[name] = response;
  }
  for (const operation of Object.values(paths).flatMap((item) => Object.values(item))) {
    const responses = operation['responses'] as Record<string, JsonObject>;
    for (const [status, response] of problemsOf(operation)) {
      const name = names.get(JSON.stringify(response));
      if (name !== undefined) responses[status] = { $ref: `#/components/responses/${name}` };
    }
  }
  return Object.fromEntries(
    Object.keys(components)
      .sort()
      .map((name) => [name, components[name] as JsonObject]),
  );
}
