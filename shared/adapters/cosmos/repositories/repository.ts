import type * as z from 'zod';
import {
  UnreadableDocumentError,
  type DocumentRef,
  type Page,
  type PageRequest,
  type Repository,
  type UnreadableDocument,
  type Versioned,
} from '../../../app/ports';
import type { ContainerName } from '../containers';
import type { DocumentStore, StoredDocument } from '../document-store';

/**
 * Typed views over the document store, one per container (this folder, a file per area). Every
 * document is decoded when read: what Cosmos returns is checked against its container's schema, so
 * a document of an unexpected shape (hand-edited, or written by a version that did not exist) stops
 * at the door, named by its container and id, rather than as a TypeError deep in a use case.
 */

/**
 * The schema of a document, field by field: every field of the type must have its schema (a field
 * added to the type and forgotten here fails tsc), and each schema's output must be the field's type.
 * Objects are decoded with `z.looseObject`: fields the schema does not know are kept, so a replace
 * by this version never drops what a newer one wrote (two versions run side by side during a deploy).
 */
export type DocumentShape<T> = { [K in keyof Required<T>]: z.ZodType<T[K]> };

/** How a container's documents are read and written. */
export interface DocumentCodec<T> {
  schema: z.ZodType<T>;
  /**
   * Containers whose documents changed shape: the shape's number, written on every document as
   * `schemaVersion`; a document without it is version 1. An older one is brought up to date by
   * `upgrade` before it is decoded (it is written back in the current shape at its next write).
   */
  version?: {
    current: number;
    upgrade: (doc: Record<string, unknown>, from: number) => Record<string, unknown>;
  };
  /** The stored document of a value, where its fields are not stored as they are (partners). */
  toDocument?: (value: T) => Record<string, unknown>;
}

/** A document whose shape is not its container's: what is wrong, by field path, never a value. */
function unreadable(container: ContainerName, stored: StoredDocument, error: z.ZodError): UnreadableDocument {
  return {
    container,
    id: typeof stored.doc['id'] === 'string' ? stored.doc['id'] : '(no id)',
    problems: error.issues.map((issue) => `${issue.path.join('.') || '(document)'}: ${issue.message}`),
  };
}

export class DocumentCodecOf<T extends { id: string }> {
  constructor(
    readonly container: ContainerName,
    private readonly codec: DocumentCodec<T>,
  ) {}

  /** @throws UnreadableDocumentError */
  decode(stored: StoredDocument): Versioned<T> {
    const decoded = this.tryDecode(stored);
    if ('problems' in decoded) throw new UnreadableDocumentError(decoded);
    return decoded;
  }

  tryDecode(stored: StoredDocument): Versioned<T> | UnreadableDocument {
    const { schemaVersion, ...doc } = stored.doc;
    const version = this.codec.version;
    const from = typeof schemaVersion === 'number' ? schemaVersion : 1;
    const current = version && from < version.current ? version.upgrade(doc, from) : doc;
    const result = this.codec.schema.safeParse(current);
    return result.success
      ? { value: result.data, etag: stored.etag }
      : unreadable(this.container, stored, result.error);
  }

  encode(value: T): Record<string, unknown> {
    // A copy as a plain record: the store port takes any JSON object.
    const doc = this.codec.toDocument
      ? this.codec.toDocument(value)
      : Object.fromEntries(Object.entries(value));
    return this.codec.version ? { ...doc, schemaVersion: this.codec.version.current } : doc;
  }
}

/** Where a key puts a document: its id and its partition. */
export type Locate<Key extends readonly string[]> = (...key: Key) => { id: string; partitionKey: string };

export const byId: Locate<[id: string]> = (id) => ({ id, partitionKey: id });
export const inPartition: Locate<[partition: string, id: string]> = (partitionKey, id) => ({
  id,
  partitionKey,
});

export interface QueryOf {
  query: string;
  parameters: { name: string; value: string }[];
}

export class CosmosRepository<
  T extends { id: string },
  Key extends readonly string[] = [id: string],
