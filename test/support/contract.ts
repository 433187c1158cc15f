import * as z from 'zod';
import { TRANSPORT_HEADERS } from '../../shared/http/headers';
import { buildOpenApiDocument, documentPath } from '../../shared/http/openapi';
import type { AnyOperation } from '../../shared/http/operation';
import { ALL_OPERATIONS } from '../../shared/http/operations';
import { compareSpecificity, compileRoute, matchRoute } from '../../shared/http/route-template';
import { Problem } from '../../shared/http/schemas';

/**
 * Every answer a test receives, checked against the published contract: a success must be one the
 * operation documents, with a body that its schema accepts and that carries nothing the schema does not
 * name; an error must be problem+json whose `code` the served document lists for that operation and
 * status; every header the service sets on purpose must be one the document declares on that answer,
 * and every header it declares required must be there. So a response that drifts from the document
 * fails whichever test first sees it.
 */
const ROUTES = ALL_OPERATIONS.map((operation) => ({ operation, route: compileRoute(operation.route) }));

type JsonObject = Record<string, unknown>;
const DOCUMENT = buildOpenApiDocument(ALL_OPERATIONS) as {
  paths: Record<string, Record<string, { responses: Record<string, JsonObject> }>>;
  components: { responses: Record<string, JsonObject>; headers: Record<string, { required?: boolean }> };
};

/** A problem as the service writes it: the published members and the extensions it uses, nothing else. */
const ServedProblem = z.object(Problem.shape);

/**
 * Headers of the HTML pages for browsers (shared/http/responses.ts `html`: their protections, and `Vary`
 * where a page follows Accept-Language): not the API's contract.
 */
const PAGE_PROTECTIONS = [
  'content-security-policy',
  'x-frame-options',
  'referrer-policy',
  'cache-control',
  'vary',
];

function operationFor(method: string, path: string): AnyOperation | undefined {
  const bare = path.split('?')[0]?.replace(/^\//, '') ?? '';
  return ROUTES.filter(({ operation, route }) => operation.method === method && matchRoute(route, bare))
    .sort((a, b) => compareSpecificity(a.route, b.route))
    .at(0)?.operation;
}

/** The document's answer of this operation and status, `$ref`s followed. */
function documentedAnswer(operation: AnyOperation, status: number): JsonObject | undefined {
  const answer =
    DOCUMENT.paths[documentPath(operation)]?.[operation.method.toLowerCase()]?.responses[String(status)];
  const ref = answer?.['$ref'];
  return typeof ref === 'string' ? DOCUMENT.components.responses[ref.split('/').at(-1) ?? ''] : answer;
}

/** The answer's declared headers, lower-cased, and whether each is required. */
function declaredHeaders(answer: JsonObject): Map<string, boolean> {
  const declared = new Map<string, boolean>();
  for (const [name, header] of Object.entries((answer['headers'] ?? {}) as Record<string, JsonObject>)) {
    const ref = header['$ref'];
    const component =
      typeof ref === 'string' ? DOCUMENT.components.headers[ref.split('/').at(-1) ?? ''] : header;
    declared.set(name.toLowerCase(), component?.required === true);
  }
  return declared;
}

function headerProblems(answer: JsonObject, headers: Headers, html: boolean): string[] {
  const declared = declaredHeaders(answer);
  const problems: string[] = [];
  for (const name of headers.keys()) {
    if (TRANSPORT_HEADERS.includes(name) || declared.has(name)) continue;
    if (html && PAGE_PROTECTIONS.includes(name)) continue;
    problems.push(`header ${name} is not declared on this answer`);
  }
  for (const [name, required] of declared) {
    if (required && !headers.has(name)) problems.push(`declared header ${name} is missing`);
  }
  return problems;
}

function problemsWith(schema: z.ZodType, body: unknown): string[] {
  const parsed = schema.safeParse(body);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`);
  // Response schemas transform nothing: what the schema keeps is the whole body, or a field is undocumented.
  return JSON.stringify(sorted(parsed.data)) === JSON.stringify(sorted(body))
    ? []
    : [`fields the schema does not document: ${JSON.stringify(body)}`];
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, sorted(v)]),
    );
  return value;
}

function codeProblems(answer: JsonObject, body: unknown): string[] {
  const codes = (answer['x-error-codes'] ?? []) as string[];
  const code = body && typeof body === 'object' && 'code' in body ? body.code : undefined;
  return typeof code === 'string' && codes.includes(code)
    ? []
    : [`code ${String(code)} is not among this answer's documented codes (${codes.join(', ')})`];
}

/** Why this response breaks the contract, or null. Paths are relative to the API base (`/tenants/…`). */
export function contractViolation(
  method: string,
  path: string,
  status: number,
  headers: Headers,
  body: unknown,
): string | null {
  const operation = operationFor(method, path);
  if (!operation) return null;
  const where = `${method} ${path} → ${status} (${operation.name})`;
  const contentType = headers.get('content-type');
  const html = contentType?.startsWith('text/html') ?? false;
  // A failure the app never saw (a host killed mid-request by a test) is the host's bare 500, in Azure too.
  if (status === 500 && body === undefined) return null;
  const answer = documentedAnswer(operation, status);
  if (!answer) return `${where}: an answer the document does not declare`;
  const problems = headerProblems(answer, headers, html);
  if (status >= 400 && !(html && operation.name.startsWith('offers-'))) {
    if (!contentType?.startsWith('application/problem+json'))
      problems.push('an error that is not problem+json');
    else problems.push(...problemsWith(ServedProblem, body), ...codeProblems(answer, body));
  } else if (status < 400) {
    const documented = operation.responses.find((s) => s.status === status);
    if (documented?.schema && !html) problems.push(...problemsWith(documented.schema, body));
  }
  return problems.length ? `${where}: ${problems.join('; ')}` : null;
}
