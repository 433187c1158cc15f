import { rotateWebhookSecret } from '../shared/app/webhook-endpoints';
import { webhookEndpointsSecretRotate } from '../shared/http/operations';
import { ok } from '../shared/http/responses';
import { endpointIdParam, endpointWithSecretView } from '../shared/http/webhook-views';
import { registerHttp } from '../shared/register';

/** The new secret, shown this once (`Cache-Control: no-store`); the previous one signs 24 h more. */
registerHttp(webhookEndpointsSecretRotate, async ({ params, principal, deps }) => {
  const rotated = await rotateWebhookSecret(deps, principal, endpointIdParam(params['endpointId']));
  return ok(webhookEndpointsSecretRotate, endpointWithSecretView(rotated, deps.clock.now()));
});
