import { PartitionKeyKind, type CosmosClient, type JSONObject } from '@azure/cosmos';
import { createHttpServer } from '@vercel/cosmosdb-server';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { dirname } from 'node:path';
import { CONTAINER_NAMES, CONTAINERS } from '../shared/adapters/cosmos/containers';
import { speedUpLocalCosmosQueries } from './cosmos-query-speedup';

/**
 * The embedded Cosmos DB server, started in-process (its CLI closes every connection, which is
 * several times slower). It keeps everything in memory; a snapshot written on a graceful stop and
 * the write-ahead journal (cosmos-journal.ts) carry the documents across restarts of `npm start`,
 * crashes included.
 */
export async function startCosmosServer(port: number): Promise<{ server: Server; endpoint: string }> {
  speedUpLocalCosmosQueries();
  const server = createHttpServer({ keepAlive: true });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return { server, endpoint: `http://127.0.0.1:${actual}` };
}

export async function stopServer(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/** Creates the database and every container the code uses (Bicep does this in Azure). */
export async function provisionCosmos(client: CosmosClient, databaseId: string): Promise<void> {
  const { database } = await client.databases.createIfNotExists({ id: databaseId });
  for (const name of CONTAINER_NAMES) {
    const spec = CONTAINERS[name];
    await database.containers.createIfNotExists({
      id: name,
      // As infra/modules/cosmos.bicep deploys them: hash version 2, which the SDK routes bulk by.
      partitionKey: { paths: [spec.partitionKeyPath], kind: PartitionKeyKind.Hash, version: 2 },
      ...('indexingPolicy' in spec ? { indexingPolicy: spec.indexingPolicy } : {}),
      ...('defaultTtl' in spec ? { defaultTtl: spec.defaultTtl } : {}),
    });
  }
}

const SYSTEM = new Set(['_rid', '_self', '_etag', '_attachments', '_ts']);

export async function dumpDatabase(
  client: CosmosClient,
  databaseId: string,
): Promise<Record<string, JSONObject[]>> {
  const database = client.database(databaseId);
  const { resources: containers } = await database.containers.readAll().fetchAll();
  const dump: Record<string, JSONObject[]> = {};
  for (const { id } of containers) {
    const { resources } = await database.container(id).items.query<JSONObject>('SELECT * FROM c').fetchAll();
    dump[id] = resources.map(
      (doc) => Object.fromEntries(Object.entries(doc).filter(([key]) => !SYSTEM.has(key))) as JSONObject,
    );
  }
  return dump;
}

export async function saveSnapshot(client: CosmosClient, databaseId: string, file: string): Promise<void> {
  await writeSnapshot(file, await dumpDatabase(client, databaseId));
}

/** Written whole to a temporary file, then renamed: a crash leaves the old snapshot or the new one. */
export async function writeSnapshot(file: string, dump: Record<string, JSONObject[]>): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(`${file}.tmp`, JSON.stringify(dump));
  await rename(`${file}.tmp`, file);
}

/** The snapshot's documents by container; none when there is no snapshot yet. */
export async function readSnapshot(file: string): Promise<Record<string, JSONObject[]>> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Record<string, JSONObject[]>;
  } catch {
    return {};
  }
}

export async function loadDump(
  client: CosmosClient,
  databaseId: string,
  dump: Record<string, JSONObject[]>,
): Promise<number> {
  let count = 0;
  for (const name of CONTAINER_NAMES) {
    const docs = dump[name] ?? [];
    const field = CONTAINERS[name].partitionKeyPath.slice(1);
    const container = client.database(databaseId).container(name);
    for (let start = 0; start < docs.length; start += 1000) {
      const chunk = docs.slice(start, start + 1000);
      await container.items.executeBulkOperations(
        chunk.map((doc) => ({
          operationType: 'Upsert' as const,
          partitionKey: String(doc[field]),
          resourceBody: doc,
        })),
      );
      count += chunk.length;
    }
  }
  return count;
}
