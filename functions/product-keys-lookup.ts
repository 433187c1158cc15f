import { lookupKey } from '../shared/app/product-keys';
import { productKeysLookup } from '../shared/http/operations';
import { ok } from '../shared/http/responses';
import { keyStatusView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(productKeysLookup, async ({ body, principal, deps }) =>
  ok(productKeysLookup, keyStatusView(await lookupKey(deps, principal, body.key))),
);
