import { createWebhookEndpoint } from '../shared/app/webhook-endpoints';
import { webhookEndpointsCreate, webhookEndpointsGet } from '../shared/http/operations';
import { created } from '../shared/http/responses';
import { pathOf } from '../shared/http/routes';
import { endpointWithSecretView } from '../shared/http/webhook-views';
import { registerHttp } from '../shared/register';

/** 201 with the secret, shown this once (`Cache-Control: no-store`); Location the endpoint's. */
registerHttp(webhookEndpointsCreate, async ({ body, principal, deps }) => {
  const made = await createWebhookEndpoint(deps, principal, body);
  return created(
    webhookEndpointsCreate,
    endpointWithSecretView(made, deps.clock.now()),
    pathOf(webhookEndpointsGet, { endpointId: made.endpoint.id }),
  );
});
