import { describe, expect, it } from 'vitest';
import type { Registration } from '../../dev/functions-host/core-module';
import { compareFunctionNames, httpFunctions, shadowedRoutes } from '../../dev/functions-host/http';
import { compileRoute, routesOverlap } from '../../shared/http/route-template';

function registration(name: string, route: string, methods: string[]): Registration {
  const trigger = { type: 'httpTrigger', direction: 'in' as const, route, methods };
  return { name, bindings: [trigger], trigger, handler: () => undefined };
}

describe("Azure's route order", () => {
  it.each([
    ['partners/me', 'partners/{id}', true],
    ['partners/me', 'partners/{id}/tokens', false],
    ['partners/me', 'tenants/{id}', false],
    ['{*path}', 'anything/at/all', true],
    ['{*path}', '', true],
    ['files/{*rest}', 'files', true],
    ['offers/{token}', 'offers', false],
    ['tenants/{id?}', 'tenants', true],
    ['a/{x}/c', 'a/b/{y}', true],
    ['a/{x}/c', 'a/b/d', false],
  ])('when %s and %s are compared, then they overlap: %s', (a, b, overlap) => {
    expect(routesOverlap(compileRoute(a), compileRoute(b))).toBe(overlap);
    expect(routesOverlap(compileRoute(b), compileRoute(a))).toBe(overlap);
  });

  it('when names are ordered, then as .NET OrdinalIgnoreCase: case is ignored, code units decide', () => {
    const names = ['tenants-get', 'Not-Found', 'offers-page', 'zz-not-found', 'health', 'PARTNERS-me'];
    expect([...names].sort(compareFunctionNames)).toEqual([
      'health',
      'Not-Found',
      'offers-page',
      'PARTNERS-me',
      'tenants-get',
      'zz-not-found',
    ]);
  });

  it('when a catch-all or a parameter comes first by name, then the check names what it shadows; specific-first is fine', () => {
    const shadowing = httpFunctions([
      registration('not-found', '{*path}', ['GET', 'POST']),
      registration('partners-update', 'partners/{id}', ['PATCH']),
      registration('partners-get', 'partners/{id}', ['GET']),
      registration('partners-me', 'partners/me', ['GET']),
    ]);
    expect(shadowedRoutes(shadowing)).toEqual([
      'not-found ({*path}) comes before partners-get (partners/{id}) and answers its GET requests',
      'not-found ({*path}) comes before partners-me (partners/me) and answers its GET requests',
      'partners-get (partners/{id}) comes before partners-me (partners/me) and answers its GET requests',
    ]);
    const fine = httpFunctions([
      registration('a-partners-me', 'partners/me', ['GET']),
      registration('b-partners-get', 'partners/{id}', ['GET']),
      registration('c-partners-update', 'partners/{id}', ['PATCH']),
      registration('zz-not-found', '{*path}', ['GET', 'POST', 'PATCH']),
    ]);
    expect(shadowedRoutes(fine)).toEqual([]);
  });

  it('when a template has an inline constraint, then it is refused rather than matched loosely', () => {
    expect(() => compileRoute('items/{id:int}')).toThrow(/not supported/);
    expect(() => compileRoute('files/{*rest}/more')).toThrow(/last segment/);
  });
});
