import { app, type HttpRequest, type HttpResponseInit } from '@azure/functions';
import { DomainError } from '../shared/domain/errors';
import { ALL_OPERATIONS } from '../shared/http/operations';
import { problemResponse } from '../shared/http/problem';
import { compileRoute, matchRoute } from '../shared/http/route-template';

/**
 * Catch-all for paths no operation serves, so even these get problem+json with a code (the host's
 * own 404 has an empty body). A known path with another method answers 405 with `Allow`.
 *
 * Named "zz-…" on purpose: Azure tries HTTP routes in the order of the function names (ordinal,
 * ignoring case), not by specificity, so `{*path}` must be the last name or it answers every request
 * (Azure/azure-functions-host#9876). test/component/registrations.test.ts fails if any route can
 * shadow another in that order.
 */
const ROUTES = ALL_OPERATIONS.map((op) => ({ method: op.method, route: compileRoute(op.route) }));

export async function notFound(request: HttpRequest): Promise<HttpResponseInit> {
  const path = request.params['path'] ?? '';
  const allowed = ROUTES.filter(({ route }) =>
    matchRoute(route, path.split('/').map(encodeURIComponent).join('/')),
  );
  if (allowed.length > 0) {
    const allow = [...new Set(allowed.map((r) => r.method))].join(', ');
    const response = problemResponse(
      new DomainError('method_not_allowed', `${request.method} is not served here; use ${allow}.`),
    );
    return { ...response, headers: { ...(response.headers as Record<string, string>), allow } };
  }
  return problemResponse(
    new DomainError('not_found', 'No operation is served at this path; see /api/v1/openapi.json.'),
  );
}

app.http('zz-not-found', {
  route: '{*path}',
  methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'],
  authLevel: 'anonymous',
  handler: notFound,
});
