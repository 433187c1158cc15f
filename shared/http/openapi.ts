import * as z from 'zod';
import type { ErrorCode } from '../domain/errors';
import type { AnyOperation } from './operation';
import { statusFor } from './problem';
import { Problem } from './schemas';

/**
 * The OpenAPI 3.1 document, generated from the operation table and the very zod schemas that
 * validate requests (JSON Schema 2020-12, which OpenAPI 3.1 uses as is).
 */
type JsonObject = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonObject {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonObject;
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function commonErrors(op: AnyOperation): ErrorCode[] {
  const codes: ErrorCode[] = [];
  if (op.allow !== 'anyone') codes.push('unauthenticated', 'forbidden');
  // Every body is JSON or none; an operation without one accepts only none or {}.
  if (op.method !== 'GET') codes.push('unsupported_media_type', 'invalid_json', 'validation_failed');
  if (op.query) codes.push('validation_failed');
  if (op.method === 'POST' && op.allow !== 'anyone') {
    codes.push('invalid_idempotency_key', 'idempotency_key_reused', 'request_in_progress');
  }
  if (!op.withoutStore) codes.push('store_busy', 'store_unavailable');
  return codes;
}

function errorResponses(op: AnyOperation): JsonObject {
  const byStatus = new Map<number, Set<ErrorCode>>();
  for (const code of [...commonErrors(op), ...op.errors]) {
    const status = statusFor(code, op.statusOverrides);
    byStatus.set(status, (byStatus.get(status) ?? new Set()).add(code));
  }
  const responses: JsonObject = {};
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
    const list = [...codes];
    responses[String(status)] = {
      description: `Problem, code: ${list.join(', ')}`,
      'x-error-codes': list,
      content: { 'application/problem+json': { schema: ref('Problem') } },
    };
  }
  return responses;
}

function queryParameters(op: AnyOperation): JsonObject[] {
  if (!(op.query instanceof z.ZodObject)) return [];
  return Object.entries(op.query.shape as Record<string, z.ZodType>).map(([name, schema]) => ({
    name,
    in: 'query',
    required: !schema.safeParse(undefined).success,
    schema: jsonSchema(schema, 'input'),
  }));
}

export function buildOpenApiDocument(operations: readonly AnyOperation[]): JsonObject {
  const schemas: JsonObject = { Problem: jsonSchema(Problem, 'output') };
  const paths: Record<string, JsonObject> = {};
  for (const op of operations) {
    const path = `/${op.route.replace(/\{(\w+)\?\}/g, '{$1}')}`;
    const parameters: JsonObject[] = [...op.route.matchAll(/\{(\w+)\??\}/g)].map((match) => ({
      name: match[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    parameters.push(...queryParameters(op));
    if (op.method === 'POST' && op.allow !== 'anyone') {
      parameters.push({
        name: 'Idempotency-Key',
        in: 'header',
        required: false,
        description:
          'Same principal, key and request within 24 h replays the first 2xx response (header Idempotent-Replayed: true). ' +
          'Error responses are not kept: a corrected request may reuse the key.',
        schema: { type: 'string', minLength: 1, maxLength: 255 },
      });
    }
    const successes: JsonObject = {};
    for (const response of op.responses) {
      const success: JsonObject = { description: response.description };
      if (response.schema && response.name) {
        schemas[response.name] = jsonSchema(response.schema, 'output');
        success['content'] = { [response.contentType ?? 'application/json']: { schema: ref(response.name) } };
      } else if (response.contentType) {
        success['content'] = { [response.contentType]: {} };
      }
      successes[String(response.status)] = success;
    }
    const operation: JsonObject = {
      operationId: op.name,
      tags: [op.tag],
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      'x-allowed-principals': op.allow,
      security: op.allow === 'anyone' ? [] : [{ bearer: [] }],
      ...(parameters.length ? { parameters } : {}),
      responses: { ...successes, ...errorResponses(op) },
    };
    if (op.body) {
      schemas[op.body.name] = jsonSchema(op.body.schema, 'input');
      operation['requestBody'] = {
        required: true,
        content: { 'application/json': { schema: ref(op.body.name) } },
      };
    }
    paths[path] = { ...paths[path], [op.method.toLowerCase()]: operation };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Keycard API',
      version: '1.0.0',
      description:
        'Product-key cards for cloud-service partners. Errors are RFC 9457 problem+json with a stable `code`. ' +
        'Product keys never appear in URLs; they are shown back masked.',
    },
    servers: [{ url: '/api/v1' }],
    paths,
    components: { schemas, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}
