import { app } from '@azure/functions';
import { revokeKey } from '../shared/app/product-keys';
import { endpoint } from '../shared/http/endpoint';
import { revokeKey as operation } from '../shared/http/operations';
import { json } from '../shared/http/responses';
import { keyStatusView } from '../shared/http/views';

export const revokeKeyHandler = endpoint(operation, async ({ body, deps }) =>
  json(200, keyStatusView(await revokeKey(deps, body.key, body.reason))),
);

app.http('product-keys-revoke', {
  route: 'product-keys/revoke',
  methods: ['POST'],
  authLevel: 'anonymous',
  handler: revokeKeyHandler,
});
