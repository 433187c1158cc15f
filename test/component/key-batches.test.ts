import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { startSplitStack } from '../../bench/stack-process';
import { createCosmosClient } from '../../shared/adapters/cosmos/client';
import { loadConfig } from '../../shared/config';
import { IDEMPOTENCY_LOCK_MS } from '../../shared/http/idempotency';
import { expectProblem } from '../support/api';
import { startOwnHost, type OwnHost } from '../support/own-host';

/**
 * Minting under Azure's request-unit budget (a serverless container serves about 5,000 RU/s; a
 * 10,000-key batch writes about 55,000 RU): a batch of any size up to the maximum succeeds, or fails
 * with nothing shown and nothing left behind; a retry with the same Idempotency-Key finishes the same
 * batch, never a second one; a batch nobody finishes is undone by key-batch-cleanup.
 */
let own: OwnHost | undefined;
afterEach(async () => {
  await own?.stop();
  own = undefined;
});

type Doc = Record<string, unknown>;

async function mint(baseUrl: string, token: string, count: number, idempotencyKey?: string) {
  const response = await fetch(`${baseUrl}/product-key-batches`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
    },
    body: JSON.stringify({ sku: 'BUSINESS_BASIC', seatsPerKey: 5, termMonths: 12, count }),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    body: text ? JSON.parse(text) : undefined,
  };
}

/**
 * Mints with an Idempotency-Key, retrying a 503 store_busy after its Retry-After as the contract tells
 * a client to. These hosts give bulk writes 1 s (`bulkDeadlineMs`) so that a throttled batch fails
 * fast; on a busy machine even an unthrottled write of a few hundred keys can take longer, and a
 * retry, which finishes the same batch, is what a client does then. `tries` bounds it.
 */
async function mintUntilDone(baseUrl: string, token: string, count: number, idempotencyKey: string) {
  let answer = await mint(baseUrl, token, count, idempotencyKey);
  for (let tries = 1; answer.status === 503 && tries < 20; tries += 1) {
    expect(answer.body.code).toBe('store_busy');
    await new Promise((resolve) =>
      setTimeout(resolve, 1000 * Number(answer.headers.get('retry-after') ?? 1)),
    );
    answer = await mint(baseUrl, token, count, idempotencyKey);
  }
  return answer;
}

async function lookup(baseUrl: string, token: string, key: string) {
  const response = await fetch(`${baseUrl}/product-keys/lookup`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ key }),
  });
  return { status: response.status, body: (await response.json()) as Doc };
}

async function keysOf(host: OwnHost, batchId: string): Promise<Doc[]> {
  return ((await host.dump())['productKeys'] ?? []).filter((k) => k['batchId'] === batchId);
}

