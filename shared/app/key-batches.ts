import type { Sku } from '../domain/catalog';
import { randomUUID } from 'node:crypto';
import { randomSymbolIndex } from '../crypto/secrets';
import { derivedId } from '../domain/derived-id';
import { DomainError } from '../domain/errors';
import { checkKey, formatKey, generateKey, lastGroupOf } from '../domain/product-key';
import type { ProductKeyRecord } from '../domain/inventory';
import { principalKey, type Principal } from '../domain/principal';
import { addMinutes, iso } from '../domain/time';
import { assertOperator } from './callers';
import type { AppDeps } from './deps';
import { modify } from './modify';
import { eachPage, everyItem } from './pages';
import { AlreadyExistsError, StaleWriteError, type KeyBatch, type Versioned } from './ports';

/**
 * Key batches, minted or imported, written so that nothing is ever half done. The batch document
 * comes first, holding the new keys sealed (they are shown once, in the answer); then the keys, in
 * bulk; then the batch is marked complete. A batch asked for with an Idempotency-Key has an id
 * derived from it, so a retry after any failure (the store throttling longer than the SDK waits, the
 * host killed) finds the same batch and the same keys, and finishes it: never a second batch. One
 * that nobody finishes (no Idempotency-Key, or no retry) is undone by `key-batch-cleanup`: its keys,
 * never shown to anyone, are deleted. The sealed copy of a complete batch's keys is kept as long as
 * its answer may be replayed (24 h), then wiped.
 */
type Deps = Pick<AppDeps, 'clock' | 'repos' | 'hasher' | 'sealer' | 'log'>;

export interface KeyTerms {
  sku: Sku;
  seatsPerKey: number;
  termMonths: number;
}

/** A batch still being written this long after it began was given up: its keys are deleted. */
export const STALLED_BATCH_MINUTES = 30;
/** How long a complete batch keeps its keys sealed: its answer may be replayed that long. */
export const SEALED_KEYS_MINUTES = 24 * 60;

