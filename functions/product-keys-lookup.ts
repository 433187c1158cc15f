import { app } from '@azure/functions';
import { lookupKey } from '../shared/app/product-keys';
import { endpoint } from '../shared/http/endpoint';
import { lookUpKey } from '../shared/http/operations';
import { json } from '../shared/http/responses';
import { keyStatusView } from '../shared/http/views';

export const lookUpKeyHandler = endpoint(lookUpKey, async ({ body, deps }) =>
  json(200, keyStatusView(await lookupKey(deps, body.key))),
);

app.http('product-keys-lookup', {
  route: 'product-keys/lookup',
  methods: ['POST'],
  authLevel: 'anonymous',
  handler: lookUpKeyHandler,
});
