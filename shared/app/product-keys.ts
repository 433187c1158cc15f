import { randomUUID } from 'node:crypto';
import { randomSymbolIndex } from '../crypto/secrets';
import { DomainError } from '../domain/errors';
import { effectiveKeyState, revoked, type KeyState, type ProductKeyRecord } from '../domain/inventory';
import { checkKey, formatKey, generateKey, lastGroupOf } from '../domain/product-key';
import type { Redemption } from '../domain/redemption';
import { iso } from '../domain/time';
import { principalKey, type Principal } from '../domain/principal';
import { assertOperator } from './callers';
import type { AppDeps } from './deps';
import { modify } from './modify';
import type { KeyBatch } from './ports';

type Deps = Pick<AppDeps, 'clock' | 'repos' | 'hasher'>;

export interface KeyTerms {
  sku: string;
  seatsPerKey: number;
  termMonths: number;
}

function keyRecord(
  deps: Deps,
  normalized: string,
  batchId: string,
  terms: KeyTerms,
  now: Date,
): ProductKeyRecord {
  return {
    id: deps.hasher.hash('product-key', normalized),
    batchId,
    sku: terms.sku,
    seats: terms.seatsPerKey,
    termMonths: terms.termMonths,
    lastGroup: lastGroupOf(normalized),
    state: 'available',
    reservation: null,
    redemption: null,
    revocation: null,
    createdAt: iso(now),
  };
}

function batchRecord(
  id: string,
  mode: KeyBatch['mode'],
  terms: KeyTerms,
  counts: Pick<KeyBatch, 'created' | 'duplicates' | 'invalid'>,
  now: Date,
  createdBy: string,
): KeyBatch {
  // Fields picked one by one: the terms passed in may carry the imported keys themselves.
  const { sku, seatsPerKey, termMonths } = terms;
  return { id, mode, sku, seatsPerKey, termMonths, ...counts, createdAt: iso(now), createdBy };
}

/**
 * Mints `count` new keys in one bulk write. The clear keys are returned once and never stored: a key
 * that collides with an existing one (odds about 1 in 10^33) is simply drawn again.
 */
async function mintKeys(
  deps: Deps,
  terms: KeyTerms & { count: number },
  createdBy: string,
): Promise<{ batch: KeyBatch; keys: string[] }> {
  const now = deps.clock.now();
  const batchId = randomUUID();
  const minted: string[] = [];
  let missing = terms.count;
  while (missing > 0) {
    const drawn = Array.from({ length: missing }, () => generateKey(randomSymbolIndex));
    const records = drawn.map((key) => keyRecord(deps, key, batchId, terms, now));
    const { existingIds } = await deps.repos.productKeys.createMany(records);
    const taken = new Set(existingIds);
    records.forEach((record, index) => {
      if (!taken.has(record.id)) minted.push(drawn[index] as string);
    });
    missing = terms.count - minted.length;
  }
  const batch = batchRecord(
    batchId,
    'minted',
    terms,
    { created: minted.length, duplicates: 0, invalid: 0 },
    now,
    createdBy,
  );
  await deps.repos.keyBatches.create(batch);
  return { batch, keys: minted.map(formatKey) };
}

/** A batch as the operator gets it back: the new keys in clear (minted only, shown once) and the counts. */
export interface KeyBatchOutcome {
  batch: KeyBatch;
  keys: string[];
  minted: number;
  imported: number;
  duplicates: number;
  invalid: ImportResult['invalid'];
}

/** The operator mints `count` new keys, or imports `keys` printed elsewhere, on the same terms. */
export async function createKeyBatch(
  deps: Deps,
  principal: Principal,
  request: KeyTerms & { count?: number | undefined; keys?: string[] | undefined },
): Promise<KeyBatchOutcome> {
  assertOperator(principal);
  const { sku, seatsPerKey, termMonths } = request;
  const terms = { sku, seatsPerKey, termMonths };
  const by = principalKey(principal);
  if (request.keys) {
    const { batch, imported, duplicates, invalid } = await importKeys(
      deps,
      { ...terms, keys: request.keys },
      by,
    );
    return { batch, keys: [], minted: 0, imported, duplicates, invalid };
  }
  const { batch, keys } = await mintKeys(deps, { ...terms, count: request.count ?? 0 }, by);
  return { batch, keys, minted: keys.length, imported: 0, duplicates: 0, invalid: [] };
}

interface ImportResult {
  batch: KeyBatch;
  imported: number;
  duplicates: number;
  invalid: { index: number; code: 'invalid_key_format' | 'key_checksum_mismatch' }[];
}

/** Imports existing keys: invalid ones are listed by position, ones already known are counted. */
async function importKeys(
  deps: Deps,
  terms: KeyTerms & { keys: string[] },
  createdBy: string,
): Promise<ImportResult> {
  const now = deps.clock.now();
  const batchId = randomUUID();
  const invalid: ImportResult['invalid'] = [];
  const unique = new Map<string, ProductKeyRecord>();
  let duplicates = 0;
  terms.keys.forEach((input, index) => {
    const check = checkKey(input);
    if (!check.ok) {
      invalid.push({ index, code: check.code });
      return;
    }
    const record = keyRecord(deps, check.normalized, batchId, terms, now);
    if (unique.has(record.id)) duplicates += 1;
    else unique.set(record.id, record);
  });
  const { created, existingIds } = await deps.repos.productKeys.createMany([...unique.values()]);
  duplicates += existingIds.length;
  const batch = batchRecord(
    batchId,
    'imported',
    terms,
    { created, duplicates, invalid: invalid.length },
    now,
    createdBy,
  );
  await deps.repos.keyBatches.create(batch);
  return { batch, imported: created, duplicates, invalid };
}

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
