import type { Container, CosmosClient } from '@azure/cosmos';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { CONTAINERS } from '../shared/adapters/cosmos/containers';
import { createCosmosClient } from '../shared/adapters/cosmos/client';
import { loadConfig } from '../shared/config';
import {
  addKey,
  api,
  confirm,
  mint,
  newPartner,
  newTenantBody,
  openRedemption,
  type Json,
} from './api-client';
import { QueueClient } from '@azure/storage-queue';
import { encodeMessage } from '../shared/adapters/queue/notification-queue';
import type { NotificationMessage } from '../shared/app/ports';
import { startCountingStack, type CountingStore, type StoreCall } from './counting-store';
import { median } from './measure';

/**
 * The app's overhead per endpoint: the median latency of a request against the median time of the
 * very store requests it made (the Cosmos DB requests recorded at the store port, and the messages
 * it put on the notification queue) made again directly with the SDKs, one after the other, on the
 * same servers: the store's own cost. Both on one in-process stack, so the two see the same machine.
 *
 * The latency is the host's (from the request's arrival to the response's last byte, as Azure's
 * request telemetry counts it); the client's, which adds the HTTP round trip of the load generator,
 * is shown beside it.
 */
export const OVERHEAD_SAMPLES = 200;
export const OVERHEAD_TARGET = 1.3;

export interface OverheadRow {
  endpoint: string;
  /** Cosmos DB requests, then queue messages. */
  requests: number;
  messages: number;
  appMs: number;
  clientMs: number;
  directMs: number;
  ratio: number;
}

/** Makes one recorded call again with the SDK; returns its time (set-up a delete needs is not timed). */
async function replay(cosmos: CosmosClient, database: string, call: StoreCall): Promise<number> {
  const began = performance.now();
  if (call.operation === 'ping') {
    await cosmos.database(database).read();
    return performance.now() - began;
  }
  const container: Container = cosmos.database(database).container(call.container);
  const partitionKeyField = CONTAINERS[call.container].partitionKeyPath.slice(1);
  const pkOf = (doc: Record<string, unknown>) => doc[partitionKeyField] as string;
  switch (call.operation) {
    case 'read':
      await container.item(call.id, call.partitionKey).read();
      break;
    case 'create': {
      // A fresh id in the same partition: the same write without colliding with the app's document.
      await container.items.create({ ...call.doc, id: `replay-${randomUUID()}` });
      break;
    }
    case 'replace':
      // The document the app wrote, written again: one write of the same size.
      await container.item(call.doc['id'] as string, pkOf(call.doc)).replace(call.doc);
      break;
    case 'delete': {
      const doomed = `replay-${randomUUID()}`;
      const doc = { id: doomed, [partitionKeyField]: call.partitionKey };
      await container.items.create(doc);
      const start = performance.now();
      await container.item(doomed, call.partitionKey).delete();
      return performance.now() - start;
    }
    case 'query':
      await container.items
        .query(call.query, {
          maxItemCount: call.options.maxItemCount,
          ...(call.options.partitionKey !== undefined ? { partitionKey: call.options.partitionKey } : {}),
          ...(call.options.continuationToken ? { continuationToken: call.options.continuationToken } : {}),
        })
        .fetchNext();
      break;
    case 'createMany':
      throw new Error('the overhead bench does not replay bulk creates');
  }
  return performance.now() - began;
}

interface Direct {
  cosmos: CosmosClient;
  database: string;
  queue: QueueClient;
}

async function measure(
  counted: CountedStack,
  direct: Direct,
  name: string,
  prepare: () => Promise<() => Promise<Json>>,
): Promise<OverheadRow> {
  const app: number[] = [];
  const client: number[] = [];
  const same: number[] = [];
  let requests = 0;
  let messages = 0;
  for (let i = 0; i < OVERHEAD_SAMPLES; i += 1) {
    const request = await prepare();
    counted.counter.reset();
    counted.served.length = 0;
    const began = performance.now();
    await request();
    client.push(performance.now() - began);
    const [served] = counted.served;
    if (!served || counted.served.length !== 1)
      throw new Error(`${name}: the host did not report one request`);
    app.push(served);
    const calls = [...counted.counter.recorded];
    const sent = [...counted.sent];
    requests = calls.length;
    messages = sent.length;
    let sum = 0;
    for (const call of calls) sum += await replay(direct.cosmos, direct.database, call);
    for (const message of sent) {
      const start = performance.now();
      await direct.queue.sendMessage(encodeMessage(message));
      sum += performance.now() - start;
    }
    same.push(sum);
  }
  const appMs = median(app);
  const directMs = median(same);
  return {
    endpoint: name,
    requests,
    messages,
    appMs,
    clientMs: median(client),
    directMs,
    ratio: appMs / directMs,
  };
}

