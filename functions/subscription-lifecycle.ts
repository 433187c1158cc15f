import { advanceLifecycles } from '../shared/app/lifecycle';
import { registerTimer } from '../shared/register';

/**
 * Hourly (UTC): active → expired → disabled → deleted at their dates, each stage told to the admins and
 * the Partner of Record, the customer's data purged at deletion; subscriptions billed directly renew.
 */
registerTimer('subscription-lifecycle', '0 0 * * * *', async (deps) => {
  const result = await advanceLifecycles(deps);
  return `${result.due} due, ${result.changed} changed, ${result.notifications} notification(s) queued, ${result.failed} failed`;
});
