import * as z from 'zod';
import type { AnyOperation } from './operation';
import { headerComponents, operationResponses, shareProblemResponses } from './openapi/responses';
import { SchemaCatalog } from './openapi/schemas';
import { WEBHOOK_PARAMETERS, webhookObjects } from './openapi/webhooks';
import { WIRE_INTEGER } from './schemas/fields';

/**
 * The OpenAPI 3.1 document, generated from the operation table and the very zod schemas that
 * validate requests (JSON Schema 2020-12, which OpenAPI 3.1 uses as is). Shapes are named once and
 * `$ref`'d (shared/http/openapi/schemas.ts); each answer states its headers and each problem status
 * its codes (shared/http/openapi/responses.ts).
 */
type JsonObject = Record<string, unknown>;

const EmptyBody = z.strictObject({});

const TAGS: readonly { name: string; description: string }[] = [
  { name: 'Service', description: 'Health, this document, the catalog, the partner console.' },
  { name: 'Partners', description: 'Partners, registered by the operator, and their tokens.' },
  { name: 'Product-key inventory', description: 'Minting, looking up and revoking product keys (operator).' },
  {
    name: 'Redemption',
    description: 'The "Redeem product keys" wizard: add keys, verify, confirm, complete.',
  },
  { name: 'Tenants', description: "Customers' tenants and the availability of their domains." },
  {
    name: 'Subscriptions',
    description: 'Subscriptions, their terms and timelines, Partner of Record, direct billing.',
  },
  { name: 'Users', description: "A tenant's users, their licenses and Global Administrators." },
  { name: 'Notifications', description: 'The emails sent about a tenant, and sending a failed one again.' },
  { name: 'Delegated administration', description: 'Offers of delegated administration and their answers.' },
  { name: 'Events', description: "A partner's events: what happened to what it may see, oldest first." },
];

const DESCRIPTION = [
  'Product-key cards for cloud-service partners. docs/api.md in the repository is the full contract; its',
  '"Changes" section lists every change a client could notice.',
  '',
  '- Errors are RFC 9457 `application/problem+json` with a stable `code`. Each problem status lists its codes',
  '  as an enum; the set is open (later versions add codes), so keep a default branch.',
  '- Every answer carries `X-Request-Id`; problems repeat it in `instance`. Quote it in a support request.',
  '- Every GET also answers HEAD (the same headers, no body).',
  '- A resource with an `ETag` takes `If-Match` on its changes: 412 `precondition_failed` if it changed since.',
  '- Product keys never appear in URLs; they are shown back masked. Answers showing a secret send',
  '  `Cache-Control: no-store`.',
].join('\n');

/** The path as OpenAPI writes it: `{name}` for Azure's optional `{name?}` and catch-all `{*name}`. */
export function documentPath(op: AnyOperation): string {
  return `/${op.route.replace(/\{\*?(\w+)\??\}/g, '{$1}')}`;
}

function pathParameters(op: AnyOperation): JsonObject[] {
  return [...documentPath(op).matchAll(/\{(\w+)\}/g)].map((match) => ({
    name: match[1],
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
}

function queryParameters(op: AnyOperation, catalog: SchemaCatalog): JsonObject[] {
  if (!(op.query instanceof z.ZodObject)) return [];
  return Object.entries(op.query.shape as Record<string, z.ZodType>).map(([name, schema]) => {
    // A number in the query string is text on the wire; the document says what it must read as.
    const integer = WIRE_INTEGER.get(schema);
    return {
      name,
      in: 'query',
      required: !schema.safeParse(undefined).success,
      schema: integer ? { type: 'integer', ...integer } : catalog.requests.inline(schema),
    };
  });
}

const IDEMPOTENCY_KEY = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Same principal, key and request within 24 h replays the first 2xx response (header Idempotent-Replayed: true). ' +
    'Error responses are not kept: a corrected request may reuse the key.',
  schema: { type: 'string', minLength: 1, maxLength: 255 },
};

const IF_MATCH = {
  name: 'If-Match',
  in: 'header',
  required: false,
  description:
    'The ETag of the resource as you read it (or `*`): the change applies only if it is still that version, else 412 precondition_failed. Optional.',
  schema: { type: 'string' },
};

/**
 * None for public operations; optional (`{}` or bearer) for a public one that also acts on a signed-in
 * caller (a customer admin answering an offer by its id); else bearer.
 */
function securityOf(op: AnyOperation): JsonObject[] {
  if (op.allow !== 'anyone') return [{ bearer: [] }];
  return op.errors.includes('unauthenticated') ? [{}, { bearer: [] }] : [];
}

function operationObject(op: AnyOperation, catalog: SchemaCatalog): JsonObject {
  const parameters = [...pathParameters(op), ...queryParameters(op, catalog)];
  if (op.method === 'POST' && op.allow !== 'anyone') parameters.push(IDEMPOTENCY_KEY);
  if (op.errors.includes('precondition_failed')) parameters.push(IF_MATCH);
  const operation: JsonObject = {
    operationId: op.name,
    tags: [op.tag],
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    'x-allowed-principals': op.allow,
    security: securityOf(op),
    ...(parameters.length ? { parameters } : {}),
  };
  if (op.body) {
    operation['requestBody'] = {
      required: !op.body.optional,
      ...(op.body.optional ? { description: 'May be left out, or `{}`.' } : {}),
      content: { 'application/json': { schema: catalog.requests.name(op.body.schema, op.body.name) } },
    };
  } else if (op.method === 'POST' || op.method === 'PUT' || op.method === 'PATCH') {
    // What the endpoint accepts of an operation that takes nothing (shared/http/parse.ts assertNoBody).
    operation['requestBody'] = {
      required: false,
      description: 'Nothing, or `{}`.',
      content: { 'application/json': { schema: catalog.requests.name(EmptyBody, 'EmptyBody') } },
    };
  }
  operation['responses'] = operationResponses(op, catalog);
  return operation;
}

export function buildOpenApiDocument(operations: readonly AnyOperation[]): JsonObject {
  const catalog = new SchemaCatalog();
  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const op of operations) {
    const path = documentPath(op);
    paths[path] = { ...paths[path], [op.method.toLowerCase()]: operationObject(op, catalog) };
  }
  const responses = shareProblemResponses(paths);
  const webhooks = webhookObjects(catalog);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Keycard API',
      version: '1.1.0',
      description: DESCRIPTION,
      // A deployment's operators answer for it; `.example` until the product has a public address.
      contact: { name: 'Keycard API support', email: 'api@keycard.example' },
      // SPDX has no identifier for a proprietary licence; `LicenseRef-` is its form for one of one's own.
      license: {
        name: 'Proprietary: used under the Keycard partner agreement',
        identifier: 'LicenseRef-Keycard-Partner-Agreement',
      },
    },
    servers: [{ url: '/api/v1' }],
    tags: TAGS,
    paths,
    webhooks,
    components: {
      schemas: catalog.components(),
      responses,
      headers: headerComponents(),
      parameters: WEBHOOK_PARAMETERS,
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description:
            "A token: the operator's (the OPERATOR_TOKEN setting), a partner's (`kcp_`, from POST /partners) or a " +
            "customer admin's (`kca_`, emailed to a tenant's Global Administrator).",
        },
      },
    },
  };
}