/** A batch as the operator gets it back: the new keys in clear (minted only, shown once) and the counts. */
export interface KeyBatchOutcome {
  batch: KeyBatch;
  keys: string[];
  minted: number;
  imported: number;
  duplicates: number;
  invalid: { index: number; code: 'invalid_key_format' | 'key_checksum_mismatch' }[];
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

/**
 * The batch's id: derived from the caller and its Idempotency-Key, through the keyed hash the
 * idempotency record's id is (so the id gives the key away to nobody), or new.
 */
export function batchIdFor(
  deps: Pick<AppDeps, 'hasher'>,
  principal: Principal,
  idempotencyKey: string | null,
) {
  return idempotencyKey === null
    ? randomUUID()
    : derivedId('keyBatch', deps.hasher.hash('idempotency', `${principalKey(principal)}\n${idempotencyKey}`));
}

/** The operator mints `count` new keys, or imports `keys` printed elsewhere, on the same terms. */
export async function createKeyBatch(
  deps: Deps,
  principal: Principal,
  request: KeyTerms & { count?: number | undefined; keys?: string[] | undefined },
  batchId: string,
): Promise<KeyBatchOutcome> {
  assertOperator(principal);
  const { sku, seatsPerKey, termMonths } = request;
  const terms = { sku, seatsPerKey, termMonths };
  const by = principalKey(principal);
  if (request.keys) return importKeys(deps, { ...terms, keys: request.keys }, batchId, by);
  const { batch, keys } = await mintKeys(deps, { ...terms, count: request.count ?? 0 }, batchId, by);
  return { batch, keys, minted: keys.length, imported: 0, duplicates: 0, invalid: [] };
}

/**
 * A batch as it stands, for the operator: where POST /product-key-batches points. Its keys are never
 * in it (the minted ones are shown once, in the answer that made them).
 */
export async function getKeyBatch(
  deps: Pick<AppDeps, 'repos'>,
  principal: Principal,
  id: string,
): Promise<KeyBatch> {
  assertOperator(principal);
  const found = await deps.repos.keyBatches.get(id);
  if (!found) throw new DomainError('not_found', 'No such key batch.');
  return found.value;
}

function newBatch(
  id: string,
  mode: KeyBatch['mode'],
  terms: KeyTerms,
  now: Date,
  createdBy: string,
  sealedKeys: string | null,
): KeyBatch {
  const { sku, seatsPerKey, termMonths } = terms;
  return {
    id,
    mode,
    status: 'writing',
    sku,
    seatsPerKey,
    termMonths,
    created: 0,
    duplicates: 0,
    invalid: 0,
    createdAt: iso(now),
    createdBy,
    sealedKeys,
    cleanupAt: iso(addMinutes(now, STALLED_BATCH_MINUTES)),
  };
}

/**
 * The batch to write: the one found under this id (its keys, if minted, to finish), or a new one.
 * Resuming marks it with a conditional write first, so the cleanup cannot give it up meanwhile; a
 * batch the cleanup gave up starts over, new keys (one it left half undone is undone first).
 */
async function openBatch(deps: Deps, fresh: KeyBatch): Promise<KeyBatch> {
  for (;;) {
    const found = await deps.repos.keyBatches.get(fresh.id);
    try {
      if (!found) return (await deps.repos.keyBatches.create(fresh)).value;
      switch (found.value.status ?? 'complete') {
        case 'complete':
          return found.value;
        case 'abandoning':
          // The cleanup gave it up and did not finish undoing it (it failed midway, or is at it now):
          // the retry finishes that (idempotent deletes) rather than wait for the next run, 10 min.
          await undoBatch(deps, fresh.id);
          continue;
        case 'abandoned':
          return (await deps.repos.keyBatches.replace(fresh, found.etag)).value;
        case 'writing': {
          const cleanupAt = iso(addMinutes(deps.clock.now(), STALLED_BATCH_MINUTES));
          return (await deps.repos.keyBatches.replace({ ...found.value, cleanupAt }, found.etag)).value;
        }
      }
    } catch (error) {
      if (!(error instanceof AlreadyExistsError) && !(error instanceof StaleWriteError)) throw error;
      // Another writer came first: decide again on what it wrote.
    }
  }
}

async function complete(
  deps: Deps,
  id: string,
  counts: Pick<KeyBatch, 'created' | 'duplicates' | 'invalid'>,
) {
  const now = deps.clock.now();
  const done = await modify(deps.repos.keyBatches.at(id), (batch) =>
    batch.status === 'complete'
      ? undefined
      : {
          ...batch,
          ...counts,
          status: 'complete' as const,
          cleanupAt: iso(addMinutes(now, SEALED_KEYS_MINUTES)),
        },
  );
  return (done as Versioned<KeyBatch>).value;
}

/**
 * Which of `records` the store already had, and of those which are another batch's (a collision,
 * odds about 1 in 10^33 for a minted key; a duplicate for an imported one).
 */
async function createKeys(deps: Deps, records: ProductKeyRecord[], batchId: string) {
  const { existingIds } = await deps.repos.productKeys.createMany(records);
  const others = new Set<string>();
  for (const id of existingIds) {
    const found = await deps.repos.productKeys.get(id);
    if (found && found.value.batchId !== batchId) others.add(id);
  }
  return others;
}

async function mintKeys(
  deps: Deps,
  terms: KeyTerms & { count: number },
  batchId: string,
  createdBy: string,
): Promise<{ batch: KeyBatch; keys: string[] }> {
  const now = deps.clock.now();
  const drawn = () => Array.from({ length: terms.count }, () => generateKey(randomSymbolIndex));
  const seal = (keys: string[]) => deps.sealer.seal(JSON.stringify(keys));
  const opened = await openBatch(deps, newBatch(batchId, 'minted', terms, now, createdBy, seal(drawn())));
  if (!opened.sealedKeys)
    throw new DomainError(
      'idempotency_key_reused',
      'This batch was answered more than 24 hours ago; use a new Idempotency-Key.',
    );
  let keys = JSON.parse(deps.sealer.open(opened.sealedKeys)) as string[];
  if (opened.status === 'complete') return { batch: opened, keys: keys.map(formatKey) };
  for (;;) {
    const records = keys.map((key) => keyRecord(deps, key, batchId, terms, now));
    const taken = await createKeys(deps, records, batchId);
    if (taken.size === 0) break;
    // Drawn again, and kept sealed with the batch before they are written.
    keys = keys.map((key, index) =>
      taken.has((records[index] as ProductKeyRecord).id) ? generateKey(randomSymbolIndex) : key,
    );
    const replaced = keys;
    await modify(deps.repos.keyBatches.at(batchId), (batch) => ({ ...batch, sealedKeys: seal(replaced) }));
  }
  const batch = await complete(deps, batchId, { created: keys.length, duplicates: 0, invalid: 0 });
  return { batch, keys: keys.map(formatKey) };
}

/** Imports existing keys: invalid ones are listed by position, ones already known are counted. */
async function importKeys(
  deps: Deps,
  terms: KeyTerms & { keys: string[] },
  batchId: string,
  createdBy: string,
): Promise<KeyBatchOutcome> {
  const now = deps.clock.now();
  const invalid: KeyBatchOutcome['invalid'] = [];
  const unique = new Map<string, ProductKeyRecord>();
  let repeated = 0;
  terms.keys.forEach((input, index) => {
    const check = checkKey(input);
    if (!check.ok) {
      invalid.push({ index, code: check.code });
      return;
    }
    const record = keyRecord(deps, check.normalized, batchId, terms, now);
    if (unique.has(record.id)) repeated += 1;
    else unique.set(record.id, record);
  });
  const opened = await openBatch(deps, newBatch(batchId, 'imported', terms, now, createdBy, null));
  if (opened.status === 'complete') {
    const { created: imported, duplicates } = opened;
    return { batch: opened, keys: [], minted: 0, imported, duplicates, invalid };
  }
  // Keys this batch wrote before (a retry) count as imported; another batch's are duplicates.
  const duplicates = (await createKeys(deps, [...unique.values()], batchId)).size + repeated;
  const imported = unique.size - (duplicates - repeated);
  const batch = await complete(deps, batchId, { created: imported, duplicates, invalid: invalid.length });
  return { batch, keys: [], minted: 0, imported, duplicates, invalid };
}

/**
 * Undoes a batch given up (`abandoning`): deletes its keys, never shown, then marks it `abandoned`;
 * how many keys it deleted. Safe to run twice at once (deletes are idempotent, the mark conditional).
 */
async function undoBatch(deps: Deps, batchId: string): Promise<number> {
  let deleted = 0;
  for (const id of await everyItem(
    (page) => deps.repos.productKeys.listIdsOfBatch(batchId, page),
    deps.log,
  )) {
    await deps.repos.productKeys.delete(id);
    deleted += 1;
  }
  await modify(deps.repos.keyBatches.at(batchId), (current) =>
    current.status === 'abandoning'
      ? { ...current, status: 'abandoned' as const, sealedKeys: null, cleanupAt: null }
      : undefined,
  );
  return deleted;
}

export interface BatchCleanup {
  abandoned: number;
  keysDeleted: number;
  wiped: number;
}

/**
 * The key-batch-cleanup timer: a batch still being written STALLED_BATCH_MINUTES after it began is
 * given up (its keys, never shown, are deleted); a complete batch's sealed keys are wiped once its
 * answer can no longer be replayed. Every batch due is handled in this run.
 */
export async function cleanUpKeyBatches(deps: Deps): Promise<BatchCleanup> {
  const { log } = deps;
  const now = deps.clock.now();
  const result: BatchCleanup = { abandoned: 0, keysDeleted: 0, wiped: 0 };
  for await (const page of eachPage(
    (request) => deps.repos.keyBatches.listDueForCleanup(now, request),
    deps.log,
  )) {
    for (const found of page) {
      const batch = found.value;
      try {
        if (batch.status === 'complete' || batch.status === undefined) {
          await modify(deps.repos.keyBatches.at(batch.id), (current) => ({
            ...current,
            sealedKeys: null,
            cleanupAt: null,
          }));
          result.wiped += 1;
          continue;
        }
        if (batch.status === 'writing') {
          try {
            await deps.repos.keyBatches.replace({ ...batch, status: 'abandoning' as const }, found.etag);
          } catch (error) {
            if (error instanceof StaleWriteError) continue; // resumed meanwhile: no longer given up
            throw error;
          }
        }
        result.keysDeleted += await undoBatch(deps, batch.id);
        result.abandoned += 1;
      } catch (error) {
        log.error(`key batch ${batch.id} not cleaned up; the next run retries it`, error);
      }
    }
  }
  return result;
}
