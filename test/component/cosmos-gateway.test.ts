import { CosmosClient, type Container, ErrorResponse } from '@azure/cosmos';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startCosmosGateway, type CosmosGateway } from '../../dev/cosmos-gateway/gateway';
import { provisionCosmos } from '../../dev/cosmos-server';
import { createCosmosClient } from '../../shared/adapters/cosmos/client';
import { loadConfig } from '../../shared/config';

/**
 * The local Cosmos DB store answers as Azure's gateway does, met through the real `@azure/cosmos`:
 * query plans and the 1004 refusal, partition key ranges, each range's documents, charges and the
 * budget, and Azure's limits. A gateway of this file's own, with four ranges, in front of the shared
 * embedded server, with a database of its own.
 */
let gateway: CosmosGateway;
let client: CosmosClient;
let subscriptions: Container;
let notifications: Container;
/**
 * The same container through a client without the app's 2.5 s request timeout: the megabyte
 * documents of the size test take longer than that to move on a busy machine (CI timed out there),
 * and what that test checks is the gateway's limits, not the app's patience.
 */
let patientClient: CosmosClient;
let bigNotifications: Container;
/**
 * The gateway's clock stands still unless a test moves it: budgets are per second of this clock, so a
 * clock that followed real time would start a new second (and refill the budget) whenever a test
 * happened to run across one (CI met that on a busy machine).
 */
let stackNowMs = Date.parse('2026-12-01T00:00:00.000Z');
const databaseId = `gw-${randomUUID()}`;

beforeAll(async () => {
  gateway = await startCosmosGateway({
    upstreamPort: Number(new URL(inject('stack').cosmosServerEndpoint).port),
    port: 0,
    ranges: 4,
    ruPerSecond: 0,
    now: () => new Date(stackNowMs),
  });
  const settings = {
    ...inject('stack').settings,
    COSMOS_ENDPOINT: gateway.endpoint,
    COSMOS_DATABASE: databaseId,
  };
  client = createCosmosClient(loadConfig(settings));
  await provisionCosmos(client, databaseId);
  subscriptions = client.database(databaseId).container('subscriptions');
  notifications = client.database(databaseId).container('notifications');
  patientClient = new CosmosClient({
    endpoint: gateway.endpoint,
    key: inject('stack').settings['COSMOS_KEY'] as string,
    connectionPolicy: { enableEndpointDiscovery: false, requestTimeout: 120_000 },
  });
  bigNotifications = patientClient.database(databaseId).container('notifications');
  await Promise.all(
    Array.from({ length: 40 }, (_, i) =>
      subscriptions.items.create({
        id: `sub-${String(i).padStart(2, '0')}`,
        tenantId: `tenant-${i % 5}`,
        nextEventAt: `2027-01-${String((i % 28) + 1).padStart(2, '0')}T00:00:00.000Z`,
      }),
    ),
  );
});
afterAll(async () => {
  await client
    ?.database(databaseId)
    .delete()
    .catch(() => undefined);
  client?.dispose();
  patientClient?.dispose();
  await gateway?.stop();
});

