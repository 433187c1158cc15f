import type { SqlQuerySpec } from '@azure/cosmos';
import type { ContainerName } from '../shared/adapters/cosmos/containers';
import type { DocumentStore, QueryOptions, StoredDocument } from '../shared/adapters/cosmos/document-store';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { onFreePorts } from '../dev/free-settings';
import type { HostJson } from '../dev/functions-host/host';
import {
  functionFilesFromMain,
  startLocalStack,
  type LocalStack,
  type LocalStackOptions,
} from '../dev/stack';
import type { NotificationMessage } from '../shared/app/ports';
import { packageMain, ROOT, sampleValues } from './stack-process';

/** One call through the store port with its arguments, so the bench can make it again directly. */
export type StoreCall =
  | { operation: 'read' | 'delete'; container: ContainerName; id: string; partitionKey: string }
  | { operation: 'create' | 'replace'; container: ContainerName; doc: Record<string, unknown> }
  | { operation: 'query'; container: ContainerName; query: SqlQuerySpec; options: QueryOptions }
  | { operation: 'createMany'; container: ContainerName; docs: Record<string, unknown>[] }
  | { operation: 'ping'; container: 'database' };

/** Counts the calls the app makes through its store port: one per Cosmos DB request (bulk aside). */
export class CountingStore implements DocumentStore {
  /** Every call since the last reset, with its arguments, in order. */
  readonly recorded: StoreCall[] = [];
  /** Documents that came back from the store (point reads that found one, query results). */
  documentsRead = 0;

  constructor(
    private readonly inner: DocumentStore,
    private readonly onReset: () => void = () => undefined,
  ) {}

  /** The same calls as `operation container`; a query without a partition key is marked. */
  get calls(): string[] {
    return this.recorded.map((call) => {
      const named = `${call.operation} ${call.container}`;
      // A query without a partition key fans out to every partition: fine for timers, never for requests.
      return call.operation === 'query' && call.options.partitionKey === undefined
        ? `${named} (cross-partition)`
        : named;
    });
  }

  total(): number {
    return this.recorded.length;
  }

  reset(): void {
    this.recorded.length = 0;
    this.documentsRead = 0;
    this.onReset();
  }

  async read(container: ContainerName, id: string, partitionKey: string): Promise<StoredDocument | null> {
    this.recorded.push({ operation: 'read', container, id, partitionKey });
    const found = await this.inner.read(container, id, partitionKey);
    if (found) this.documentsRead += 1;
    return found;
  }

  create(container: ContainerName, doc: Record<string, unknown>): Promise<StoredDocument> {
    this.recorded.push({ operation: 'create', container, doc });
    return this.inner.create(container, doc);
  }

  replace(container: ContainerName, doc: Record<string, unknown>, etag: string): Promise<StoredDocument> {
    this.recorded.push({ operation: 'replace', container, doc });
    return this.inner.replace(container, doc, etag);
  }

  delete(container: ContainerName, id: string, partitionKey: string, etag?: string): Promise<void> {
    this.recorded.push({ operation: 'delete', container, id, partitionKey });
    return this.inner.delete(container, id, partitionKey, etag);
  }

  async query(container: ContainerName, query: SqlQuerySpec, options: QueryOptions) {
    this.recorded.push({ operation: 'query', container, query, options });
    const page = await this.inner.query(container, query, options);
    this.documentsRead += page.items.length;
    return page;
  }

  createMany(container: ContainerName, docs: Record<string, unknown>[]): Promise<{ existingIds: string[] }> {
    this.recorded.push({ operation: 'createMany', container, docs });
    return this.inner.createMany(container, docs);
  }

  ping(timeoutMs: number): Promise<void> {
    this.recorded.push({ operation: 'ping', container: 'database' });
    return this.inner.ping(timeoutMs);
  }
}

/**
 * The compiled app on an in-process stack, every call to its store counted: `store` is the real store
 * underneath (to seed it without counting), `counter` counts what the app asks of it.
 */
export async function startCountingStack(
  onServed?: LocalStackOptions['onServed'],
  cosmosGateway?: LocalStackOptions['cosmosGateway'],
): Promise<{
  stack: LocalStack;
  counter: CountingStore;
  store: DocumentStore;
  /** The messages the app sent to the notification queue since the counter's last reset. */
  sent: NotificationMessage[];
}> {
  const { settings, httpPort } = await onFreePorts(sampleValues());
  const sent: NotificationMessage[] = [];
  let counter: CountingStore | undefined;
  let store: DocumentStore | undefined;
  const stack = await startLocalStack({
    projectRoot: ROOT,
    settings,
    httpPort,
    dataDir: null,
    functionFiles: functionFilesFromMain(ROOT, packageMain()),
    hostJson: JSON.parse(readFileSync(join(ROOT, 'host.json'), 'utf8')) as HostJson,
    timers: 'manual',
    queues: false,
    log: () => undefined,
    wrapStore: (inner) => {
      store = inner;
      return (counter = new CountingStore(inner, () => (sent.length = 0)));
    },
    wrapQueue: (inner) => ({
      enqueue: (message, options) => {
        sent.push(message);
        return inner.enqueue(message, options);
      },
    }),
    ...(onServed ? { onServed } : {}),
    ...(cosmosGateway !== undefined ? { cosmosGateway } : {}),
  });
  if (!counter || !store) {
    await stack.stop();
    throw new Error('the stack did not wrap its store');
  }
  return { stack, counter, store, sent };
}
