import { setTimeout as sleep } from 'node:timers/promises';
import { DomainError } from '../domain/errors';
import { AlreadyExistsError, StaleWriteError, type DocumentRef, type Versioned } from './ports';
import { assertIfMatch, isAnyVersion, preconditionFailed } from './preconditions';

const MAX_ATTEMPTS = 12;

/**
 * Runs `attempt` until its conditional write is not stale. Between tries it waits a random,
 * growing pause, so that many writers racing for one document take turns instead of colliding
 * again in lockstep. A loser every time gets a 503 `store_busy`, never a lost update.
 */
export async function retryOnStale<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof StaleWriteError)) throw error;
      if (tries >= MAX_ATTEMPTS) {
        throw new DomainError('store_busy', 'Too many concurrent changes to the same resource; try again.', {
          retryAfterSeconds: 1,
        });
      }
      await sleep(Math.random() * Math.min(200, 4 * 2 ** tries));
    }
  }
}

/** What to write instead of `current`, or undefined for nothing; it may read (a lifecycle step). */
type Change<T> = (current: T) => T | undefined | Promise<T | undefined>;

/**
 * Read-modify-write of one document with a conditional write, re-read and re-decided when another
 * writer got there first: the one retry of the code for a stale write. `change` returns the new
 * document, or undefined when there is nothing to write; it may throw a DomainError, which ends the
 * attempt. Returns null when the document does not exist.
 */
export async function modify<T>(document: DocumentRef<T>, change: Change<T>): Promise<Versioned<T> | null> {
  return retryOnStale(async () => {
    const current = await document.get();
    if (!current) return null;
    const next = await change(current.value);
    return next === undefined ? current : document.replace(next, current.etag);
  });
}

/**
 * `modify` starting from a copy already read: the first try writes against its etag without reading
 * again, and only a stale write costs the re-read. Saves a request where a step just read the document.
 */
export async function modifyFrom<T>(
  document: DocumentRef<T>,
  known: Versioned<T>,
  change: Change<T>,
): Promise<Versioned<T> | null> {
  const next = await change(known.value);
  if (next === undefined) return known;
  try {
    return await document.replace(next, known.etag);
  } catch (error) {
    if (!(error instanceof StaleWriteError)) throw error;
    return modify(document, change);
  }
}

/**
 * `modify` under the client's If-Match (null without one). With none, or `*`, it is `modify`: the
 * change is decided again on whatever another writer wrote. With an entity-tag, the version the client
 * names is the only one the change may apply to: the document (or `known`, a copy this request already
 * read) is compared with it (412 precondition_failed if it is another) and written with a conditional
 * write from that very version, so another writer coming between the read and the write also ends in
 * 412, never in a change decided on a version the client has not seen. Null when the document does
 * not exist.
 */
export async function modifyIfMatch<T>(
  document: DocumentRef<T>,
  ifMatch: string | null,
  change: Change<T>,
  known?: Versioned<T>,
): Promise<Versioned<T> | null> {
  if (ifMatch === null || isAnyVersion(ifMatch)) return modify(document, change);
  const current = known ?? (await document.get());
  if (!current) return null;
  assertIfMatch(ifMatch, current.etag);
  const next = await change(current.value);
  if (next === undefined) return current;
  try {
    return await document.replace(next, current.etag);
  } catch (error) {
    if (error instanceof StaleWriteError) throw preconditionFailed();
    throw error;
  }
}

/**
 * Creates a document whose id was fixed up front (a resumable step): "already there" means an
 * earlier attempt got this far, and counts as done.
 */
export async function createOnce<T extends { id: string }>(
  repository: { create(doc: T): Promise<unknown> },
  doc: T,
): Promise<void> {
  try {
    await repository.create(doc);
  } catch (error) {
    if (!(error instanceof AlreadyExistsError)) throw error;
  }
}

/**
 * One conditional write from the version the caller read, for a change that must not be decided
 * again on another writer's state (a token handed out): when another writer got there first, `undo`
 * runs and the caller is told to try again (409 request_in_progress), never given a result that
 * was overwritten.
 */
export async function replaceUnlessChanged<T>(
  document: DocumentRef<T>,
  known: Versioned<T>,
  next: T,
  undo: () => Promise<void>,
): Promise<Versioned<T>> {
  try {
    return await document.replace(next, known.etag);
  } catch (error) {
    await undo().catch(() => undefined);
    if (!(error instanceof StaleWriteError)) throw error;
    throw new DomainError(
      'request_in_progress',
      'Another change of the same resource came first; try again.',
      {
        retryAfterSeconds: 1,
      },
    );
  }
}