describe('key batches under the request-unit budget', () => {
  it('when 10,000 keys (the most one call may ask) are minted under 5,000 RU/s, then they are all written, shown once and usable, the store throttling the batch on the way', async () => {
    own = await startOwnHost({ cosmosGateway: { ranges: 1, ruPerSecond: 5_000 } });
    const token = own.settings['OPERATOR_TOKEN'] as string;
    const minted = await mint(own.apiBaseUrl, token, 10_000);
    expect(minted.status, minted.text.slice(0, 300)).toBe(201);
    const keys = minted.body.keys as string[];
    expect(new Set(keys).size).toBe(10_000);
    expect(await keysOf(own, minted.body.batchId)).toHaveLength(10_000);
    // About 55,000 RU: eleven seconds of the budget at least, whatever the machine's speed.
    expect(own.cosmosGateway?.charges().ru).toBeGreaterThan(50_000);
    // Usable: the first, a middle and the last key look up as available on the batch's terms.
    for (const key of [keys[0], keys[4_999], keys[9_999]] as string[]) {
      const found = await lookup(own.apiBaseUrl, token, key);
      expect(found.status).toBe(200);
      expect(found.body).toMatchObject({
        state: 'available',
        sku: 'BUSINESS_BASIC',
        seats: 5,
        termMonths: 12,
      });
    }
  });

  it('when throttling lasts longer than the store waits, then the batch fails with 503 and Retry-After, and a retry with the same Idempotency-Key finishes the same batch with the same keys', async () => {
    own = await startOwnHost({ cosmosGateway: { ranges: 4, ruPerSecond: 5_000 }, bulkDeadlineMs: 1_000 });
    const token = own.settings['OPERATOR_TOKEN'] as string;
    const key = randomUUID();
    // 300 RU/s: 600 keys need about 11 s of it; the store gives up after 1 s.
    own.cosmosGateway?.setRuPerSecond(300);
    const failed = await mint(own.apiBaseUrl, token, 600, key);
    expectProblem(failed, 503, 'store_busy');
    expect(Number(failed.headers.get('retry-after'))).toBeGreaterThan(0);
    own.cosmosGateway?.setRuPerSecond(0);
    const [writing] = ((await own.dump())['keyBatches'] ?? []) as Doc[];
    expect(writing?.['status']).toBe('writing');
    const partial = (await keysOf(own, writing?.['id'] as string)).length;
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(600);

    const retried = await mintUntilDone(own.apiBaseUrl, token, 600, key);
    expect(retried.status, retried.text.slice(0, 300)).toBe(201);
    expect(retried.body.batchId).toBe(writing?.['id']);
    expect(new Set(retried.body.keys).size).toBe(600);
    expect(await keysOf(own, retried.body.batchId)).toHaveLength(600);
    expect(((await own.dump())['keyBatches'] ?? []).map((b) => b['status'])).toEqual(['complete']);
    // And replayed as it was first answered.
    const replayed = await mint(own.apiBaseUrl, token, 600, key);
    expect(replayed.headers.get('idempotent-replayed')).toBe('true');
    expect(replayed.body.keys).toEqual(retried.body.keys);
  });

  it('when the cleanup gave a batch up and failed halfway through undoing it, then a retry with the same Idempotency-Key finishes the undoing and mints the batch anew, at once', async () => {
    own = await startOwnHost({ cosmosGateway: { ranges: 1, ruPerSecond: 300 }, bulkDeadlineMs: 1_000 });
    const token = own.settings['OPERATOR_TOKEN'] as string;
    const key = randomUUID();
    expectProblem(await mint(own.apiBaseUrl, token, 400, key), 503, 'store_busy');
    own.cosmosGateway?.setRuPerSecond(0);
    // As the cleanup leaves it when it fails after marking the batch: given up, its keys still there.
    const [writing] = ((await own.dump())['keyBatches'] ?? []) as Doc[];
    const batchId = writing?.['id'] as string;
    const found = await own.runtime.deps.repos.keyBatches.get(batchId);
    if (!found) throw new Error('the failed batch is not stored');
    await own.runtime.deps.repos.keyBatches.replace({ ...found.value, status: 'abandoning' }, found.etag);
    const halfUndone = await keysOf(own, batchId);
    expect(halfUndone.length).toBeGreaterThan(0);

    const retried = await mintUntilDone(own.apiBaseUrl, token, 400, key);
    expect(retried.status, retried.text.slice(0, 300)).toBe(201);
    expect(retried.body.batchId).toBe(batchId);
    const kept = await keysOf(own, batchId);
    expect(kept).toHaveLength(400);
    // New keys: none of the given-up batch's is left.
    const before = new Set(halfUndone.map((k) => k['id']));
    expect(kept.filter((k) => before.has(k['id']))).toEqual([]);
    expect(((await own.dump())['keyBatches'] ?? []).map((b) => b['status'])).toEqual(['complete']);
  });

  it('when a batch fails and nobody retries it, then key-batch-cleanup deletes its keys, never shown, and a complete batch loses its sealed keys after a day', async () => {
    own = await startOwnHost({ cosmosGateway: { ranges: 1, ruPerSecond: 300 }, bulkDeadlineMs: 1_000 });
    const token = own.settings['OPERATOR_TOKEN'] as string;
    const failed = await mint(own.apiBaseUrl, token, 400);
    expectProblem(failed, 503, 'store_busy');
    own.cosmosGateway?.setRuPerSecond(0);
    const done = await mintUntilDone(own.apiBaseUrl, token, 150, randomUUID());
    expect(done.status).toBe(201);
    const batches = ((await own.dump())['keyBatches'] ?? []) as Doc[];
    const stalled = batches.find((b) => b['status'] === 'writing');
    expect((await keysOf(own, stalled?.['id'] as string)).length).toBeGreaterThan(0);

    // Not before its time: the cleanup leaves a batch that may still be running.
    await own.host.invoke('key-batch-cleanup');
    expect((await keysOf(own, stalled?.['id'] as string)).length).toBeGreaterThan(0);
    own.clock.advance(31 * 60_000);
    await own.host.invoke('key-batch-cleanup');
    expect(await keysOf(own, stalled?.['id'] as string)).toEqual([]);
    expect(await keysOf(own, done.body.batchId)).toHaveLength(150);
    own.clock.advance(24 * 60 * 60_000);
    await own.host.invoke('key-batch-cleanup');
    const after = ((await own.dump())['keyBatches'] ?? []) as Doc[];
    expect(after.map((b) => [b['status'], b['sealedKeys'] ?? null]).sort()).toEqual([
      ['abandoned', null],
      ['complete', null],
    ]);
  });
});

