import { DomainError } from '../domain/errors';
import { redeemedFor, redemptionUndone } from '../domain/inventory';
import type { Redemption } from '../domain/redemption';
import type { AppDeps } from './deps';
import { modify } from './modify';

/** Marks every key of the redemption redeemed for the subscription (each a conditional write). */
export async function redeemKeys(
  deps: AppDeps,
  redemption: Redemption,
  subscriptionId: string,
  at: Date,
): Promise<void> {
  for (const entry of redemption.keys) {
    const updated = await modify(deps.repos.productKeys.at(entry.keyId), (key) =>
      redeemedFor(key, redemption, subscriptionId, at),
    );
    if (!updated)
      throw new DomainError(
        'key_not_found',
        `The key •••••-${entry.lastGroup} is no longer in the inventory.`,
      );
  }
}

/** Gives the keys back to the redemption when its completion is abandoned. */
export async function unredeemKeys(deps: AppDeps, redemption: Redemption): Promise<void> {
  for (const entry of redemption.keys) {
    await modify(deps.repos.productKeys.at(entry.keyId), (key) =>
      redemptionUndone(key, redemption, deps.clock.now()),
    );
  }
}
