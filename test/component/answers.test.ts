import { describe, expect, it } from 'vitest';
import { documentPath } from '../../shared/http/openapi';
import { ALL_OPERATIONS } from '../../shared/http/operations';
import { apiBaseUrl, buildPartner, call, expectProblem, operatorToken } from '../support/api';

/**
 * What every answer carries whatever the operation (a request id, nosniff on JSON), HEAD on every GET,
 * public operations that a stale token does not lock out, and a document whose paths are valid
 * OpenAPI. Each over HTTP against the stack; the contract check of the test client (support/contract.ts)
 * checks every answer's codes and headers against the served document besides. That a failure's log
 * line names the request id: documents.test.ts.
 */
const STALE = 'Bearer kcp_this-token-was-replaced-long-ago';

async function raw(method: string, path: string, headers: Record<string, string> = {}, body?: string) {
  return fetch(`${apiBaseUrl()}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
}

describe('what every answer carries', () => {
  it('when anything is asked, then the answer names its request, and a problem repeats it in instance', async () => {
    for (const answer of [
      await raw('GET', '/catalog'),
      await raw('GET', '/partners/me'),
      await raw('GET', '/no/such/path'),
      await raw('PUT', '/catalog'),
      await raw(
        'POST',
        '/partners',
        { authorization: `Bearer ${operatorToken()}`, 'content-type': 'text/plain' },
        'x',
      ),
    ]) {
      const id = answer.headers.get('x-request-id');
      expect(id, answer.url).toMatch(/^[0-9a-f-]{36}$/);
      const body = (await answer.json()) as { instance?: string };
      // Problems name the request in `instance`; the catalog, a success, has no such member.
      expect(body.instance, answer.url).toBe(answer.ok ? undefined : `urn:keycard:request:${id}`);
    }
    const [first, second] = [await raw('GET', '/catalog'), await raw('GET', '/catalog')];
    expect(first.headers.get('x-request-id')).not.toBe(second.headers.get('x-request-id'));
  });

  it('when the answer is JSON, then it says nosniff', async () => {
    for (const answer of [await raw('GET', '/catalog'), await raw('GET', '/no/such/path')]) {
      expect(answer.headers.get('content-type')).toMatch(/json/);
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });
});

describe('HEAD', () => {
  it('when a GET resource is asked with HEAD, then it answers as GET would, without a body', async () => {
    const partner = await buildPartner();
    const auth = { authorization: `Bearer ${partner.token}` };
    for (const path of ['/catalog', '/openapi.json', '/partners/me', '/subscriptions?limit=5']) {
      const [get, head] = [await raw('GET', path, auth), await raw('HEAD', path, auth)];
      expect(head.status, path).toBe(get.status);
      expect(head.status, path).toBe(200);
      expect(head.headers.get('content-type'), path).toBe(get.headers.get('content-type'));
      expect(await head.text(), path).toBe('');
    }
    // A HEAD the operation refuses is refused as its GET would be, still without a body.
    const refused = await raw('HEAD', '/partners/me');
    expect(refused.status).toBe(401);
    expect(await refused.text()).toBe('');
  });

  it('when a path serves no GET, then HEAD is 405 and Allow does not offer it', async () => {
    const answer = await raw('HEAD', '/offers/accept');
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('POST');
  });
});

describe('public operations and a stale token', () => {
  it('when a client sends a stale or malformed token to a public operation, then it is answered as anyone', async () => {
    for (const authorization of [STALE, 'Basic Zm9vOmJhcg==', 'Bearer']) {
      const headers = { authorization };
      expect((await call('GET', '/catalog', { headers })).status).toBe(200);
      expect((await raw('GET', '/openapi.json', headers)).status).toBe(200);
      expect((await raw('GET', '/console/', headers)).status).toBe(200);
      expect((await raw('GET', '/offers/', headers)).status).toBe(200);
      const lookup = await call('POST', '/offers/lookup', {
        headers,
        body: { token: `kco_${'A'.repeat(43)}` },
      });
      expectProblem(lookup, 404, 'not_found');
    }
  });

  it('when the same stale token goes to an operation that needs one, then it is still 401', async () => {
    expectProblem(
      await call('GET', '/partners/me', { headers: { authorization: STALE } }),
      401,
      'unauthenticated',
    );
  });
});

describe('the served document', () => {
  it('when a path has a template variable, then the operation declares it as a path parameter, and the emailed offer path is there', async () => {
    const doc = (await call('GET', '/openapi.json')).body;
    const problems: string[] = [];
    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, any>>)) {
      const variables = [...path.matchAll(/\{([^}]*)\}/g)].map((match) => match[1] as string);
      for (const [method, operation] of Object.entries(item)) {
        const declared = (operation.parameters ?? [])
          .filter((p: any) => p.in === 'path')
          .map((p: any) => p.name);
        if (JSON.stringify(declared.sort()) !== JSON.stringify([...variables].sort()))
          problems.push(
            `${method} ${path}: variables ${variables.join(',')} but parameters ${declared.join(',')}`,
          );
        for (const variable of variables)
          if (!/^\w+$/.test(variable)) problems.push(`${method} ${path}: {${variable}} is not a name`);
      }
    }
    expect(problems).toEqual([]);
    // The emailed link's path (`/offers#<token>`); links sent as `/offers/#…` open too (above).
    expect(doc.paths['/offers']?.get?.operationId).toBe('offers-page');
    expect(doc.paths['/openapi.json'].get.responses['200'].content['application/json']).toBeDefined();
    expect(doc.paths['/health'].get.responses['503'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/Health',
    });
    expect(ALL_OPERATIONS.every((op) => doc.paths[documentPath(op)]?.[op.method.toLowerCase()])).toBe(true);
  });
});
