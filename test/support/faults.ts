import type { SqlQuerySpec } from '@azure/cosmos';
import type {
  DocumentStore,
  QueryOptions,
  StoredDocument,
} from '../../shared/adapters/cosmos/document-store';
import type { ContainerName } from '../../shared/adapters/cosmos/containers';

/**
 * Wraps the real store port to make its N-th write fail: 'before' the write reaches the store (a
 * crash just before it), or 'after' it was applied (a crash just after it: the caller never learns
 * it happened). Reads pass through. This wraps the port; Cosmos itself is the real local server.
 */
export class InjectedFault extends Error {
  constructor(readonly write: number) {
    super(`injected failure at store write ${write}`);
    this.name = 'InjectedFault';
  }
}

export type FaultMode = 'before' | 'after';

export class FaultInjectingStore implements DocumentStore {
  private writes = 0;
  private failAt: number | null = null;
  private mode: FaultMode = 'before';
  readonly log: string[] = [];

  constructor(private readonly inner: DocumentStore) {}

  /** Counts writes from now on and fails the `n`-th (null: none, only count). */
  arm(n: number | null, mode: FaultMode = 'before'): void {
    this.writes = 0;
    this.failAt = n;
    this.mode = mode;
    this.log.length = 0;
  }

  get writesSinceArmed(): number {
    return this.writes;
  }

  private async write<T>(label: string, op: () => Promise<T>): Promise<T> {
    this.writes += 1;
    this.log.push(label);
    if (this.writes !== this.failAt) return op();
    if (this.mode === 'before') throw new InjectedFault(this.writes);
    // The write ran (or failed, e.g. 409 on a create); either way the caller never learns the outcome.
    await op().catch(() => undefined);
    throw new InjectedFault(this.writes);
  }

  read(container: ContainerName, id: string, partitionKey: string): Promise<StoredDocument | null> {
    return this.inner.read(container, id, partitionKey);
  }

  create(container: ContainerName, doc: Record<string, unknown>): Promise<StoredDocument> {
    return this.write(`create ${container}`, () => this.inner.create(container, doc));
  }

  replace(container: ContainerName, doc: Record<string, unknown>, etag: string): Promise<StoredDocument> {
    return this.write(`replace ${container}`, () => this.inner.replace(container, doc, etag));
  }

  delete(container: ContainerName, id: string, partitionKey: string, etag?: string): Promise<void> {
    return this.write(`delete ${container}`, () => this.inner.delete(container, id, partitionKey, etag));
  }

  query(container: ContainerName, query: SqlQuerySpec, options: QueryOptions) {
    return this.inner.query(container, query, options);
  }

  createMany(container: ContainerName, docs: Record<string, unknown>[]): Promise<{ existingIds: string[] }> {
    return this.write(`createMany ${container}`, () => this.inner.createMany(container, docs));
  }

  ping(timeoutMs: number): Promise<void> {
    return this.inner.ping(timeoutMs);
  }
}