describe('a host killed in the middle of a batch', () => {
  it('when the Functions host is killed with kill -9 mid-batch and started again, then the retry with the same Idempotency-Key finishes that batch: 3,000 keys, one batch', async () => {
    const stack = await startSplitStack();
    const cosmos = createCosmosClient(loadConfig(stack.settings));
    try {
      const token = stack.settings['OPERATOR_TOKEN'] as string;
      const key = randomUUID();
      const database = cosmos.database(stack.settings['COSMOS_DATABASE'] as string);
      // The host mints the demo's four keys on an empty store once it is up: waited for, so that the
      // batch this test kills is its own and the demo's is not cut short by the kill.
      for (let waited = 0; waited < 60_000; waited += 100) {
        const { resources } = await database
          .container('keyBatches')
          .items.query<{ status: string }>('SELECT c.status FROM c')
          .fetchAll();
        if (resources.length > 0 && resources.every((batch) => batch.status === 'complete')) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const first = mint(stack.apiBaseUrl, token, 3_000, key).catch(() => null);
      // Killed once the batch is written down and its first keys are in (5,000 RU/s: it takes >3 s).
      let batchId: string | undefined;
      for (let waited = 0; waited < 60_000; waited += 100) {
        const { resources } = await database
          .container('keyBatches')
          .items.query<{ id: string }>("SELECT * FROM c WHERE c.status = 'writing'")
          .fetchAll();
        batchId = resources[0]?.id;
        if (batchId) {
          const { resources: keys } = await database
            .container('productKeys')
            .items.query(
              { query: 'SELECT * FROM c WHERE c.batchId = @b', parameters: [{ name: '@b', value: batchId }] },
              { maxItemCount: 1 },
            )
            .fetchNext();
          if ((keys ?? []).length > 0) break;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await stack.killApp();
      expect(await first).toBeNull();
      await stack.startApp();
      // The killed request holds its Idempotency-Key until its lock lapses (30 s), judged on the
      // host's clock: the new host's clock is moved past it rather than waited out (the lock is a
      // time on the store, and the clock of the host that reads it is what decides). The client
      // still retries on 409 request_in_progress after Retry-After, as the contract says.
      const moved = await fetch(`${stack.url}/admin/clock`, {
        method: 'POST',
        body: JSON.stringify({ advanceDays: (IDEMPOTENCY_LOCK_MS + 1_000) / 86_400_000 }),
      });
      expect(moved.status).toBe(200);
      let retried = await mint(stack.apiBaseUrl, token, 3_000, key);
      for (let tries = 0; retried.status === 409 && tries < 60; tries += 1) {
        expect(retried.body.code).toBe('request_in_progress');
        await new Promise((resolve) =>
          setTimeout(resolve, 1000 * Number(retried.headers.get('retry-after') ?? 1)),
        );
        retried = await mint(stack.apiBaseUrl, token, 3_000, key);
      }
      expect(retried.status, retried.text.slice(0, 300)).toBe(201);
      expect(retried.body.batchId).toBe(batchId);
      expect(new Set(retried.body.keys).size).toBe(3_000);
      // One batch (beside the demo's), all its keys written once.
      const { resources: batches } = await database
        .container('keyBatches')
        .items.query('SELECT * FROM c')
        .fetchAll();
      expect(batches.filter((b: Doc) => b['id'] === batchId).map((b: Doc) => b['status'])).toEqual([
        'complete',
      ]);
      const { resources: keys } = await database
        .container('productKeys')
        .items.query('SELECT * FROM c')
        .fetchAll();
      expect(keys.filter((k: Doc) => k['batchId'] === batchId)).toHaveLength(3_000);
      // Beside it only the demo's, whole: four keys.
      const others = batches.filter((b: Doc) => b['id'] !== batchId);
      expect(others.map((b: Doc) => b['status'])).toEqual(['complete']);
      expect(keys.filter((k: Doc) => k['batchId'] !== batchId)).toHaveLength(4);
    } finally {
      cosmos.dispose();
      await stack.stop();
    }
  });
});
