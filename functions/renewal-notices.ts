import { sendRenewalNotices } from '../shared/app/lifecycle';
import { registerTimer } from '../shared/register';

/**
 * Hourly (UTC, on the hour), so a notice goes out within the hour after its time: renewal notices at
 * 60, 30, 7 and 1 days before a subscription's end, to its Global Administrators and Partner of Record.
 */
registerTimer('renewal-notices', '0 0 * * * *', async (deps) => {
  const result = await sendRenewalNotices(deps);
  return `${result.due} due, ${result.notifications} notice(s) queued, ${result.changed} written, ${result.failed} failed`;
});
