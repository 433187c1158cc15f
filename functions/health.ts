import { ConfigError } from '../shared/config';
import { health } from '../shared/http/operations';
import { json } from '../shared/http/responses';
import { healthView } from '../shared/http/views';
import { registerHealth } from '../shared/register';

/**
 * 200 only when the settings are usable and the store answers; otherwise 503 `degraded` with what
 * failed. Settings are named, never their values.
 */
registerHealth(health, async ({ ping, log }) => {
  try {
    await ping();
    return json(200, healthView({}));
  } catch (error) {
    if (error instanceof ConfigError) {
      log.error('health: the settings are not usable', error.problems);
      return json(503, healthView({ configuration: error.problems.join('; ') }));
    }
    log.warn('health: the store did not answer', error);
    return json(503, healthView({ store: 'unreachable' }));
  }
});
