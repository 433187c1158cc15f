/**
 * Product keys: 25 symbols from a 24-symbol alphabet (no vowels, no look-alikes), 5 groups of 5.
 * The 25th symbol is a Luhn mod N check symbol (N = 24) over the first 24, so any single mistyped
 * symbol is caught before the store is asked.
 */
export const KEY_ALPHABET = 'BCDFGHJKMPQRTVWXY2346789';
export const KEY_LENGTH = 25;
const N = KEY_ALPHABET.length;
const GROUP = 5;
const MASKED_GROUP = '•••••';

export type KeyCheck =
  { ok: true; normalized: string } | { ok: false; code: 'invalid_key_format' | 'key_checksum_mismatch' };

/** Case-insensitive; spaces (any white space) and hyphens are ignored. */
export function normalizeKey(input: string): string {
  return input.replace(/[\s-]+/g, '').toUpperCase();
}

function codePoint(symbol: string): number {
  return KEY_ALPHABET.indexOf(symbol);
}

/** The standard "generate the check character" form of Luhn mod N. */
export function checkSymbolFor(payload: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = payload.length - 1; i >= 0; i -= 1) {
    const addend = factor * codePoint(payload.charAt(i));
    factor = factor === 2 ? 1 : 2;
    sum += Math.floor(addend / N) + (addend % N);
  }
  return KEY_ALPHABET.charAt((N - (sum % N)) % N);
}

export function checkKey(input: string): KeyCheck {
  const normalized = normalizeKey(input);
  if (normalized.length !== KEY_LENGTH || [...normalized].some((s) => codePoint(s) < 0)) {
    return { ok: false, code: 'invalid_key_format' };
  }
  if (checkSymbolFor(normalized.slice(0, KEY_LENGTH - 1)) !== normalized.charAt(KEY_LENGTH - 1)) {
    return { ok: false, code: 'key_checksum_mismatch' };
  }
  return { ok: true, normalized };
}

/** `randomIndex(n)` returns a uniform integer in [0, n); crypto-strong in production. */
export function generateKey(randomIndex: (n: number) => number): string {
  let payload = '';
  for (let i = 0; i < KEY_LENGTH - 1; i += 1) payload += KEY_ALPHABET.charAt(randomIndex(N));
  return payload + checkSymbolFor(payload);
}

export function formatKey(normalized: string): string {
  const groups: string[] = [];
  for (let i = 0; i < normalized.length; i += GROUP) groups.push(normalized.slice(i, i + GROUP));
  return groups.join('-');
}

export function lastGroupOf(normalized: string): string {
  return normalized.slice(-GROUP);
}

/** Only the last group is ever shown back: `•••••-•••••-•••••-•••••-7QX9B`. */
export function maskKey(lastGroup: string): string {
  return [MASKED_GROUP, MASKED_GROUP, MASKED_GROUP, MASKED_GROUP, lastGroup].join('-');
}
