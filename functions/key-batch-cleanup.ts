import { cleanUpKeyBatches } from '../shared/app/key-batches';
import { registerTimer } from '../shared/register';

/** Gives up key batches that were never finished (their keys, never shown, deleted); wipes old sealed keys. */
registerTimer('key-batch-cleanup', '0 */10 * * * *', async (deps) => {
  const result = await cleanUpKeyBatches(deps);
  return `${result.abandoned} batch(es) given up, ${result.keysDeleted} key(s) deleted, ${result.wiped} sealed key list(s) wiped`;
});
