import type { z } from 'zod';
import type { AnyOperation } from '../../shared/http/operation';
import { ALL_OPERATIONS } from '../../shared/http/operations';
import { compareSpecificity, compileRoute, matchRoute } from '../../shared/http/route-template';
import { Problem } from '../../shared/http/schemas';

/**
 * Every answer a test receives, checked against the published contract (the schemas the OpenAPI
 * document is generated from): a success must be one the operation documents, with a body that its
 * schema accepts and that carries nothing the schema does not name; an error must be problem+json.
 * So a response that drifts from the document fails whichever test first sees it.
 */
const ROUTES = ALL_OPERATIONS.map((operation) => ({ operation, route: compileRoute(operation.route) }));

function operationFor(method: string, path: string): AnyOperation | undefined {
  const bare = path.split('?')[0]?.replace(/^\//, '') ?? '';
  return ROUTES.filter(({ operation, route }) => operation.method === method && matchRoute(route, bare))
    .sort((a, b) => compareSpecificity(a.route, b.route))
    .at(0)?.operation;
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

/** Why this response breaks the contract, or null. Paths are relative to the API base (`/tenants/…`). */
export function contractViolation(
  method: string,
  path: string,
  status: number,
  contentType: string | null,
  body: unknown,
): string | null {
  const operation = operationFor(method, path);
  if (!operation) return null;
  const where = `${method} ${path} → ${status} (${operation.name})`;
  if (status >= 400) {
    if (operation.name.startsWith('offers-') && contentType?.startsWith('text/html')) return null;
    // A failure nobody foresaw (a crash the test injects) is the host's bare 500, in Azure too.
    if (status === 500 && body === undefined) return null;
    if (!contentType?.startsWith('application/problem+json'))
      return `${where}: an error that is not problem+json`;
    const problems = problemsWith(Problem, body);
    return problems.length ? `${where}: ${problems.join('; ')}` : null;
  }
  const documented = operation.responses.find((s) => s.status === status);
  if (!documented) return `${where}: a success the operation does not document`;
  if (!documented.schema || contentType?.startsWith('text/html')) return null;
  const problems = problemsWith(documented.schema, body);
  return problems.length ? `${where}: ${problems.join('; ')}` : null;
}
