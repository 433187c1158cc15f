import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tenantsGet, tenantsUsersUpdate } from '../../shared/http/operations';
import { pathOf, ROUTE_PREFIX } from '../../shared/http/routes';
import { linksFor } from '../../shared/runtime';
import { PROJECT_ROOT } from '../support/stack-settings';

/** Links and Location headers are written from the descriptors and the host's route prefix. */
describe('routes', () => {
  it('when host.json is read, then its route prefix is the one links are written with', () => {
    const host = JSON.parse(readFileSync(join(PROJECT_ROOT, 'host.json'), 'utf8')) as {
      extensions: { http: { routePrefix: string } };
    };
    expect(host.extensions.http.routePrefix).toBe(ROUTE_PREFIX);
  });

  it("when a path is made from an operation, then its route's parameters are filled in, encoded, under the prefix", () => {
    expect(pathOf(tenantsGet, { id: 'a1' })).toBe('/api/v1/tenants/a1');
    expect(pathOf(tenantsUsersUpdate, { id: 't', userId: 'a/b' })).toBe('/api/v1/tenants/t/users/a%2Fb');
    expect(() => pathOf(tenantsGet)).toThrow(/\{id\}/);
  });

  it('when the links of emails are built, then they sit under the public base URL and the prefix', () => {
    const links = linksFor('https://keycard.example/');
    expect(links.api).toBe('https://keycard.example/api/v1');
    // The token in the fragment, which no browser sends to a server.
    expect(links.offerPage('kco_x')).toBe('https://keycard.example/api/v1/offers#kco_x');
  });
});
