import { app } from '@azure/functions';
import { publicEndpoint } from '../shared/http/endpoint';
import { health } from '../shared/http/operations';
import { json } from '../shared/http/responses';

const STORE_TIMEOUT_MS = 3_000;

export const getHealth = publicEndpoint(health, async ({ runtime, context }) => {
  try {
    await runtime.store.ping(STORE_TIMEOUT_MS);
    return json(200, { status: 'ok' });
  } catch (error) {
    context.warn('health: the store did not answer', error);
    return json(503, { status: 'degraded', checks: { store: 'unreachable' } });
  }
});

app.http('health', { route: 'health', methods: ['GET'], authLevel: 'anonymous', handler: getHealth });
