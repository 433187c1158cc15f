import { randomUUID } from 'node:crypto';
import { DomainError } from '../domain/errors';
import { assertKeyTakeable, released, reservedFor, type ProductKeyRecord } from '../domain/inventory';
import type { Principal } from '../domain/principal';
import {
  abandoned,
  assertCanAddKey,
  assertNotClosed,
  assertOpen,
  confirmed,
  expired,
  findKey,
  isGivenUp,
  keysReleased,
  needsExpiry,
  startRedemption,
  withKeyAdded,
  withKeyRemoved,
  type Redemption,
  type RedemptionKey,
  type RedemptionStatus,
} from '../domain/redemption';
import { iso } from '../domain/time';
import { partnerOf } from './callers';
import type { AppDeps } from './deps';
import { countingFailedLookUps } from './failed-key-attempts';
import { modify, retryOnStale } from './modify';
import { pageOfList, type ListRequest } from './paging';
import { StaleWriteError, type Page, type Versioned } from './ports';
import { redemptionDetails, type RedemptionDetails } from './read-models';
import { keyIdOf, keyNotFound, reservationHolder } from './product-keys';

/** "Redeem product keys": the partner opens the wizard, attesting that it may redeem for its organization. */
export async function openRedemption(
  deps: AppDeps,
  principal: Principal,
  attestation: boolean,
): Promise<RedemptionDetails> {
  const partner = partnerOf(principal);
  if (!attestation) {
    throw new DomainError(
      'attestation_required',
      'Confirm that you are the right person to redeem keys for your organization (attestation: true).',
    );
  }
  const redemption = startRedemption({
    id: randomUUID(),
    partnerId: partner.id,
    now: deps.clock.now(),
    ttlMinutes: deps.settings.redemptionTtlMinutes,
  });
  return redemptionDetails(deps, (await deps.repos.redemptions.create(redemption)).value);
}

/** The partner's own redemptions, newest first, optionally of one status. */
export function listRedemptions(
  deps: AppDeps,
  principal: Principal,
  request: ListRequest & { status?: RedemptionStatus | undefined },
): Promise<Page<RedemptionDetails>> {
  const partner = partnerOf(principal);
  const { status } = request;
  return pageOfList(
    `redemptions:${partner.id}:${status ?? '*'}`,
    request,
    (page) =>
      deps.repos.redemptions.listForPartner(
        partner.id,
        { now: deps.clock.now(), ...(status ? { status } : {}) },
        page,
      ),
    (items) => items.map((redemption) => redemptionDetails(deps, redemption)),
  );
}

/** Reads the partner's own redemption, writing down an idle expiry the timer has not got to yet. */
export async function loadRedemption(
  deps: AppDeps,
  partnerId: string,
  id: string,
): Promise<Versioned<Redemption>> {
  const found = await deps.repos.redemptions.get(partnerId, id);
  if (!found) throw new DomainError('not_found', 'No such redemption.');
  return needsExpiry(found.value, deps.clock.now()) ? expireRedemption(deps, found) : found;
}

export async function getRedemption(
  deps: AppDeps,
  principal: Principal,
  id: string,
): Promise<RedemptionDetails> {
  return redemptionDetails(deps, (await loadRedemption(deps, partnerOf(principal).id, id)).value);
}

/**
 * Says why the redemption can take no request at all (completed: 409, expired: 410), if so: a more
 * useful answer than what is wrong with a request it would refuse anyway.
 */
export async function assertRedemptionNotClosed(
  deps: AppDeps,
  principal: Principal,
  id: string,
): Promise<void> {
  const redemption = await loadRedemption(deps, partnerOf(principal).id, id);
  assertNotClosed(redemption.value, deps.clock.now());
}

/**
 * Applies `change` to the redemption with a conditional write, re-reading it when another request
 * changed it first, so every decision is taken on the state that is actually written over. The
 * first try may start from a copy the caller has just read (one store call fewer).
 */
async function changeRedemption(
  deps: AppDeps,
  partnerId: string,
  id: string,
  change: (redemption: Redemption) => Redemption,
  justRead?: Versioned<Redemption>,
): Promise<Redemption> {
  let known = justRead;
  return retryOnStale(async () => {
    const current = known ?? (await loadRedemption(deps, partnerId, id));
    known = undefined;
    return (await deps.repos.redemptions.replace(change(current.value), current.etag)).value;
  });
}

/** Gives a key back, unless another redemption has taken it since. */
async function releaseKey(deps: AppDeps, keyId: string, redemptionId: string): Promise<void> {
  await modify(deps.repos.productKeys.at(keyId), (key) =>
    key.state === 'reserved' && key.reservation?.redemptionId === redemptionId ? released(key) : undefined,
  );
}

/**
 * Expiry in resumable steps: mark the redemption expired (no more changes), give each key back,
 * then note that nothing is left to do. A crash between steps leaves `cleanupAt` set, so the
 * cleanup timer finishes the job; keys still marked reserved by an expired redemption are free to
 * be taken anyway (see reservationHolds).
 */
export async function expireRedemption(
  deps: AppDeps,
  current: Versioned<Redemption>,
): Promise<Versioned<Redemption>> {
  const now = deps.clock.now();
  let redemption = current;
  if (!isGivenUp(redemption.value)) {
    try {
      redemption = await deps.repos.redemptions.replace(expired(redemption.value, now), redemption.etag);
    } catch (error) {
      if (!(error instanceof StaleWriteError)) throw error;
      const reread = await deps.repos.redemptions.get(current.value.partnerId, current.value.id);
      if (!reread) throw error;
      const stillDue = needsExpiry(reread.value, now) || isGivenUp(reread.value);
      return stillDue ? expireRedemption(deps, reread) : reread;
    }
  }
  return releaseKeysOf(deps, redemption);
}

