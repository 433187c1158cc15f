import { DomainError } from './errors';

/**
 * A new token replaces the one before it, so two issued at once leave one of their answers holding a
 * token that no longer works. Within this long of the last reissue another is taken for a repeat of
 * the same request (a double click, a client retrying too soon) and refused with 409
 * request_in_progress; Retry-After says when a new one may be asked for.
 */
export const TOKEN_REISSUE_GUARD_MS = 5_000;

export function assertNotJustReissued(reissuedAt: string | null | undefined, now: Date): void {
  if (!reissuedAt) return;
  const wait = Date.parse(reissuedAt) + TOKEN_REISSUE_GUARD_MS - now.getTime();
  if (wait > 0)
    throw new DomainError(
      'request_in_progress',
      'A new token was issued a moment ago; it is the one that works.',
      {
        retryAfterSeconds: Math.ceil(wait / 1000),
      },
    );
}
