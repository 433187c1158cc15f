import { setTimeout as sleep } from 'node:timers/promises';
import {
  ErrorResponse,
  type Container,
  type CosmosClient,
  type JSONObject,
  type SqlQuerySpec,
} from '@azure/cosmos';
import {
  AlreadyExistsError,
  InvalidContinuationError,
  StaleWriteError,
  StoreBusyError,
  StoreUnavailableError,
} from '../../app/ports';
import { CONTAINERS, type ContainerName } from './containers';

/**
 * The one port through which all persistence goes. Repositories are typed views over it; tests wrap
 * it to inject failures at any write. Documents come back without Cosmos' system properties, their
 * `_etag` returned beside them for the next conditional write.
 */
export interface StoredDocument {
  doc: Record<string, unknown>;
  etag: string;
}

export interface QueryOptions {
  /** Set for single-partition queries (request paths); unset only for timers' fan-out queries. */
  partitionKey?: string;
  maxItemCount: number;
  continuationToken: string | null;
}

export interface DocumentStore {
  read(container: ContainerName, id: string, partitionKey: string): Promise<StoredDocument | null>;
  create(container: ContainerName, doc: Record<string, unknown>): Promise<StoredDocument>;
  replace(container: ContainerName, doc: Record<string, unknown>, etag: string): Promise<StoredDocument>;
  /** Deletes; gone already is done. With `etag`, only that version (else StaleWriteError). */
  delete(container: ContainerName, id: string, partitionKey: string, etag?: string): Promise<void>;
  query(
    container: ContainerName,
    query: SqlQuerySpec,
    options: QueryOptions,
  ): Promise<{ items: StoredDocument[]; continuationToken: string | null }>;
  /** Bulk create; returns the ids that already existed. Throws if anything else failed. */
  createMany(container: ContainerName, docs: Record<string, unknown>[]): Promise<{ existingIds: string[] }>;
  /** Cheap round trip to tell whether the store answers (health); gives up after `timeoutMs`. */
  ping(timeoutMs: number): Promise<void>;
}

/**
 * Every call on a request's path is given up after this long, the SDK's retries included, so that a
 * request meets a failing store with an answer (503) within five seconds, never a minute's wait.
 */
const CALL_DEADLINE_MS = 3_000;
/** Timers' cross-partition queries: nobody waits on them, and a local scan of 100,000 documents is slow. */
const FAN_OUT_DEADLINE_MS = 30_000;

function deadline(ms = CALL_DEADLINE_MS): { abortSignal: AbortSignal } {
  return { abortSignal: AbortSignal.timeout(ms) };
}

const SYSTEM_PROPERTIES = ['_rid', '_self', '_etag', '_attachments', '_ts', '_lsn'];
const PARALLEL_CREATES = 16;

function withoutSystemProperties(resource: Record<string, unknown>): Record<string, unknown> {
  const doc = { ...resource };
  for (const key of SYSTEM_PROPERTIES) delete doc[key];
  return doc;
}

function stored(resource: Record<string, unknown>, etag?: string): StoredDocument {
  return { doc: withoutSystemProperties(resource), etag: etag ?? String(resource['_etag']) };
}

function statusOf(error: unknown): number | undefined {
  if (error instanceof ErrorResponse) return typeof error.code === 'number' ? error.code : error.statusCode;
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'number')
    return error.code;
  return undefined;
}

function partitionKeyOf(container: ContainerName, doc: Record<string, unknown>): string {
  const field = CONTAINERS[container].partitionKeyPath.slice(1);
  const value = doc[field];
  if (typeof value !== 'string') throw new Error(`${container} document has no ${field}`);
  return value;
}

const CONNECTION_FAILURES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'REQUEST_SEND_ERROR',
  'TimeoutError',
]);
const UNAVAILABLE_STATUSES = new Set([408, 500, 502, 503, 504]);

/** Why the store could not be reached, if that is what the error says; null for any other error. */
function unavailability(error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  if (error.name === 'AbortError' || error.name === 'TimeoutError') return 'no answer in time';
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && CONNECTION_FAILURES.has(code)) return code;
  const status = statusOf(error);
  if (status !== undefined && UNAVAILABLE_STATUSES.has(status)) return `status ${status}`;
  const cause = (error as { cause?: unknown }).cause;
  return cause ? unavailability(cause) : null;
}

/** Maps what the SDK throws to the port's own errors (404 is handled by each caller). */
function translate(error: unknown, id: string): unknown {
  const unavailable = unavailability(error);
  if (unavailable) return new StoreUnavailableError(unavailable);
  switch (statusOf(error)) {
    case 409:
      return new AlreadyExistsError(id);
    case 412:
      return new StaleWriteError(id);
    case 429: {
      const retryAfterMs = error instanceof ErrorResponse ? (error.retryAfterInMs ?? 1000) : 1000;
      return new StoreBusyError(retryAfterMs);
    }
    default:
      return error;
  }
}

export interface DocumentStoreOptions {
  /**
   * How long a bulk create may keep waiting out throttling (a 10,000-key batch writes about 55,000
   * RU; a serverless container serves about 5,000 RU/s): well inside the 230 s an HTTP request may
   * take in Azure.
   */
  bulkDeadlineMs: number;
}

export const DEFAULT_DOCUMENT_STORE_OPTIONS: DocumentStoreOptions = { bulkDeadlineMs: 120_000 };

export class CosmosDocumentStore implements DocumentStore {
  private readonly containers = new Map<ContainerName, Container>();

  constructor(
    private readonly client: CosmosClient,
    private readonly databaseId: string,
    private readonly options: DocumentStoreOptions = DEFAULT_DOCUMENT_STORE_OPTIONS,
  ) {}

