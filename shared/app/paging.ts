import * as z from 'zod';
import { sha256 } from '../crypto/secrets';
import { DomainError } from '../domain/errors';
import type { Page, PageRequest } from './ports';

/**
 * Continuation tokens handed to callers wrap the store's own token with the list they belong to (who
 * lists, with which filter), so a token from one list (or another partner's) is refused instead of
 * silently misread.
 */
const Wrapped = z.object({ s: z.string(), t: z.string() });

/** A page as the caller asks for it: its token is one this module handed out, or none. */
export interface ListRequest {
  limit: number;
  continuationToken?: string | undefined;
}

function scopeTag(scope: string): string {
  return sha256(scope).slice(0, 16);
}

function encodeContinuation(storeToken: string | null, scope: string): string | null {
  if (storeToken === null) return null;
  return Buffer.from(JSON.stringify({ s: scopeTag(scope), t: storeToken })).toString('base64url');
}

function decodeContinuation(token: string | undefined, scope: string): string | null {
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

/**
 * Reads one page of the list named by `scope`: the caller's token is checked against the scope, the
 * store's next token is wrapped for it, and the items are mapped to what the caller gets.
 */
export async function pageOfList<Stored, Item>(
  scope: string,
  request: ListRequest,
  read: (page: PageRequest) => Promise<Page<Stored>>,
  map: (items: Stored[]) => Item[] | Promise<Item[]>,
): Promise<Page<Item>> {
  const page = await read({
    limit: request.limit,
    continuationToken: decodeContinuation(request.continuationToken, scope),
  });
  return {
    items: await map(page.items),
    continuationToken: encodeContinuation(page.continuationToken, scope),
  };
}