> implements Repository<T, Key> {
  protected readonly documents: DocumentCodecOf<T>;

  constructor(
    protected readonly store: DocumentStore,
    protected readonly container: ContainerName,
    private readonly locate: Locate<Key>,
    codec: DocumentCodec<T>,
  ) {
    this.documents = new DocumentCodecOf(container, codec);
  }

  async get(...key: Key): Promise<Versioned<T> | null> {
    const { id, partitionKey } = this.locate(...key);
    const found = await this.store.read(this.container, id, partitionKey);
    return found ? this.documents.decode(found) : null;
  }

  async create(value: T): Promise<Versioned<T>> {
    return this.documents.decode(await this.store.create(this.container, this.documents.encode(value)));
  }

  async replace(value: T, etag: string): Promise<Versioned<T>> {
    return this.documents.decode(
      await this.store.replace(this.container, this.documents.encode(value), etag),
    );
  }

  async delete(...key: Key): Promise<void> {
    const { id, partitionKey } = this.locate(...key);
    await this.store.delete(this.container, id, partitionKey);
  }

  /** Deletes the document only as it was listed (`keysPage` with versions); else StaleWriteError. */
  async deleteUnchanged(key: Versioned<Key>): Promise<void> {
    const { id, partitionKey } = this.locate(...key.value);
    await this.store.delete(this.container, id, partitionKey, key.etag);
  }

  at(...key: Key): DocumentRef<T> {
    return { get: () => this.get(...key), replace: (doc, etag) => this.replace(doc, etag) };
  }

  /**
   * A page of a single-partition query, for a request: a document that cannot be decoded fails the
   * request (500, logged with its id) rather than vanish from what the caller is shown.
   */
  protected async pageIn(partitionKey: string, query: QueryOf, page: PageRequest): Promise<Page<T>> {
    const versioned = await this.versionedPageIn(partitionKey, query, page);
    return { ...versioned, items: versioned.items.map((item) => item.value) };
  }

  /** `pageIn` with the version of each document, for a caller that writes them back. */
  protected async versionedPageIn(
    partitionKey: string,
    query: QueryOf,
    page: PageRequest,
  ): Promise<Page<Versioned<T>>> {
    const result = await this.store.query(this.container, query, {
      partitionKey,
      maxItemCount: page.limit,
      continuationToken: page.continuationToken,
    });
    return {
      items: result.items.map((item) => this.documents.decode(item)),
      continuationToken: result.continuationToken,
    };
  }

  /**
   * A page of a timer's work list, across partitions (no ORDER BY: Azure's gateway serves such a
   * query directly; see docs/architecture.md). A document that cannot be decoded is left out and
   * reported in `skipped`, so the timer logs it and goes on with the rest.
   */
  protected async workPage(query: QueryOf, page: PageRequest): Promise<Page<Versioned<T>>> {
    const result = await this.store.query(this.container, query, {
      maxItemCount: page.limit,
      continuationToken: page.continuationToken,
    });
    const items: Versioned<T>[] = [];
    const skipped: UnreadableDocument[] = [];
    for (const item of result.items) {
      const decoded = this.documents.tryDecode(item);
      if ('problems' in decoded) skipped.push(decoded);
      else items.push(decoded);
    }
    return { items, continuationToken: result.continuationToken, skipped };
  }

  /**
   * A page of a query for keys only (`SELECT c.id ...`, across partitions): what deleting documents
   * needs, whatever else they hold, so a purge deletes even what it could not decode.
   */
  protected async keysPage<K>(
    select: string,
    parameter: { name: string; value: string },
    keyOf: z.ZodType<K>,
    page: PageRequest,
  ): Promise<Page<K>> {
    const versioned = await this.versionedKeysPage(select, parameter, keyOf, page);
    return { ...versioned, items: versioned.items.map((key) => key.value) };
  }

  /** Keys with the version each was read at; `select` must project `c._etag`. */
  protected async versionedKeysPage<K>(
    select: string,
    parameter: { name: string; value: string },
    keyOf: z.ZodType<K>,
    page: PageRequest,
  ): Promise<Page<Versioned<K>>> {
    const result = await this.store.query(
      this.container,
      { query: select, parameters: [parameter] },
      { maxItemCount: page.limit, continuationToken: page.continuationToken },
    );
    const items: Versioned<K>[] = [];
    const skipped: UnreadableDocument[] = [];
    for (const item of result.items) {
      const key = keyOf.safeParse(item.doc);
      if (key.success) items.push({ value: key.data, etag: item.etag });
      else skipped.push(unreadable(this.container, item, key.error));
    }
    return { items, continuationToken: result.continuationToken, skipped };
  }
}

/** The `@now` parameter of a timer's "due by now" query. */
export function dueBy(query: string, now: Date): QueryOf {
  return { query, parameters: [{ name: '@now', value: now.toISOString() }] };
}
