import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  KEY_ALPHABET,
  checkKey,
  checkSymbolFor,
  formatKey,
  generateKey,
  maskKey,
  normalizeKey,
} from '../../shared/domain/product-key';

const symbol = fc.constantFrom(...KEY_ALPHABET.split(''));
const payload = fc.array(symbol, { minLength: 24, maxLength: 24 }).map((s) => s.join(''));
const validKey = payload.map((p) => p + checkSymbolFor(p));

/** Luhn mod N written out the long way, as a second opinion on the implementation. */
function referenceCheckSymbol(input: string): string {
  const n = KEY_ALPHABET.length;
  const digits = [...input].map((c) => KEY_ALPHABET.indexOf(c)).reverse();
  const sum = digits.reduce((acc, digit, i) => {
    const doubled = i % 2 === 0 ? digit * 2 : digit;
    return acc + Math.floor(doubled / n) + (doubled % n);
  }, 0);
  return KEY_ALPHABET.charAt((n - (sum % n)) % n);
}

describe('product keys', () => {
  // Worked by hand: B=0, C=1, 8=22, 9=23; the rightmost payload symbol is doubled.
  it.each([
    ['BBBBBBBBBBBBBBBBBBBBBBBB', 'B'], // sum 0 → 0
    ['BBBBBBBBBBBBBBBBBBBBBBBC', '8'], // C doubled: 2 → (24 − 2) = 22
    ['BBBBBBBBBBBBBBBBBBBBBBCB', '9'], // C not doubled: 1 → 23
    ['BBBBBBBBBBBBBBBBBBBBBBB9', 'C'], // 9 doubled: 46 → 1 + 22 = 23 → 1
  ])('when the payload is %s, then the check symbol is %s', (input, expected) => {
    expect(checkSymbolFor(input)).toBe(expected);
  });

  it('when any payload is checked, then the symbol matches the long-hand Luhn mod 24', () => {
    fc.assert(
      fc.property(payload, (p) => checkSymbolFor(p) === referenceCheckSymbol(p)),
      { numRuns: 2_000 },
    );
  });

  it('when a key is generated, then it checks out', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 24, maxLength: 24 }), (draws) => {
        let i = 0;
        const key = generateKey((n) => (draws[i++] as number) % n);
        return checkKey(key).ok === true && key.length === 25;
      }),
    );
  });

  it('when any single symbol of a valid key is mistyped, then the check symbol catches it', () => {
    fc.assert(
      fc.property(validKey, fc.nat({ max: 24 }), symbol, (key, position, replacement) => {
        fc.pre(key[position] !== replacement);
        const typo = key.slice(0, position) + replacement + key.slice(position + 1);
        return !checkKey(typo).ok && (checkKey(typo) as { code: string }).code === 'key_checksum_mismatch';
      }),
      { numRuns: 5_000 },
    );
  });

  it('when a key is typed in lower case, with spaces or hyphens, then it normalises to the same key', () => {
    fc.assert(
      fc.property(
        validKey,
        fc.array(fc.constantFrom(' ', '-', '  ', '\t'), { minLength: 25, maxLength: 25 }),
        (key, gaps) => {
          const typed = [...key].map((c, i) => (i % 2 ? c.toLowerCase() : c) + (gaps[i] as string)).join('');
          const check = checkKey(typed);
          return check.ok && check.normalized === key;
        },
      ),
    );
  });

  it.each([
    ['', 'empty'],
    ['BCDFG-HJKMP-QRTVW-XY234-6789', 'one symbol short'],
    ['BCDFG-HJKMP-QRTVW-XY234-6789BB', 'one symbol long'],
    ['BCDFG-HJKMP-QRTVW-XY234-6789A', 'a vowel'],
    ['BCDFG-HJKMP-QRTVW-XY234-67890', 'a zero'],
    ['BCDFG-HJKMP-QRTVW-XY234-6789L', 'an L'],
    ['BCDFG_HJKMP_QRTVW_XY234_6789B', 'underscores'],
  ])('when the input is %j (%s), then it is invalid_key_format', (input) => {
    expect(checkKey(input)).toEqual({ ok: false, code: 'invalid_key_format' });
  });

  it('when a key is shown back, then only its last group is visible', () => {
    expect(maskKey('7QX9B')).toBe('•••••-•••••-•••••-•••••-7QX9B');
    expect(formatKey('BCDFGHJKMPQRTVWXY23467899')).toBe('BCDFG-HJKMP-QRTVW-XY234-67899');
    expect(normalizeKey(' bcdfg-hjkmp ')).toBe('BCDFGHJKMP');
  });
});