interface CountedStack {
  counter: CountingStore;
  sent: NotificationMessage[];
  served: number[];
}

export interface Overhead {
  rows: OverheadRow[];
  /** A request answered without a store call (403: the operator may not read a redemption), at the host. */
  floorMs: number;
  /** The same at the client: the HTTP round trip of the load generator added. */
  floorAtClientMs: number;
}

export async function benchOverhead(): Promise<Overhead> {
  const served: number[] = [];
  const { stack, counter, sent } = await startCountingStack(({ ms }) => served.push(ms));
  const counted: CountedStack = { counter, sent, served };
  const config = loadConfig(stack.settings);
  const cosmos = createCosmosClient(config);
  const database = stack.settings['COSMOS_DATABASE'] as string;
  // Its own queue: the replayed messages must not reach the app's.
  const queue = new QueueClient(config.AzureWebJobsStorage as string, 'overhead-replay');
  await queue.createIfNotExists();
  const direct: Direct = { cosmos, database, queue };
  const base = stack.apiBaseUrl;
  try {
    const operator = stack.settings['OPERATOR_TOKEN'] as string;
    const token = await newPartner(base, operator, 'overhead');
    // Each sample of six of the seven endpoints takes a key.
    const keys = await mint(base, operator, OVERHEAD_SAMPLES * 6 + 1);
    let nextKey = 0;
    const key = () => keys[nextKey++] as string;
    const open = () => openRedemption(base, token);
    const withKey = async () => {
      const id = await open();
      return { id, keyRef: await addKey(base, token, id, key()) };
    };
    const confirmed = async () => {
      const { id } = await withKey();
      await confirm(base, token, id);
      return id;
    };
    const subscriptionId = String(
      (
        (await api(base, 'POST', `/redemptions/${await confirmed()}/complete`, token, newTenantBody()))[
          'subscription'
        ] as Json
      )['id'],
    );
    const rows: OverheadRow[] = [];
    const run = (name: string, prepare: () => Promise<() => Promise<Json>>) =>
      measure(counted, direct, name, prepare).then((row) => rows.push(row));

    await run(
      'POST /redemptions (start)',
      async () => () => api(base, 'POST', '/redemptions', token, { attestation: true }),
    );
    await run('POST /redemptions/{id}/keys (add key)', async () => {
      const id = await open();
      const k = key();
      return () => api(base, 'POST', `/redemptions/${id}/keys`, token, { key: k });
    });
    await run('GET /redemptions/{id}', async () => {
      const { id } = await withKey();
      return () => api(base, 'GET', `/redemptions/${id}`, token);
    });
    await run('DELETE /redemptions/{id}/keys/{keyRef}', async () => {
      const { id, keyRef } = await withKey();
      return () => api(base, 'DELETE', `/redemptions/${id}/keys/${keyRef}`, token);
    });
    await run('POST /redemptions/{id}/confirm', async () => {
      const { id } = await withKey();
      return () => api(base, 'POST', `/redemptions/${id}/confirm`, token);
    });
    await run('POST /redemptions/{id}/complete (create_tenant)', async () => {
      const id = await confirmed();
      const body = newTenantBody();
      return () => api(base, 'POST', `/redemptions/${id}/complete`, token, body);
    });
    await run('POST /redemptions/{id}/complete (renew)', async () => {
      const id = await confirmed();
      return () =>
        api(base, 'POST', `/redemptions/${id}/complete`, token, { action: 'renew', subscriptionId });
    });
    // The floor: a request that reaches its function and is answered without a store call (the
    // operator may not read a redemption: 403 from the token's kind), at the host and at the client.
    const floorAtHost: number[] = [];
    const floorAtClient: number[] = [];
    for (let i = 0; i < OVERHEAD_SAMPLES; i += 1) {
      served.length = 0;
      const began = performance.now();
      const response = await fetch(`${base}/redemptions/not-an-id`, {
        headers: { authorization: `Bearer ${operator}` },
      });
      await response.text();
      floorAtClient.push(performance.now() - began);
      floorAtHost.push(served[0] ?? NaN);
    }
    return { rows, floorMs: median(floorAtHost), floorAtClientMs: median(floorAtClient) };
  } finally {
    cosmos.dispose();
    await stack.stop();
  }
}