/**
 * Gives back the keys of an expired or abandoned redemption, then notes that nothing is left to do
 * (`cleanupAt` null). Each key is released only while it is still reserved for this redemption.
 */
async function releaseKeysOf(
  deps: AppDeps,
  redemption: Versioned<Redemption>,
): Promise<Versioned<Redemption>> {
  if (redemption.value.cleanupAt === null) return redemption;
  for (const key of redemption.value.keys) await releaseKey(deps, key.keyId, redemption.value.id);
  try {
    return await deps.repos.redemptions.replace(keysReleased(redemption.value), redemption.etag);
  } catch (error) {
    if (!(error instanceof StaleWriteError)) throw error;
    return (await deps.repos.redemptions.get(redemption.value.partnerId, redemption.value.id)) ?? redemption;
  }
}

/**
 * The wizard's "Cancel": the redemption becomes `abandoned` with a conditional write, so it never
 * passes a completion being planned (one of the two writes loses and re-reads), and its keys are
 * released at once. Abandoning again, or an expired redemption, is harmless (and finishes a release
 * a crash left owed). Completed: 409 redemption_completed; a completion planned: 409
 * request_in_progress, the keys untouched.
 */
export async function abandonRedemption(deps: AppDeps, principal: Principal, id: string): Promise<void> {
  const partnerId = partnerOf(principal).id;
  const given = await retryOnStale(async () => {
    const current = await loadRedemption(deps, partnerId, id);
    const next = abandoned(current.value, deps.clock.now());
    return next ? deps.repos.redemptions.replace(next, current.etag) : current;
  });
  if (isGivenUp(given.value)) await releaseKeysOf(deps, given);
}

function keyRefFor(deps: AppDeps, redemptionId: string, keyId: string): string {
  return deps.hasher.hash('key-ref', `${redemptionId}:${keyId}`).slice(0, 16);
}

/**
 * Reserves the key for this redemption (conditional write on the key), retrying on a lost race with
 * a fresh read so the loser of a race sees who won.
 */
async function reserveKey(deps: AppDeps, redemption: Redemption, keyId: string): Promise<ProductKeyRecord> {
  return retryOnStale(async () => {
    const now = deps.clock.now();
    const found = await deps.repos.productKeys.get(keyId);
    if (!found) throw keyNotFound();
    const key = found.value;
    assertCanAddKey(redemption, { keyId, sku: key.sku, termMonths: key.termMonths }, now);
    const holder =
      key.reservation?.redemptionId === redemption.id ? redemption : await reservationHolder(deps, key);
    assertKeyTakeable(key, holder, redemption.id, now);
    return (await deps.repos.productKeys.replace(reservedFor(key, redemption, now), found.etag)).value;
  });
}

/**
 * "Add another key": reserve the key, then list it in the redemption. If the redemption changed in
 * a way that refuses the key (confirmed meanwhile, another product added concurrently), the
 * reservation is given back before the error is reported.
 */
export async function addKey(
  deps: AppDeps,
  principal: Principal,
  redemptionId: string,
  keyInput: string,
): Promise<RedemptionKey> {
  const partner = partnerOf(principal);
  // A wizard that is closed says so whatever the key is: nothing is looked up, reserved or counted.
  const loaded = await loadRedemption(deps, partner.id, redemptionId);
  assertOpen(loaded.value, deps.clock.now());
  return countingFailedLookUps(deps, partner.id, async () => {
    const { keyId } = keyIdOf(deps, keyInput);
    const redemption = loaded.value;
    const key = await reserveKey(deps, redemption, keyId);
    const entry: RedemptionKey = {
      keyRef: keyRefFor(deps, redemption.id, keyId),
      keyId,
      lastGroup: key.lastGroup,
      sku: key.sku,
      seats: key.seats,
      termMonths: key.termMonths,
      addedAt: iso(deps.clock.now()),
    };
    try {
      await changeRedemption(
        deps,
        partner.id,
        redemptionId,
        (current) => withKeyAdded(current, entry, deps.clock.now(), deps.settings.redemptionTtlMinutes),
        loaded,
      );
    } catch (error) {
      // A concurrent add of this very key won: the reservation is rightly ours, keep it.
      const sameKeyWon = error instanceof DomainError && error.code === 'key_already_added';
      if (!sameKeyWon) await releaseKey(deps, keyId, redemption.id);
      throw error;
    }
    return entry;
  });
}

const KEY_REF = /^[0-9a-f]{16}$/;

/** Removes a key; an expired or closed wizard says so first, whatever the keyRef (even a malformed one). */
export async function removeKey(
  deps: AppDeps,
  principal: Principal,
  redemptionId: string,
  keyRef: string,
): Promise<void> {
  const partner = partnerOf(principal);
  let removed: RedemptionKey | undefined;
  await changeRedemption(deps, partner.id, redemptionId, (current) => {
    const next = withKeyRemoved(current, keyRef, deps.clock.now(), deps.settings.redemptionTtlMinutes);
    removed = KEY_REF.test(keyRef) ? findKey(current, keyRef) : undefined;
    if (!removed) throw new DomainError('not_found', 'This redemption has no key with that keyRef.');
    return next;
  });
  if (removed) await releaseKey(deps, removed.keyId, redemptionId);
}

/** "Key addition completed": the keys are fixed and the wizard moves on to complete. */
export async function confirmRedemption(
  deps: AppDeps,
  principal: Principal,
  redemptionId: string,
): Promise<RedemptionDetails> {
  const confirmedRedemption = await changeRedemption(deps, partnerOf(principal).id, redemptionId, (current) =>
    confirmed(current, deps.clock.now(), deps.settings.redemptionTtlMinutes),
  );
  return redemptionDetails(deps, confirmedRedemption);
}
