import { purgeEvents } from '../shared/app/events';
import { registerTimer } from '../shared/register';

/** Deletes the partners' events older than 30 days (nothing relies on TTL). */
registerTimer('events-purge', '0 30 3 * * *', async (deps) => {
  const result = await purgeEvents(deps);
  return `${result.deleted} events deleted, ${result.failed} failed`;
});
