import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { call, mintKeys } from '../support/api';
import { EVERYONE, buildScenario, type PartnerRole, type Scenario, type Who } from '../support/scenario';
import { confirmedRedemption, createTenantBody } from '../support/tenants';

/**
 * Every endpoint of the tenant slice × every kind of principal → the status API.md implies:
 * 401 without a token; 403 for a principal kind the endpoint is not for (and for a principal that
 * sees the tenant but may not administer it); 404 for anyone the tenant is invisible to.
 */
interface Request {
  method: string;
  path: string;
  body?: unknown;
}

interface Case {
  name: string;
  expected: Record<Who, number>;
  request(s: Scenario, who: Who): Promise<Request>;
  /** Its success changes who sees what: each success runs on a scenario of its own. */
  destructive?: boolean;
}

const isPartner = (who: Who): who is PartnerRole => ['owner', 'unrelated', 'por', 'delegate'].includes(who);
const VISIBLE: Record<Who, number> = {
  none: 401,
  operator: 403,
  owner: 404,
  unrelated: 404,
  por: 200,
  delegate: 200,
  admin: 200,
  otherAdmin: 404,
};
const administer = (ok: number): Record<Who, number> => ({
  none: 401,
  operator: 403,
  owner: 404,
  unrelated: 404,
  por: 403,
  delegate: ok,
  admin: ok,
  otherAdmin: 404,
});
const get = (path: string) => async (): Promise<Request> => ({ method: 'GET', path });

