import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { FunctionsHost } from '../../dev/functions-host/host';
import { freePort } from '../../dev/ports';
import { loadConfig } from '../../shared/config';
import { createRuntime } from '../../shared/runtime';
import { startAppHost } from '../support/own-host';

/** A host whose store is unreachable (nothing listens on its Cosmos port). */
let host: FunctionsHost;

beforeAll(async () => {
  const settings = { ...inject('stack').settings, COSMOS_ENDPOINT: `http://127.0.0.1:${await freePort()}` };
  host = await startAppHost(createRuntime(loadConfig(settings)), settings);
});
afterAll(async () => {
  await host?.stop();
});

describe('health without a store', () => {
  it('when the store is unreachable, then GET /health is 503 degraded', async () => {
    const response = await fetch(`${host.apiBaseUrl}/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'degraded', checks: { store: 'unreachable' } });
  });
});
