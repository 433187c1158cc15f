import { describe, expect, it } from 'vitest';
import { cleanUpRedemptions } from '../../shared/app/redemption-cleanup';
import { completeRedemption } from '../../shared/app/complete';
import { abandonRedemption, addKey, getRedemption } from '../../shared/app/redemptions';
import { abandoned } from '../../shared/domain/redemption';
import { createTenantRequest, refusal, useCaseDeps, type SeededPartner } from '../support/usecase';

/**
 * Abandoning a redemption (issue 22) when the request does not get to the end: the redemption is
 * written abandoned first, and its keys are given back by whoever comes next (a retried DELETE, the
 * redemption-cleanup timer, another wizard taking the key). What a client sees over HTTP, and
 * DELETE racing complete, is test/component/redemption-abandon.test.ts.
 */
const world = useCaseDeps();

async function storedKey(key: string) {
  const id = world.deps.hasher.hash('product-key', key.replaceAll('-', ''));
  return (await world.deps.repos.productKeys.get(id))?.value;
}

/** As a crash right after the first write of DELETE leaves it: abandoned, the keys still reserved. */
async function abandonedWithoutRelease(partner: SeededPartner, keys: string[]): Promise<string> {
  const id = await world.openRedemption(partner, keys);
  const found = await world.deps.repos.redemptions.get(partner.partner.id, id);
  if (!found) throw new Error('redemption not found');
  const next = abandoned(found.value, world.clock.now());
  if (!next) throw new Error('an open redemption is abandoned');
  await world.deps.repos.redemptions.replace(next, found.etag);
  return id;
}

describe('abandoned redemptions whose keys are still owed', () => {
  it('when DELETE stopped after writing abandoned, then the redemption-cleanup timer releases the keys', async () => {
    const partner = await world.partner();
    const keys = (await world.mintKeys(2)) as [string, string];
    const id = await abandonedWithoutRelease(partner, keys);
    expect((await storedKey(keys[0]))?.state).toBe('reserved');

    const counts = await cleanUpRedemptions(world.deps);

    expect(counts).toMatchObject({ resumed: 0, refused: 0, failed: 0 });
    expect(counts.expired).toBeGreaterThanOrEqual(1);
    for (const key of keys)
      expect(await storedKey(key)).toMatchObject({ state: 'available', reservation: null });
    expect((await world.deps.repos.redemptions.get(partner.partner.id, id))?.value).toMatchObject({
      status: 'abandoned',
      cleanupAt: null,
    });
  });

  it('when DELETE is sent again, then it releases what the first one left', async () => {
    const partner = await world.partner();
    const [key] = (await world.mintKeys(1)) as [string];
    const id = await abandonedWithoutRelease(partner, [key]);
    await abandonRedemption(world.deps, partner.principal, id);
    expect(await storedKey(key)).toMatchObject({ state: 'available', reservation: null });
    expect((await world.deps.repos.redemptions.get(partner.partner.id, id))?.value.cleanupAt).toBeNull();
  });

  it('when a key is still marked reserved by an abandoned redemption, then another wizard may take it at once', async () => {
    const partner = await world.partner();
    const [key] = (await world.mintKeys(1)) as [string];
    await abandonedWithoutRelease(partner, [key]);
    const other = await world.openRedemption(partner);
    const added = await addKey(world.deps, partner.principal, other, key);
    expect(added.keyRef).toMatch(/^[0-9a-f]{16}$/);
    expect((await storedKey(key))?.reservation?.redemptionId).toBe(other);
  });
});

describe('abandoning while completing', () => {
  it('when abandon and complete race (20 times), then exactly one wins and the keys follow the winner', async () => {
    const partner = await world.partner();
    const outcomes: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      const [key] = (await world.mintKeys(1)) as [string];
      const id = await world.confirmedRedemption(partner, [key]);
      const wait = (i % 5) * 2;
      const [abandoning, completing] = await Promise.allSettled([
        new Promise((resolve) => setTimeout(resolve, wait)).then(() =>
          abandonRedemption(world.deps, partner.principal, id),
        ),
        completeRedemption(world.deps, partner.principal, id, createTenantRequest()),
      ]);
      const { redemption } = await getRedemption(world.deps, partner.principal, id);
      const stored = await storedKey(key);
      const settled = async (outcome: PromiseSettledResult<unknown>) =>
        outcome.status === 'fulfilled' ? 'done' : (await refusal(Promise.reject(outcome.reason))).code;
      const observed = {
        abandon: await settled(abandoning),
        complete: await settled(completing),
        status: redemption.status,
        key: stored?.state,
        redeemedBy: stored?.redemption?.redemptionId ?? null,
      };
      const completedFirst = { complete: 'done', status: 'completed', key: 'redeemed', redeemedBy: id };
      // Exactly one wins; the keys follow the winner (never redeemed and available at once).
      expect([
        {
          abandon: 'done',
          complete: 'redemption_not_open',
          status: 'abandoned',
          key: 'available',
          redeemedBy: null,
        },
        { abandon: 'request_in_progress', ...completedFirst },
        { abandon: 'redemption_completed', ...completedFirst },
      ]).toContainEqual(observed);
      outcomes.push(observed.abandon);
    }
    expect(outcomes).toHaveLength(20);
    console.info(`abandon vs complete: ${outcomes.join(', ')}`);
  });
});
