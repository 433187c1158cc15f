import { DomainError } from '../domain/errors';
import { effectiveKeyState, revoked, type KeyState, type ProductKeyRecord } from '../domain/inventory';
import { checkKey } from '../domain/product-key';
import type { Redemption } from '../domain/redemption';
import type { Principal } from '../domain/principal';
import { assertOperator } from './callers';
import type { AppDeps } from './deps';
import { modify } from './modify';

type Deps = Pick<AppDeps, 'clock' | 'repos' | 'hasher'>;

/** Validates a key typed by someone; a wrong format or check symbol never reaches the store. */
export function keyIdOf(deps: Pick<AppDeps, 'hasher'>, input: string): { keyId: string; normalized: string } {
  const check = checkKey(input);
  if (!check.ok) {
    throw new DomainError(
      check.code,
      check.code === 'invalid_key_format'
        ? 'A product key has 25 symbols from BCDFGHJKMPQRTVWXY2346789, in 5 groups of 5.'
        : 'This key has a typing mistake: its check symbol does not match.',
    );
  }
  return { keyId: deps.hasher.hash('product-key', check.normalized), normalized: check.normalized };
}

export function keyNotFound(): DomainError {
  return new DomainError('key_not_found', 'No product key matches this key; check it for typing mistakes.');
}

/** The redemption named by a key's reservation, if any. */
export async function reservationHolder(
  deps: Pick<AppDeps, 'repos'>,
  key: ProductKeyRecord,
): Promise<Redemption | null> {
  if (!key.reservation) return null;
  const holder = await deps.repos.redemptions.get(key.reservation.partnerId, key.reservation.redemptionId);
  return holder?.value ?? null;
}

export interface KeyStatus {
  key: ProductKeyRecord;
  state: KeyState;
}

export async function lookupKey(deps: Deps, principal: Principal, input: string): Promise<KeyStatus> {
  assertOperator(principal);
  const { keyId } = keyIdOf(deps, input);
  const found = await deps.repos.productKeys.get(keyId);
  if (!found) throw keyNotFound();
  const holder = await reservationHolder(deps, found.value);
  return { key: found.value, state: effectiveKeyState(found.value, holder, deps.clock.now()) };
}

/**
 * Revoking a key that sits in an open redemption is allowed: the wizard will refuse to complete
 * with it. Revoking twice is harmless.
 */
export async function revokeKey(
  deps: Deps,
  principal: Principal,
  input: string,
  reason: string,
): Promise<KeyStatus> {
  assertOperator(principal);
  const { keyId } = keyIdOf(deps, input);
  const now = deps.clock.now();
  const updated = await modify(deps.repos.productKeys.at(keyId), (key) => {
    const next = revoked(key, reason, now);
    return next === key ? undefined : next;
  });
  if (!updated) throw keyNotFound();
  return { key: updated.value, state: updated.value.state };
}
