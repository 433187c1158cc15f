import { batchIdFor, createKeyBatch } from '../shared/app/key-batches';
import { productKeyBatchesCreate } from '../shared/http/operations';
import { answer } from '../shared/http/responses';
import { keyBatchView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

/** A retry with the same Idempotency-Key finishes the same batch (its id is derived from the key). */
registerHttp(productKeyBatchesCreate, async ({ body, principal, idempotencyKey, deps }) => {
  const batchId = batchIdFor(deps, principal, idempotencyKey);
  return answer(
    productKeyBatchesCreate,
    201,
    keyBatchView(await createKeyBatch(deps, principal, body, batchId)),
  );
});
