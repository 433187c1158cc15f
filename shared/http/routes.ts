import type { AnyOperation } from './operation';

/**
 * The prefix the Functions host puts before every HTTP route: host.json's
 * `extensions.http.routePrefix`, said again here because links are written by code that does not read
 * host.json (test/unit/routes.test.ts keeps the two equal).
 */
export const ROUTE_PREFIX = 'api/v1';

/** The path of an operation's resource, from its route template: `pathOf(tenantsGet, { id })`. */
export function pathOf(operation: Pick<AnyOperation, 'route'>, params: Record<string, string> = {}): string {
  const route = operation.route.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${operation.route}: no value for {${name}}`);
    return encodeURIComponent(value);
  });
  return `/${ROUTE_PREFIX}/${route}`;
}
