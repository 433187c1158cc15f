import {
  AlreadyExistsError,
  StaleWriteError,
  type IdempotencyRecord,
  type Repository,
  type Versioned,
} from '../app/ports';
import { sha256, type SecretHasher, type Sealer } from '../crypto/secrets';
import { DomainError } from '../domain/errors';
import { addMilliseconds, iso } from '../domain/time';
import { canonicalBody } from '../text/canonical-json';
import type { Reply } from './responses';

/**
 * `Idempotency-Key` on POST: same principal + same key + same request within 24 h replays the first
 * response. Only successful (2xx) responses are kept: a 4xx changed nothing, so the request may be
 * corrected and sent again with the same key; a crash or 5xx frees the key for a retry, which the
 * resumable use cases finish without doubling anything.
 */
export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60_000;
/**
 * How long a running request holds its key before it is presumed dead: a crashed host, or a store
 * that failed while the key was released or the answer kept (the client was answered 503, and its
 * retry must not wait long). Every HTTP request is answered within seconds (store calls have a 3 s
 * deadline), and the use cases are resumable, so a retry that overlaps a slow first run is still
 * safe: it finishes the same work, it never doubles it.
 */
export const IDEMPOTENCY_LOCK_MS = 30_000;
const KEY_PATTERN = /^[\x20-\x7e]{1,255}$/;

export interface IdempotencyDeps {
  repos: { idempotency: Repository<IdempotencyRecord> };
  hasher: SecretHasher;
  sealer: Sealer;
  clock: { now(): Date };
}

export interface IdempotentRequest {
  key: string | null;
  principal: string;
  method: string;
  path: string;
  body: string;
  /** The tenants the request names (in its path): the kept answer may hold their data. */
  tenantIds?: string[];
}

/**
 * Tenants an answer names (`tenantId` anywhere, or a `tenant` object's `id`), with those of the request:
 * the record is deleted with their data when such a tenant is purged.
 */
export function tenantsNamed(reply: Reply, fromRequest: string[] = []): string[] {
  const found = new Set(fromRequest);
  const visit = (value: unknown, key: string | null): void => {
    if (Array.isArray(value)) value.forEach((item) => visit(item, null));
    else if (value && typeof value === 'object') {
      for (const [name, inner] of Object.entries(value as Record<string, unknown>)) {
        if (name === 'tenantId' && typeof inner === 'string') found.add(inner);
        if (name === 'id' && key === 'tenant' && typeof inner === 'string') found.add(inner);
        visit(inner, name);
      }
    }
  };
  if (reply.body && (reply.headers['content-type'] ?? '').includes('json')) {
    try {
      visit(JSON.parse(reply.body), null);
    } catch {
      // Not JSON after all: nothing named.
    }
  }
  return [...found];
}

interface StoredReply {
  status: number;
  headers: Record<string, string>;
  body?: string;
}

export function validIdempotencyKey(key: string | null): void {
  if (key !== null && !KEY_PATTERN.test(key)) {
    throw new DomainError(
      'invalid_idempotency_key',
      'Idempotency-Key must be 1 to 255 printable ASCII characters.',
    );
  }
}

function freshRecord(id: string, fingerprint: string, now: Date): IdempotencyRecord {
  return {
    id,
    fingerprint,
    state: 'in_progress',
    lockedUntil: iso(addMilliseconds(now, IDEMPOTENCY_LOCK_MS)),
    createdAt: iso(now),
    expiresAt: iso(addMilliseconds(now, IDEMPOTENCY_WINDOW_MS)),
    response: null,
    ttl: IDEMPOTENCY_WINDOW_MS / 1000,
  };
}

type Claim = { kind: 'claimed'; record: Versioned<IdempotencyRecord> } | { kind: 'replay'; reply: Reply };

