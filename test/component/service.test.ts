import { describe, expect, it } from 'vitest';
import { SKUS, SUPPORTED_COUNTRIES } from '../../shared/domain/catalog';
import { documentPath } from '../../shared/http/openapi';
import { ALL_OPERATIONS } from '../../shared/http/operations';
import { call, expectProblem } from '../support/api';

describe('service endpoints', () => {
  it('when the store answers, then GET /health is 200 ok', async () => {
    const response = await call('GET', '/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('when anyone asks, then GET /catalog lists the products and the supported countries', async () => {
    const response = await call('GET', '/catalog');
    expect(response.status).toBe(200);
    expect(response.body.skus).toEqual(SKUS);
    expect(response.body.countries).toEqual(SUPPORTED_COUNTRIES);
    expect(response.body.countries).toContainEqual({ code: 'IT', name: 'Italy' });
  });

  it('when anyone asks, then GET /openapi.json is an OpenAPI 3.1 document of every operation', async () => {
    const response = await call('GET', '/openapi.json');
    expect(response.status).toBe(200);
    const doc = response.body;
    expect(doc.openapi).toBe('3.1.0');
    for (const op of ALL_OPERATIONS) {
      const path = documentPath(op);
      expect(doc.paths[path]?.[op.method.toLowerCase()]?.operationId, `${op.method} ${path}`).toBe(op.name);
    }
    const addKey = doc.paths['/redemptions/{id}/keys'].post;
    expect(addKey.requestBody.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/KeyRequest',
    });
    expect(doc.components.schemas.KeyRequest.required).toEqual(['key']);
    expect(addKey.responses['422']['x-error-codes']).toEqual(
      expect.arrayContaining(['key_reserved', 'key_sku_mismatch', 'too_many_keys']),
    );
    expect(doc.components.schemas.CreateKeyBatchRequest.properties.seatsPerKey).toMatchObject({
      minimum: 1,
      maximum: 300,
    });
  });

  it('when a path matches no operation, then the answer is a 404 problem', async () => {
    expectProblem(await call('GET', '/no/such/thing'), 404, 'not_found');
  });

  it('when a known path is called with another method, then the answer is a 405 problem with Allow', async () => {
    const response = await call('DELETE', '/catalog');
    expectProblem(response, 405, 'method_not_allowed');
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });
});
