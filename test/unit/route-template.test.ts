import { describe, expect, it } from 'vitest';
import { compareSpecificity, compileRoute, matchRoute } from '../../shared/http/route-template';

describe('route templates', () => {
  it.each([
    ['redemptions/{id}/keys', 'redemptions/abc/keys', { id: 'abc' }],
    ['redemptions/{id}/keys', '/Redemptions/abc/KEYS/', { id: 'abc' }],
    ['redemptions/{id}/keys', 'redemptions/abc', undefined],
    ['redemptions/{id}/keys', 'redemptions/abc/keys/more', undefined],
    ['tenants/{id?}', 'tenants', {}],
    ['tenants/{id?}', 'tenants/7', { id: '7' }],
    ['files/{*rest}', 'files/a/b%20c', { rest: 'a/b c' }],
    ['items/{id}', 'items/%E0%A4%A', { id: '%E0%A4%A' }],
  ])('when %s is matched against %s, then the parameters are %j', (template, path, params) => {
    expect(matchRoute(compileRoute(template), path)).toEqual(params);
  });

  it('when routes overlap, then literals beat parameters and catch-alls come last', () => {
    const routes = ['{*path}', 'partners/{id}', 'partners/me'].map(compileRoute).sort(compareSpecificity);
    expect(routes.map((r) => r.template)).toEqual(['partners/me', 'partners/{id}', '{*path}']);
    // A template that stops where the other goes on with a catch-all is the more specific of the two.
    expect(compareSpecificity(compileRoute('files'), compileRoute('files/{*rest}'))).toBeLessThan(0);
    expect(compareSpecificity(compileRoute('files/{*rest}'), compileRoute('files'))).toBeGreaterThan(0);
  });
});
