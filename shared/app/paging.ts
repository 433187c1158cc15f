import { z } from 'zod';
import { sha256 } from '../crypto/secrets';
import { DomainError } from '../domain/errors';

/**
 * Continuation tokens handed to clients wrap the store's own token with the list they belong to, so
 * a token from one list (or another partner's) is refused instead of silently misread.
 */
const Wrapped = z.object({ s: z.string(), t: z.string() });

function scopeTag(scope: string): string {
  return sha256(scope).slice(0, 16);
}

export function encodeContinuation(storeToken: string | null, scope: string): string | null {
  if (storeToken === null) return null;
  return Buffer.from(JSON.stringify({ s: scopeTag(scope), t: storeToken })).toString('base64url');
}

export function decodeContinuation(token: string | undefined, scope: string): string | null {
  if (token === undefined) return null;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  const wrapped = Wrapped.safeParse(decoded);
  if (wrapped.success && wrapped.data.s === scopeTag(scope)) return wrapped.data.t;
  throw new DomainError('invalid_continuation_token', 'This continuationToken does not belong to this list.');
}
