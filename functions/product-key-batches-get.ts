import { getKeyBatch } from '../shared/app/key-batches';
import { productKeyBatchesGet } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { ok } from '../shared/http/responses';
import { keyBatchStatusView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

/** Where POST /product-key-batches points: the batch as it stands, never its keys. */
registerHttp(productKeyBatchesGet, async ({ params, principal, deps }) =>
  ok(
    productKeyBatchesGet,
    keyBatchStatusView(await getKeyBatch(deps, principal, uuidParam(params['id'], 'key batch'))),
  ),
);
