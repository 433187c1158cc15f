import { DomainError } from '../domain/errors';

/**
 * A client's `If-Match` (RFC 9110 §13.1.1): a change applies only to the version of the document the
 * client read. The version is the store's etag of the document, sent as the resource's ETag.
 */

/**
 * The stored version as an HTTP entity-tag: Cosmos DB's `_etag` is already quoted (`"0000…"`); a store
 * whose etags are bare (the local emulator) gets the quotes the header needs.
 */
export function entityTag(etag: string): string {
  return etag.startsWith('"') ? etag : `"${etag}"`;
}

/** `If-Match: *`: any current version will do. */
export function isAnyVersion(ifMatch: string): boolean {
  return ifMatch.trim() === '*';
}

/**
 * Whether `If-Match` names this version: `*`, or one of its entity-tags by strong comparison (a weak
 * tag, `W/"…"`, never matches; a value that is no entity-tag matches nothing).
 */
export function ifMatchAllows(ifMatch: string, etag: string): boolean {
  if (isAnyVersion(ifMatch)) return true;
  const current = entityTag(etag);
  return (ifMatch.match(/(?:W\/)?"[^"]*"/g) ?? []).some((tag) => tag === current);
}

export function preconditionFailed(): DomainError {
  return new DomainError(
    'precondition_failed',
    'The resource changed since the version If-Match names: read it again (GET), then send the change ' +
      'with its new ETag. Nothing was changed.',
  );
}

/** Refuses, before anything is written, a change whose If-Match does not name the version read. */
export function assertIfMatch(ifMatch: string | null, etag: string): void {
  if (ifMatch !== null && !ifMatchAllows(ifMatch, etag)) throw preconditionFailed();
}
