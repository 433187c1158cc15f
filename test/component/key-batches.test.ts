import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { startSplitStack } from '../../bench/stack-process';
import { createCosmosClient } from '../../shared/adapters/cosmos/client';
import { loadConfig } from '../../shared/config';
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

async function keysOf(host: OwnHost, batchId: string): Promise<Doc[]> {
  return ((await host.dump())['productKeys'] ?? []).filter((k) => k['batchId'] === batchId);
}

describe('key batches under the request-unit budget', () => {
  it('when 10,000 keys are minted under 5,000 RU/s, then they are all written and shown once, the store throttling the batch on the way', async () => {
    own = await startOwnHost({ cosmosGateway: { ranges: 1, ruPerSecond: 5_000 } });
    const token = own.settings['OPERATOR_TOKEN'] as string;
    const minted = await mint(own.apiBaseUrl, token, 10_000);
    expect(minted.status, minted.text.slice(0, 300)).toBe(201);
    const keys = minted.body.keys as string[];
    expect(new Set(keys).size).toBe(10_000);
    expect(await keysOf(own, minted.body.batchId)).toHaveLength(10_000);
    // About 55,000 RU: eleven seconds of the budget at least, whatever the machine's speed.
    expect(own.cosmosGateway?.charges().ru).toBeGreaterThan(50_000);
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

    const retried = await mint(own.apiBaseUrl, token, 600, key);
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

  it('when a batch fails and nobody retries it, then key-batch-cleanup deletes its keys, never shown, and a complete batch loses its sealed keys after a day', async () => {
    own = await startOwnHost({ cosmosGateway: { ranges: 1, ruPerSecond: 300 }, bulkDeadlineMs: 1_000 });
    const token = own.settings['OPERATOR_TOKEN'] as string;
    const failed = await mint(own.apiBaseUrl, token, 400);
    expectProblem(failed, 503, 'store_busy');
    own.cosmosGateway?.setRuPerSecond(0);
    const done = await mint(own.apiBaseUrl, token, 150);
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
      // The killed request holds its Idempotency-Key until its lock lapses (30 s): the client retries
      // on 409 request_in_progress after Retry-After, as the contract says.
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
      // One batch (beside the demo batch npm start mints on an empty store), all its keys written once.
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
      // Beside it at most the demo's (npm start mints four keys on an empty store, unless it was killed
      // first): no other batch left half written.
      const others = batches.filter((b: Doc) => b['id'] !== batchId);
      expect(others.filter((b: Doc) => b['status'] !== 'complete')).toEqual([]);
      expect(keys.filter((k: Doc) => k['batchId'] !== batchId).length).toBeLessThanOrEqual(4 * others.length);
    } finally {
      cosmos.dispose();
      await stack.stop();
    }
  });
});
