import type { SqlQuerySpec } from '@azure/cosmos';
import type { ContainerName } from '../shared/adapters/cosmos/containers';
import type { DocumentStore, QueryOptions, StoredDocument } from '../shared/adapters/cosmos/document-store';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { onFreePorts } from '../dev/free-settings';
import type { HostJson } from '../dev/functions-host/host';
import { functionFilesFromMain, startLocalStack, type LocalStack } from '../dev/stack';
import { ROOT, sampleValues } from './stack-process';

/** Counts the calls the app makes through its store port: one per Cosmos DB request (bulk aside). */
export class CountingStore implements DocumentStore {
  readonly counts = { read: 0, create: 0, replace: 0, delete: 0, query: 0, createMany: 0 };
  /** Every call since the last reset, as `operation container`, in order. */
  readonly calls: string[] = [];
  /** Documents that came back from the store (point reads that found one, query results). */
  documentsRead = 0;

  constructor(private readonly inner: DocumentStore) {}

  private count(operation: keyof CountingStore['counts'], container: ContainerName): void {
    this.counts[operation] += 1;
    this.calls.push(`${operation} ${container}`);
  }

  total(): number {
    return Object.values(this.counts).reduce((a, b) => a + b, 0);
  }

  reset(): void {
    for (const key of Object.keys(this.counts) as (keyof CountingStore['counts'])[]) this.counts[key] = 0;
    this.calls.length = 0;
    this.documentsRead = 0;
  }

  async read(container: ContainerName, id: string, partitionKey: string): Promise<StoredDocument | null> {
    this.count('read', container);
    const found = await this.inner.read(container, id, partitionKey);
    if (found) this.documentsRead += 1;
    return found;
  }

  create(container: ContainerName, doc: Record<string, unknown>): Promise<StoredDocument> {
    this.count('create', container);
    return this.inner.create(container, doc);
  }

  replace(container: ContainerName, doc: Record<string, unknown>, etag: string): Promise<StoredDocument> {
    this.count('replace', container);
    return this.inner.replace(container, doc, etag);
  }

  delete(container: ContainerName, id: string, partitionKey: string): Promise<void> {
    this.count('delete', container);
    return this.inner.delete(container, id, partitionKey);
  }

  async query(container: ContainerName, query: SqlQuerySpec, options: QueryOptions) {
    this.count('query', container);
    // A query without a partition key fans out to every partition: fine for timers, never for requests.
    if (options.partitionKey === undefined) this.calls[this.calls.length - 1] += ' (cross-partition)';
    const page = await this.inner.query(container, query, options);
    this.documentsRead += page.items.length;
    return page;
  }

  createMany(container: ContainerName, docs: Record<string, unknown>[]): Promise<{ existingIds: string[] }> {
    this.count('createMany', container);
    return this.inner.createMany(container, docs);
  }

  ping(timeoutMs: number): Promise<void> {
    return this.inner.ping(timeoutMs);
  }
}

/**
 * The compiled app on an in-process stack, every call to its store counted: `store` is the real store
 * underneath (to seed it without counting), `counter` counts what the app asks of it.
 */
export async function startCountingStack(): Promise<{
  stack: LocalStack;
  counter: CountingStore;
  store: DocumentStore;
}> {
  const { settings, httpPort } = await onFreePorts(sampleValues());
  let counter: CountingStore | undefined;
  let store: DocumentStore | undefined;
  const stack = await startLocalStack({
    projectRoot: ROOT,
    settings,
    httpPort,
    dataDir: null,
    functionFiles: functionFilesFromMain(ROOT, 'dist/functions/*.js'),
    hostJson: JSON.parse(readFileSync(join(ROOT, 'host.json'), 'utf8')) as HostJson,
    timers: 'manual',
    queues: false,
    log: () => undefined,
    wrapStore: (inner) => {
      store = inner;
      return (counter = new CountingStore(inner));
    },
  });
  if (!counter || !store) {
    await stack.stop();
    throw new Error('the stack did not wrap its store');
  }
  return { stack, counter, store };
}
