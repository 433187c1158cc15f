import { randomUUID } from 'node:crypto';
import { DomainError } from '../domain/errors';
import { assertKeyTakeable, released, reservedFor, type ProductKeyRecord } from '../domain/inventory';
import type { Partner } from '../domain/partner';
import {
  assertCanAddKey,
  assertOpen,
  confirmed,
  effectiveStatus,
  expired,
  findKey,
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
import type { AppDeps } from './deps';
import { countingFailedLookUps } from './failed-key-attempts';
import { modify, retryOnStale } from './modify';
import { StaleWriteError, type Page, type PageRequest, type Versioned } from './ports';
import { keyIdOf, keyNotFound, reservationHolder } from './product-keys';

export async function openRedemption(
  deps: AppDeps,
  partner: Partner,
  attestation: boolean,
): Promise<Redemption> {
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
  return (await deps.repos.redemptions.create(redemption)).value;
}

export async function listRedemptions(
  deps: AppDeps,
  partner: Partner,
  status: RedemptionStatus | undefined,
  page: PageRequest,
): Promise<Page<Redemption>> {
  return deps.repos.redemptions.listForPartner(
    partner.id,
    { now: deps.clock.now(), ...(status ? { status } : {}) },
    page,
  );
}

/** Reads the partner's own redemption, writing down an idle expiry the timer has not got to yet. */
export async function loadRedemption(
  deps: AppDeps,
  partnerId: string,
  id: string,
): Promise<Versioned<Redemption>> {
  const found = await deps.repos.redemptions.get(id, partnerId);
  if (!found) throw new DomainError('not_found', 'No such redemption.');
  return needsExpiry(found.value, deps.clock.now()) ? expireRedemption(deps, found) : found;
}

export async function getRedemption(deps: AppDeps, partner: Partner, id: string): Promise<Redemption> {
  return (await loadRedemption(deps, partner.id, id)).value;
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
  await modify(deps.repos.productKeys, keyId, undefined, (key) =>
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
  if (redemption.value.status !== 'expired') {
    try {
      redemption = await deps.repos.redemptions.replace(expired(redemption.value, now), redemption.etag);
    } catch (error) {
      if (!(error instanceof StaleWriteError)) throw error;
      const reread = await deps.repos.redemptions.get(current.value.id, current.value.partnerId);
      if (!reread) throw error;
      const stillDue = needsExpiry(reread.value, now) || reread.value.status === 'expired';
      return stillDue ? expireRedemption(deps, reread) : reread;
    }
  }
  if (redemption.value.cleanupAt === null) return redemption;
  for (const key of redemption.value.keys) await releaseKey(deps, key.keyId, redemption.value.id);
  try {
    return await deps.repos.redemptions.replace(keysReleased(redemption.value), redemption.etag);
  } catch (error) {
    if (!(error instanceof StaleWriteError)) throw error;
    return (await deps.repos.redemptions.get(current.value.id, current.value.partnerId)) ?? redemption;
  }
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
  partner: Partner,
  redemptionId: string,
  keyInput: string,
): Promise<RedemptionKey> {
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
  partner: Partner,
  redemptionId: string,
  keyRef: string,
): Promise<void> {
  let removed: RedemptionKey | undefined;
  await changeRedemption(deps, partner.id, redemptionId, (current) => {
    const next = withKeyRemoved(current, keyRef, deps.clock.now(), deps.settings.redemptionTtlMinutes);
    removed = KEY_REF.test(keyRef) ? findKey(current, keyRef) : undefined;
    if (!removed) throw new DomainError('not_found', 'This redemption has no key with that keyRef.');
    return next;
  });
  if (removed) await releaseKey(deps, removed.keyId, redemptionId);
}

export async function confirmRedemption(
  deps: AppDeps,
  partner: Partner,
  redemptionId: string,
): Promise<Redemption> {
  return changeRedemption(deps, partner.id, redemptionId, (current) =>
    confirmed(current, deps.clock.now(), deps.settings.redemptionTtlMinutes),
  );
}

export function statusOf(deps: Pick<AppDeps, 'clock'>, redemption: Redemption): RedemptionStatus {
  return effectiveStatus(redemption, deps.clock.now());
}
