import { createKeyBatch } from '../shared/app/product-keys';
import { productKeyBatchesCreate } from '../shared/http/operations';
import { json } from '../shared/http/responses';
import { keyBatchView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

registerHttp(productKeyBatchesCreate, async ({ body, principal, deps }) =>
  json(201, keyBatchView(await createKeyBatch(deps, principal, body))),
);
