import { randomInt } from 'node:crypto';
import { generateKey, normalizeKey } from '../../shared/domain/product-key';

/** A key with a valid check symbol that was never minted. */
export function unknownKey(): string {
  return generateKey(randomInt);
}

/** The same key with its first symbol changed: the check symbol no longer matches. */
export function mistyped(key: string): string {
  const normalized = normalizeKey(key);
  return (normalized[0] === 'B' ? 'C' : 'B') + normalized.slice(1);
}
