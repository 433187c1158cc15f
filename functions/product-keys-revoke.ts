import { revokeKey } from '../shared/app/product-keys';
import { productKeysRevoke } from '../shared/http/operations';
import { ok } from '../shared/http/responses';
import { keyStatusView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(productKeysRevoke, async ({ body, principal, deps }) =>
  ok(productKeysRevoke, keyStatusView(await revokeKey(deps, principal, body.key, body.reason))),
);