  private container(name: ContainerName): Container {
    let container = this.containers.get(name);
    if (!container) {
      container = this.client.database(this.databaseId).container(name);
      this.containers.set(name, container);
    }
    return container;
  }

  async read(container: ContainerName, id: string, partitionKey: string): Promise<StoredDocument | null> {
    try {
      const response = await this.container(container).item(id, partitionKey).read<JSONObject>(deadline());
      return response.resource ? stored(response.resource, response.etag) : null;
    } catch (error) {
      if (statusOf(error) === 404) return null;
      throw translate(error, id);
    }
  }

  async create(container: ContainerName, doc: Record<string, unknown>): Promise<StoredDocument> {
    try {
      const response = await this.container(container).items.create(doc, deadline());
      return stored(response.resource ?? doc, response.etag);
    } catch (error) {
      throw translate(error, String(doc['id']));
    }
  }

  async replace(
    container: ContainerName,
    doc: Record<string, unknown>,
    etag: string,
  ): Promise<StoredDocument> {
    const id = String(doc['id']);
    try {
      const response = await this.container(container)
        .item(id, partitionKeyOf(container, doc))
        .replace(doc, { accessCondition: { type: 'IfMatch', condition: etag }, ...deadline() });
      return stored(response.resource ?? doc, response.etag);
    } catch (error) {
      // A document deleted since it was read is as stale as one changed since.
      if (statusOf(error) === 404) throw new StaleWriteError(id);
      throw translate(error, id);
    }
  }

  async delete(container: ContainerName, id: string, partitionKey: string, etag?: string): Promise<void> {
    try {
      await this.container(container)
        .item(id, partitionKey)
        .delete({
          ...(etag === undefined ? {} : { accessCondition: { type: 'IfMatch', condition: etag } }),
          ...deadline(),
        });
    } catch (error) {
      if (statusOf(error) === 404) return;
      throw translate(error, id);
    }
  }

  async query(
    container: ContainerName,
    query: SqlQuerySpec,
    options: QueryOptions,
  ): Promise<{ items: StoredDocument[]; continuationToken: string | null }> {
    try {
      const iterator = this.container(container).items.query<JSONObject>(query, {
        // A timer's fan-out query may scan a large container (locally); a request's is one partition.
        ...deadline(options.partitionKey === undefined ? FAN_OUT_DEADLINE_MS : CALL_DEADLINE_MS),
        maxItemCount: options.maxItemCount,
        ...(options.continuationToken ? { continuationToken: options.continuationToken } : {}),
        ...(options.partitionKey !== undefined ? { partitionKey: options.partitionKey } : {}),
      });
      const response = await iterator.fetchNext();
      return {
        // An empty page can come back as `undefined` (Azure/azure-sdk-for-js#39871, on the SDK's
        // pipelined path, which this code keeps off; fixed after 4.9): read as no documents.
        items: (response.resources ?? []).map((resource) => stored(resource)),
        continuationToken: response.continuationToken ?? null,
      };
    } catch (error) {
      if (statusOf(error) === 400 && options.continuationToken) throw new InvalidContinuationError();
      throw translate(error, container);
    }
  }

  /**
   * Creates many documents, waiting out throttling: what the store refuses for its rate (429, after
   * the SDK's own three retries) is sent again after the wait it asked for, until the bulk deadline,
   * then StoreBusyError. What was written by then stays written: callers resume (key batches).
   */
  async createMany(
    container: ContainerName,
    docs: Record<string, unknown>[],
  ): Promise<{ existingIds: string[] }> {
    const deadline = Date.now() + this.options.bulkDeadlineMs;
    const existingIds: string[] = [];
    let pending = docs;
    for (;;) {
      const round = await this.createRound(container, pending, deadline);
      existingIds.push(...round.existingIds);
      if (round.throttled.length === 0) return { existingIds };
      if (Date.now() + round.retryAfterMs > deadline)
        throw new StoreBusyError(Math.max(1000, round.retryAfterMs));
      await sleep(round.retryAfterMs);
      pending = round.throttled;
    }
  }

  /** One pass: the ids that existed, the documents refused for the rate, and the longest wait asked. */
  private async createRound(
    container: ContainerName,
    docs: Record<string, unknown>[],
    deadline: number,
  ): Promise<{ existingIds: string[]; throttled: Record<string, unknown>[]; retryAfterMs: number }> {
    const outcome = {
      existingIds: [] as string[],
      throttled: [] as Record<string, unknown>[],
      retryAfterMs: 0,
    };
    const settle = (doc: Record<string, unknown>, error: unknown) => {
      if (error instanceof AlreadyExistsError) outcome.existingIds.push(error.id);
      else if (error instanceof StoreBusyError) {
        outcome.throttled.push(doc);
        outcome.retryAfterMs = Math.max(outcome.retryAfterMs, error.retryAfterMs);
      } else throw error;
    };
    // Point creates, a few at a time, rather than executeBulkOperations: once throttled, the SDK's
    // bulk executor retries its operations one or two to a batch at a concurrency that climbs back by
    // one a second (bulk/CongestionAlgorithm.js), so 2,000 documents took 87 s behind one 429 where
    // point creates keep the container at its budget (npm run bench, "Key batches").
    let next = 0;
    const worker = async () => {
      while (next < docs.length) {
        const doc = docs[next++] as Record<string, unknown>;
        // Past the deadline nothing more is sent: what is left counts as refused for the rate.
        if (Date.now() > deadline) outcome.throttled.push(doc);
        else await this.create(container, doc).catch((error: unknown) => settle(doc, error));
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_CREATES, docs.length) }, worker));
    return outcome;
  }

  async ping(timeoutMs: number): Promise<void> {
    await this.client.database(this.databaseId).read({ abortSignal: AbortSignal.timeout(timeoutMs) });
  }
}
