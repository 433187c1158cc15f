import { batchIdFor, createKeyBatch } from '../shared/app/key-batches';
import { productKeyBatchesCreate, productKeyBatchesGet } from '../shared/http/operations';
import { created } from '../shared/http/responses';
import { pathOf } from '../shared/http/routes';
import { keyBatchView } from '../shared/http/views';
import { registerHttp } from '../shared/register';

/** A retry with the same Idempotency-Key finishes the same batch (its id is derived from the key). */
registerHttp(productKeyBatchesCreate, async ({ body, principal, idempotencyKey, deps }) => {
  const batchId = batchIdFor(deps, principal, idempotencyKey);
  const outcome = await createKeyBatch(deps, principal, body, batchId);
  return created(
    productKeyBatchesCreate,
    keyBatchView(outcome),
    pathOf(productKeyBatchesGet, { id: outcome.batch.id }),
  );
});
