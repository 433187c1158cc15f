import type { HttpResponseInit } from '@azure/functions';
import { DomainError } from '../domain/errors';
import type { AnyOperation } from './operation';
import { problemResponse } from './problem';
import { compileRoute, matchRoute } from './route-template';

/** The methods a path serves: HEAD wherever GET is (each GET function registers both). */
function allowHeader(methods: readonly string[]): string {
  const served = new Set(methods);
  if (served.has('GET')) served.add('HEAD');
  return [...served].join(', ');
}

/**
 * The answer for a path no operation serves, so even these get problem+json with a code (the host's
 * own 404 has an empty body): 405 with `Allow` for a known path asked with another method, else 404
 * pointing at the OpenAPI document.
 */
export function notFoundReplies(operations: readonly AnyOperation[], documentPath: string) {
  const routes = operations.map((op) => ({ method: op.method, route: compileRoute(op.route) }));
  return (method: string, path: string, requestId: string): HttpResponseInit => {
    const encoded = path.split('/').map(encodeURIComponent).join('/');
    const allowed = routes.filter(({ route }) => matchRoute(route, encoded));
    if (allowed.length > 0) {
      const allow = allowHeader(allowed.map((r) => r.method));
      const response = problemResponse(
        new DomainError('method_not_allowed', `${method} is not served here; use ${allow}.`),
        requestId,
      );
      return { ...response, headers: { ...(response.headers as Record<string, string>), allow } };
    }
    return problemResponse(
      new DomainError('not_found', `No operation is served at this path; see ${documentPath}.`),
      requestId,
    );
  };
}
