import { app } from '@azure/functions';
import { ConfigError } from '../shared/config';
import { probeEndpoint } from '../shared/http/endpoint';
import { health } from '../shared/http/operations';
import { json } from '../shared/http/responses';
import { runtime } from '../shared/runtime';

const STORE_TIMEOUT_MS = 3_000;

/**
 * 200 only when the settings are usable and the store answers; otherwise 503 `degraded` with what
 * failed. Settings are named, never their values.
 */
export const getHealth = probeEndpoint(health, async ({ context }) => {
  let store;
  try {
    store = runtime().store;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    context.error('health: the settings are not usable', error.problems);
    return json(503, { status: 'degraded', checks: { configuration: error.problems.join('; ') } });
  }
  try {
    await store.ping(STORE_TIMEOUT_MS);
    return json(200, { status: 'ok' });
  } catch (error) {
    context.warn('health: the store did not answer', error);
    return json(503, { status: 'degraded', checks: { store: 'unreachable' } });
  }
});

app.http('health', { route: 'health', methods: ['GET'], authLevel: 'anonymous', handler: getHealth });
