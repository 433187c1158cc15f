import { cleanUpRedemptions } from '../shared/app/redemption-cleanup';
import { registerTimer } from '../shared/register';

/** Expires idle redemptions, gives their keys back, and finishes interrupted completions. */
registerTimer('redemption-cleanup', '0 */10 * * * *', async (deps) => {
  const result = await cleanUpRedemptions(deps);
  return `${result.expired} expired, ${result.resumed} completions finished, ${result.refused} refused, ${result.failed} failed`;
});
