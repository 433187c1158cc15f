import { app } from '@azure/functions';
import { importKeys, mintKeys } from '../shared/app/product-keys';
import { principalKey } from '../shared/domain/principal';
import { endpoint } from '../shared/http/endpoint';
import { createKeyBatch } from '../shared/http/operations';
import { json } from '../shared/http/responses';

export const createKeyBatchHandler = endpoint(createKeyBatch, async ({ body, principal, deps }) => {
  const { sku, seatsPerKey, termMonths } = body;
  const terms = { sku, seatsPerKey, termMonths };
  const by = principalKey(principal);
  if (body.keys) {
    const result = await importKeys(deps, { ...terms, keys: body.keys }, by);
    const { imported, duplicates, invalid } = result;
    return json(201, {
      batchId: result.batch.id,
      ...terms,
      keys: [],
      minted: 0,
      imported,
      duplicates,
      invalid,
    });
  }
  const { batch, keys } = await mintKeys(deps, { ...terms, count: body.count ?? 0 }, by);
  return json(201, {
    batchId: batch.id,
    ...terms,
    keys,
    minted: keys.length,
    imported: 0,
    duplicates: 0,
    invalid: [],
  });
});

app.http('product-key-batches-create', {
  route: 'product-key-batches',
  methods: ['POST'],
  authLevel: 'anonymous',
  handler: createKeyBatchHandler,
});
