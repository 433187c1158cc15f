/**
 * Effective partition keys as Azure Cosmos DB computes them for a container whose partition key
 * definition has `version: 2` (what infra/modules/cosmos.bicep deploys): MurmurHash3 x64 128-bit,
 * seed 0, over the key's binary encoding (a string: 0x08, its UTF-8 bytes, 0xFF; no truncation), the
 * 16 bytes reversed, the top two bits of the first cleared, upper-case hex. The same algorithm as
 * `@azure/cosmos` 4.9 `utils/hashing/v2.js` (`hashV2PartitionKey`), which routes bulk operations to
 * partition key ranges; test/unit/cosmos-gateway.test.ts holds the two together.
 */
const MASK_64 = (1n << 64n) - 1n;
const C1 = 0x87c37b91114253d5n;
const C2 = 0x4cf5ad432745937fn;

function rotl(x: bigint, r: bigint): bigint {
  return ((x << r) | (x >> (64n - r))) & MASK_64;
}

function fmix(k: bigint): bigint {
  let h = k;
  h ^= h >> 33n;
  h = (h * 0xff51afd7ed558ccdn) & MASK_64;
  h ^= h >> 33n;
  h = (h * 0xc4ceb9fe1a85ec53n) & MASK_64;
  h ^= h >> 33n;
  return h;
}

function littleEndian64(bytes: Uint8Array, at: number, length = 8): bigint {
  let value = 0n;
  for (let i = length - 1; i >= 0; i -= 1) value = (value << 8n) | BigInt(bytes[at + i] ?? 0);
  return value;
}

/** MurmurHash3 x64 128-bit: h1 then h2, each as 8 little-endian bytes. */
export function murmur3x64x128(bytes: Uint8Array, seed = 0n): Uint8Array {
  let h1 = seed;
  let h2 = seed;
  const blocks = Math.floor(bytes.length / 16);
  for (let i = 0; i < blocks; i += 1) {
    let k1 = littleEndian64(bytes, i * 16);
    let k2 = littleEndian64(bytes, i * 16 + 8);
    k1 = (k1 * C1) & MASK_64;
    k1 = rotl(k1, 31n);
    k1 = (k1 * C2) & MASK_64;
    h1 ^= k1;
    h1 = rotl(h1, 27n);
    h1 = (h1 + h2) & MASK_64;
    h1 = (h1 * 5n + 0x52dce729n) & MASK_64;
    k2 = (k2 * C2) & MASK_64;
    k2 = rotl(k2, 33n);
    k2 = (k2 * C1) & MASK_64;
    h2 ^= k2;
    h2 = rotl(h2, 31n);
    h2 = (h2 + h1) & MASK_64;
    h2 = (h2 * 5n + 0x38495ab5n) & MASK_64;
  }
  const tail = blocks * 16;
  const rest = bytes.length - tail;
  if (rest > 8) {
    let k2 = littleEndian64(bytes, tail + 8, rest - 8);
    k2 = (k2 * C2) & MASK_64;
    k2 = rotl(k2, 33n);
    k2 = (k2 * C1) & MASK_64;
    h2 ^= k2;
  }
  if (rest > 0) {
    let k1 = littleEndian64(bytes, tail, Math.min(rest, 8));
    k1 = (k1 * C1) & MASK_64;
    k1 = rotl(k1, 31n);
    k1 = (k1 * C2) & MASK_64;
    h1 ^= k1;
  }
  const length = BigInt(bytes.length);
  h1 ^= length;
  h2 ^= length;
  h1 = (h1 + h2) & MASK_64;
  h2 = (h2 + h1) & MASK_64;
  h1 = fmix(h1);
  h2 = fmix(h2);
  h1 = (h1 + h2) & MASK_64;
  h2 = (h2 + h1) & MASK_64;
  const out = new Uint8Array(16);
  for (let i = 0; i < 8; i += 1) {
    out[i] = Number((h1 >> BigInt(8 * i)) & 0xffn);
    out[8 + i] = Number((h2 >> BigInt(8 * i)) & 0xffn);
  }
  return out;
}

/** The key's binary encoding, by its JSON type (strings, numbers, booleans, null; as the SDK's). */
function encoded(value: unknown): Uint8Array {
  if (typeof value === 'string') return Uint8Array.from([0x08, ...Buffer.from(value, 'utf8'), 0xff]);
  if (typeof value === 'number') {
    const number = Buffer.alloc(9);
    number[0] = 0x05;
    number.writeDoubleLE(value, 1);
    return number;
  }
  if (value === true) return Uint8Array.of(0x03);
  if (value === false) return Uint8Array.of(0x02);
  if (value === null) return Uint8Array.of(0x01);
  return Uint8Array.of(0x00);
}

/** The effective partition key (32 upper-case hex digits) of a partition key value. */
export function effectivePartitionKey(value: unknown): string {
  const hash = murmur3x64x128(encoded(value)).reverse();
  hash[0] = (hash[0] as number) & 0x3f;
  return Buffer.from(hash).toString('hex').toUpperCase();
}

/** A partition key range as the gateway reports it: ids "0", "1", ...; `[minInclusive, maxExclusive)`. */
export interface KeyRange {
  id: string;
  minInclusive: string;
  maxExclusive: string;
}

/**
 * `count` ranges covering "" to "FF" without gap. Version-2 hashes all fall below "40…" (their top
 * two bits are cleared), so the split is of that space, in equal parts, or every document would land
 * in the first range. Azure's own boundaries for a new container with N physical partitions are not
 * documented; the SDK needs only complete, contiguous, sorted ranges (CollectionRoutingMapFactory).
 */
export function keyRanges(count: number): KeyRange[] {
  const space = 1n << 126n;
  const bounds = Array.from({ length: count - 1 }, (_, i) =>
    ((space * BigInt(i + 1)) / BigInt(count)).toString(16).toUpperCase().padStart(32, '0'),
  );
  const edges = ['', ...bounds, 'FF'];
  return Array.from({ length: count }, (_, i) => ({
    id: String(i),
    minInclusive: edges[i] as string,
    maxExclusive: edges[i + 1] as string,
  }));
}

export function rangeOf(epk: string, ranges: readonly KeyRange[]): KeyRange {
  const found = ranges.find((range) => epk >= range.minInclusive && epk < range.maxExclusive);
  if (!found) throw new Error(`no range holds ${epk}`);
  return found;
}