const CASES: Case[] = [
  {
    name: 'POST /redemptions/{id}/complete create_tenant',
    expected: {
      none: 401,
      operator: 403,
      owner: 201,
      unrelated: 404,
      por: 404,
      delegate: 404,
      admin: 403,
      otherAdmin: 403,
    },
    // The owning partner completes its own redemption; anyone else tries the owner's.
    request: async (s) => ({
      method: 'POST',
      path: `/redemptions/${await confirmedRedemption(s.partners.owner, await mintKeys(1))}/complete`,
      body: createTenantBody(),
    }),
  },
  {
    name: 'POST /redemptions/{id}/complete renew',
    expected: {
      none: 401,
      operator: 403,
      owner: 404,
      unrelated: 404,
      por: 200,
      delegate: 200,
      admin: 403,
      otherAdmin: 403,
    },
    request: async (s, who) => ({
      method: 'POST',
      path: `/redemptions/${s.redemptions[isPartner(who) ? who : 'owner']}/complete`,
      body: { action: 'renew', subscriptionId: s.subscriptionId },
    }),
  },
  {
    name: 'GET /domains/{prefix}/availability',
    expected: {
      none: 401,
      operator: 403,
      owner: 200,
      unrelated: 200,
      por: 200,
      delegate: 200,
      admin: 403,
      otherAdmin: 403,
    },
    request: get('/domains/contoso/availability'),
  },
  {
    name: 'GET /tenants',
    expected: {
      none: 401,
      operator: 403,
      owner: 200,
      unrelated: 200,
      por: 200,
      delegate: 200,
      admin: 200,
      otherAdmin: 200,
    },
    request: get('/tenants'),
  },
  {
    name: 'GET /tenants/{id}',
    expected: VISIBLE,
    request: async (s) => ({ method: 'GET', path: `/tenants/${s.tenantId}` }),
  },
  {
    name: 'GET /subscriptions/{id}',
    expected: VISIBLE,
    request: async (s) => ({ method: 'GET', path: `/subscriptions/${s.subscriptionId}` }),
  },
  {
    name: 'GET /tenants/{id}/notifications',
    expected: VISIBLE,
    request: async (s) => ({ method: 'GET', path: `/tenants/${s.tenantId}/notifications` }),
  },
  {
    name: 'GET /tenants/{id}/users',
    expected: administer(200),
    request: async (s) => ({ method: 'GET', path: `/tenants/${s.tenantId}/users` }),
  },
  {
    name: 'POST /tenants/{id}/users',
    expected: administer(201),
    request: async (s) => ({
      method: 'POST',
      path: `/tenants/${s.tenantId}/users`,
      body: { firstName: 'M', lastName: 'X', userName: `m${randomBytes(4).toString('hex')}` },
    }),
  },
  {
    name: 'DELETE /tenants/{id}/users/{userId}',
    expected: administer(204),
    request: async (s) => {
      const user = await call('POST', `/tenants/${s.tenantId}/users`, {
        token: s.tokens.admin,
        body: { firstName: 'D', lastName: 'X', userName: `d${randomBytes(4).toString('hex')}` },
      });
      return { method: 'DELETE', path: `/tenants/${s.tenantId}/users/${user.body.id}` };
    },
  },
  {
    name: 'PATCH /tenants/{id}/users/{userId}',
    expected: administer(200),
    request: async (s) => ({
      method: 'PATCH',
      path: `/tenants/${s.tenantId}/users/${s.adminUserId}`,
      body: { firstName: 'Ada' },
    }),
  },
  {
    name: 'POST /tenants/{id}/users/{userId}/token',
    expected: administer(202),
    request: async (s) => {
      // Another Global Administrator's: the admin asks for a colleague's, never its own.
      const colleague = await call('POST', `/tenants/${s.tenantId}/users`, {
        token: s.tokens.admin,
        body: {
          firstName: 'T',
          lastName: 'X',
          userName: `t${randomBytes(4).toString('hex')}`,
          roles: ['global_administrator'],
          email: 'colleague@contoso.example',
        },
      });
      return { method: 'POST', path: `/tenants/${s.tenantId}/users/${colleague.body.id}/token` };
    },
  },
  {
    name: 'GET /subscriptions',
    expected: {
      none: 401,
      operator: 403,
      owner: 200,
      unrelated: 200,
      por: 200,
      delegate: 200,
      admin: 403,
      otherAdmin: 403,
    },
    request: get('/subscriptions'),
  },
  {
    name: 'PUT /subscriptions/{id}/partner-of-record',
    expected: administer(200),
    request: async (s) => ({
      method: 'PUT',
      path: `/subscriptions/${s.subscriptionId}/partner-of-record`,
      body: { partnerId: s.partners.por.partnerId },
    }),
  },
  {
    name: 'DELETE /subscriptions/{id}/partner-of-record',
    expected: administer(204),
    destructive: true,
    request: async (s) => ({
      method: 'DELETE',
      path: `/subscriptions/${s.subscriptionId}/partner-of-record`,
    }),
  },
  {
    name: 'POST /subscriptions/{id}/direct-billing',
    expected: administer(201),
    destructive: true,
    request: async (s) => ({
      method: 'POST',
      path: `/subscriptions/${s.subscriptionId}/direct-billing`,
      body: { forfeitPrepaidDays: true },
    }),
  },
  {
    name: 'POST /tenants/{id}/delegation-offers',
    expected: {
      none: 401,
      operator: 403,
      owner: 201,
      unrelated: 404,
      por: 201,
      delegate: 409,
      admin: 403,
      otherAdmin: 403,
    },
    request: async (s) => ({
      method: 'POST',
      path: `/tenants/${s.tenantId}/delegation-offers`,
      body: { message: 'Hello.' },
    }),
  },
  {
    name: 'GET /tenants/{id}/delegated-admins',
    expected: administer(200),
    request: async (s) => ({ method: 'GET', path: `/tenants/${s.tenantId}/delegated-admins` }),
  },
  {
    name: 'DELETE /tenants/{id}/delegated-admins/{partnerId}',
    expected: {
      none: 401,
      operator: 403,
      owner: 404,
      unrelated: 404,
      por: 403,
      delegate: 204,
      admin: 204,
      otherAdmin: 404,
    },
    destructive: true,
    request: async (s) => ({
      method: 'DELETE',
      path: `/tenants/${s.tenantId}/delegated-admins/${s.partners.delegate.partnerId}`,
    }),
  },
];

const CODES: Record<number, string> = { 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found' };

describe('authorization matrix', () => {
  it('when every principal calls every endpoint, then each gets the status API.md implies', async () => {
    const shared = await buildScenario();
    const actual: Record<string, Record<Who, number>> = {};
    const problems: string[] = [];
    for (const testCase of CASES) {
      actual[testCase.name] = {} as Record<Who, number>;
      for (const who of EVERYONE) {
        const succeeds = testCase.expected[who] < 300;
        const scenario = testCase.destructive && succeeds ? await buildScenario() : shared;
        const request = await testCase.request(scenario, who);
        const token = scenario.tokens[who];
        const response = await call(request.method, request.path, {
          token,
          ...(request.body !== undefined ? { body: request.body } : {}),
        });
        (actual[testCase.name] as Record<Who, number>)[who] = response.status;
        const code = CODES[response.status];
        if (code && response.body?.code !== code)
          problems.push(`${testCase.name} as ${who}: ${response.status} with code ${response.body?.code}`);
      }
    }
    expect(actual).toEqual(Object.fromEntries(CASES.map((c) => [c.name, c.expected])));
    expect(problems).toEqual([]);
  });
});
