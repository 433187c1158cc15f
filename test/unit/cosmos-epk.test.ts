import fc from 'fast-check';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { effectivePartitionKey, keyRanges, rangeOf } from '../../dev/cosmos-gateway/epk';

/**
 * The local gateway's effective partition keys against the SDK's own (which routes bulk operations to
 * ranges by them): the SDK's published test vectors, then any string. The SDK's hashing is not
 * exported, so the test loads its file by path (the package's exports map names only its entry).
 */
const sdkFile = (path: string) => join(dirname(createRequire(__filename).resolve('@azure/cosmos')), path);
// eslint-disable-next-line @typescript-eslint/no-require-imports -- an unexported file of the SDK, in a test only
const { hashV2PartitionKey } = require(sdkFile('utils/hashing/v2.js')) as {
  hashV2PartitionKey(key: unknown[]): string;
};

describe('effective partition keys (hash version 2)', () => {
  it("when the SDK's own test values are hashed, then they match", () => {
    expect(effectivePartitionKey('redmond')).toBe('22E342F38A486A088463DFF7838A5963');
    expect(effectivePartitionKey('')).toBe('32E9366E637A71B4E710384B2F4970A0');
    expect(effectivePartitionKey('a'.repeat(110))).toBe('0BA3E9CA8EE4C14538828D1612A4B652');
    expect(effectivePartitionKey('asdf')).toBe('208BF1D598F5B63AD5520F04FE58C5E8');
  });

  it('when any string is hashed, then the SDK computes the same key', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (value) => {
        expect(effectivePartitionKey(value)).toBe(hashV2PartitionKey([value]));
      }),
      { numRuns: 500 },
    );
  });

  it('when ranges are made, then they cover "" to "FF" without gap, and ids spread over four ranges', () => {
    const ranges = keyRanges(4);
    expect(ranges.map((r) => r.id)).toEqual(['0', '1', '2', '3']);
    expect(ranges[0]?.minInclusive).toBe('');
    expect(ranges[3]?.maxExclusive).toBe('FF');
    for (let i = 1; i < ranges.length; i += 1)
      expect(ranges[i]?.minInclusive).toBe(ranges[i - 1]?.maxExclusive);
    expect(keyRanges(1)).toEqual([{ id: '0', minInclusive: '', maxExclusive: 'FF' }]);
    const counts = new Map<string, number>();
    for (let i = 0; i < 4000; i += 1) {
      const range = rangeOf(effectivePartitionKey(`tenant-${i}`), ranges).id;
      counts.set(range, (counts.get(range) ?? 0) + 1);
    }
    // Fixed ids, so the count is the same every run: each range holds about a quarter.
    for (const id of ['0', '1', '2', '3']) expect(counts.get(id) ?? 0).toBeGreaterThan(700);
  });
});