describe('the local Cosmos DB gateway, as Azure answers', () => {
  it('when the SDK reads the partition key ranges, then the container has four, covering the whole key space', async () => {
    const { resources } = await subscriptions.readPartitionKeyRanges().fetchAll();
    expect(resources.map((r) => r.id)).toEqual(['0', '1', '2', '3']);
    expect(resources[0]?.minInclusive).toBe('');
    expect(resources[3]?.maxExclusive).toBe('FF');
  });

  it('when a cross-partition query needs no pipeline, then it is served directly and paged with continuation tokens', async () => {
    const seen: string[] = [];
    let continuationToken: string | undefined;
    do {
      const page = await subscriptions.items
        .query<{ id: string }>(
          {
            query: 'SELECT * FROM c WHERE c.nextEventAt <= @now',
            parameters: [{ name: '@now', value: '2027-02-01' }],
          },
          { maxItemCount: 7, ...(continuationToken ? { continuationToken } : {}) },
        )
        .fetchNext();
      expect(page.resources.length).toBeLessThanOrEqual(7);
      expect(page.requestCharge).toBeGreaterThan(0);
      seen.push(...page.resources.map((r) => r.id));
      continuationToken = page.continuationToken;
    } while (continuationToken);
    expect(seen.sort()).toEqual(Array.from({ length: 40 }, (_, i) => `sub-${String(i).padStart(2, '0')}`));
  });

  it('when a cross-partition ORDER BY is sent, then the gateway refuses it with 400/1004 and its plan, and the SDK takes the pipeline: nothing due gives resources undefined, and no continuation token', async () => {
    const query = {
      query: 'SELECT * FROM c WHERE c.nextEventAt <= @now ORDER BY c.nextEventAt',
      parameters: [{ name: '@now', value: '2020-01-01' }],
    };
    // Straight to the gateway, as the SDK's first request goes: refused, the plan beside.
    const direct = await fetch(`${gateway.endpoint}/dbs/${databaseId}/colls/subscriptions/docs`, {
      method: 'POST',
      headers: {
        'content-type': 'application/query+json',
        'x-ms-documentdb-isquery': 'true',
        'x-ms-documentdb-query-enablecrosspartition': 'true',
      },
      body: JSON.stringify(query),
    });
    expect(direct.status).toBe(400);
    expect(direct.headers.get('x-ms-substatus')).toBe('1004');
    const refusal = (await direct.json()) as { additionalErrorInfo: string };
    const plan = JSON.parse(refusal.additionalErrorInfo) as {
      queryInfo: { orderBy: string[]; rewrittenQuery: string };
    };
    expect(plan.queryInfo.orderBy).toEqual(['Ascending']);
    expect(plan.queryInfo.rewrittenQuery).toContain('{documentdb-formattableorderbyquery-filter}');

    // Through the SDK 4.9: Azure/azure-sdk-for-js#39871, as the timers met it.
    const empty = await subscriptions.items.query(query, { maxItemCount: 100 }).fetchNext();
    expect(empty.resources).toBeUndefined();
    const due = await subscriptions.items
      .query({ ...query, parameters: [{ name: '@now', value: '2030-01-01' }] }, { maxItemCount: 10 })
      .fetchNext();
    expect(due.resources).toHaveLength(10);
    expect(due.continuationToken).toBeUndefined();
    // Merged across the four ranges in order.
    const dates = due.resources.map((r: { nextEventAt: string }) => r.nextEventAt);
    expect(dates).toEqual([...dates].sort());
  });

  it('when a query names a partition key, then it gets that partition only, ORDER BY included', async () => {
    const { resources } = await subscriptions.items
      .query({ query: 'SELECT * FROM c ORDER BY c.nextEventAt' }, { partitionKey: 'sub-07' })
      .fetchAll();
    expect(resources.map((r: { id: string }) => r.id)).toEqual(['sub-07']);
  });

  it('when an ORDER BY is on a path the indexing policy excludes, or on two paths without a composite index, then 400 as Azure answers', async () => {
    const excluded = await subscriptions.items
      .query('SELECT * FROM c ORDER BY c.tenantName', { partitionKey: 'sub-01' })
      .fetchAll()
      .catch((error: unknown) => error);
    expect(excluded).toBeInstanceOf(ErrorResponse);
    expect((excluded as ErrorResponse).code).toBe(400);
    expect(String((excluded as ErrorResponse).message)).toContain('order-by item is excluded');
    const composite = await notifications.items
      .query('SELECT * FROM c ORDER BY c.status, c.createdAt', { partitionKey: 't' })
      .fetchAll()
      .catch((error: unknown) => error);
    expect((composite as ErrorResponse).code).toBe(400);
    expect(String((composite as ErrorResponse).message)).toContain('corresponding composite index');
  });

  it('when a document is over 2 MB, then 413; a page of documents over 4 MB is cut and continued', async () => {
    const tooLarge = await bigNotifications.items
      .create({ id: 'big', tenantId: 't', content: 'x'.repeat(2 * 1024 * 1024 + 10) })
      .catch((error: unknown) => error);
    expect((tooLarge as ErrorResponse).code).toBe(413);
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        bigNotifications.items.create({ id: `n${i}`, tenantId: 't', content: 'y'.repeat(900 * 1024) }),
      ),
    );
    const first = await bigNotifications.items
      .query('SELECT * FROM c', { partitionKey: 't', maxItemCount: 6 })
      .fetchNext();
    expect(first.resources.length).toBeLessThan(6);
    expect(first.continuationToken).toBeDefined();
    const all = await bigNotifications.items.query('SELECT * FROM c', { partitionKey: 't' }).fetchAll();
    expect(all.resources).toHaveLength(6);
  });

  it('when a container spends its budget, then point reads and writes answer 429 with substatus 3200 and x-ms-retry-after-ms, and every answer states its charge', async () => {
    const created = await subscriptions.items.create({ id: `s-${randomUUID()}`, tenantId: 'x' });
    expect(created.requestCharge).toBeGreaterThan(5);
    const read = await subscriptions.item(created.item.id, created.item.id).read();
    expect(read.requestCharge).toBe(1);
    gateway.throttleFor(60_000);
    try {
      const url = `${gateway.endpoint}/dbs/${databaseId}/colls/subscriptions/docs/${created.item.id}`;
      const throttled = await fetch(url, {
        headers: { 'x-ms-documentdb-partitionkey': JSON.stringify([created.item.id]) },
      });
      expect(throttled.status).toBe(429);
      expect(throttled.headers.get('x-ms-substatus')).toBe('3200');
      expect(Number(throttled.headers.get('x-ms-retry-after-ms'))).toBeGreaterThan(0);
      // The SDK retries as configured (three times within 2 s), then gives up with 429.
      const failed = await subscriptions.items
        .create({ id: `s-${randomUUID()}`, tenantId: 'x' })
        .catch((e: unknown) => e);
      expect((failed as ErrorResponse).code).toBe(429);
    } finally {
      gateway.throttleFor(0);
    }
    // A budget of 10 RU/s on the stack's clock: the second write waits for it; moving the clock refills it.
    gateway.setRuPerSecond(10);
    try {
      // The budget admits a request while it is not spent; its charge is taken afterwards.
      await subscriptions.items.create({ id: `s-${randomUUID()}`, tenantId: 'x' });
      await subscriptions.items.create({ id: `s-${randomUUID()}`, tenantId: 'x' });
      const over = await fetch(
        `${gateway.endpoint}/dbs/${databaseId}/colls/subscriptions/docs/${created.item.id}`,
        {
          headers: { 'x-ms-documentdb-partitionkey': JSON.stringify([created.item.id]) },
        },
      );
      expect(over.status).toBe(429);
      stackNowMs += 10_000;
      const after = await subscriptions.item(created.item.id, created.item.id).read();
      expect(after.statusCode).toBe(200);
    } finally {
      gateway.setRuPerSecond(0);
    }
  });
});