async function claim(deps: IdempotencyDeps, id: string, fingerprint: string): Promise<Claim> {
  const repo = deps.repos.idempotency;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const now = deps.clock.now();
    // Create first: a key is almost always new, so the read is paid only on a repeat.
    try {
      return { kind: 'claimed', record: await repo.create(freshRecord(id, fingerprint, now)) };
    } catch (error) {
      if (!(error instanceof AlreadyExistsError)) throw error;
    }
    const existing = await repo.get(id);
    if (!existing) continue;
    const record = existing.value;
    const expired = now.getTime() >= Date.parse(record.expiresAt);
    if (!expired) {
      if (record.fingerprint !== fingerprint) {
        throw new DomainError(
          'idempotency_key_reused',
          'This Idempotency-Key was used with a different request; use a new key for a new request.',
        );
      }
      if (record.state === 'completed' && record.response) {
        const stored = JSON.parse(deps.sealer.open(record.response)) as StoredReply;
        return {
          kind: 'replay',
          reply: { ...stored, headers: { ...stored.headers, 'idempotent-replayed': 'true' } },
        };
      }
      if (now.getTime() < Date.parse(record.lockedUntil)) throw inProgress();
    }
    try {
      return {
        kind: 'claimed',
        record: await repo.replace(freshRecord(id, fingerprint, now), existing.etag),
      };
    } catch (error) {
      if (!(error instanceof StaleWriteError)) throw error;
    }
  }
  throw inProgress();
}

function inProgress(): DomainError {
  return new DomainError(
    'request_in_progress',
    'A request with this Idempotency-Key is still running; retry after it finishes.',
    { retryAfterSeconds: 1 },
  );
}

/** What a replay repeats of the first answer: what it is, where it points, and that no cache may keep it. */
const REPLAYED_HEADERS = ['content-type', 'location', 'cache-control'];

export async function withIdempotency(
  deps: IdempotencyDeps,
  request: IdempotentRequest,
  run: () => Promise<Reply>,
): Promise<Reply> {
  if (request.key === null) return run();
  const id = deps.hasher.hash('idempotency', `${request.principal}\n${request.key}`);
  // The same JSON with other spacing or key order is the same request.
  const fingerprint = sha256(`${request.method} ${request.path}\n${canonicalBody(request.body)}`);
  const claimed = await claim(deps, id, fingerprint);
  if (claimed.kind === 'replay') return claimed.reply;

  let reply: Reply;
  try {
    reply = await run();
  } catch (error) {
    await release(deps, id);
    throw error;
  }
  if (reply.status >= 200 && reply.status < 300) {
    const headers = Object.fromEntries(
      Object.entries(reply.headers).filter(([name]) => REPLAYED_HEADERS.includes(name)),
    );
    const stored: StoredReply = {
      status: reply.status,
      headers,
      ...(reply.body !== undefined ? { body: reply.body } : {}),
    };
    const tenantIds = tenantsNamed(reply, request.tenantIds);
    const completed: IdempotencyRecord = {
      ...claimed.record.value,
      state: 'completed',
      response: deps.sealer.seal(JSON.stringify(stored)),
      ...(tenantIds.length > 0 ? { tenantIds } : {}),
    };
    // Not swallowed: a client told "done" must be able to replay; if the record cannot be written the
    // client sees an error instead, and the key is freed so that its retry at once meets a use case
    // that is safe to repeat.
    try {
      await keep(deps, completed, claimed.record.etag);
    } catch (error) {
      await release(deps, id);
      throw error;
    }
  } else {
    await release(deps, id);
  }
  return reply;
}

/**
 * Writes the answer down, trying three times: a lost answer turns a finished request into a retry.
 * A stale write after a failed try means that try landed (its reply was what failed).
 */
async function keep(deps: IdempotencyDeps, record: IdempotencyRecord, etag: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await deps.repos.idempotency.replace(record, etag);
      return;
    } catch (error) {
      if (attempt > 1 && error instanceof StaleWriteError) return;
      if (attempt >= 3) throw error;
    }
  }
}

/** Frees the key for a retry; tried twice, as a key left held makes the retry wait for its lock. */
async function release(deps: IdempotencyDeps, id: string): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await deps.repos.idempotency.delete(id);
      return;
    } catch {
      // The store failed: try once more, then leave the lock to lapse.
    }
  }
}
