import { DomainError } from '../../domain/errors';
import type { CompletionPlan, Redemption } from '../../domain/redemption';
import { notificationIds } from '../../domain/notification';
import type { Subscription } from '../../domain/subscription';
import { renewed, seatsPlacement, withSeatsAdded } from '../../domain/subscription-terms';
import { announceKeysApplied } from '../announce';
import type { AppDeps } from '../deps';
import { recordEvents, redemptionCompletedEvent, subscriptionDataOf, tenantAudience } from '../events';
import { modify } from '../modify';
import { indexSubscription, partnersOf } from '../partner-subscriptions';
import type { Versioned } from '../ports';
import { redeemKeys } from '../redeem-keys';
import { finish, keysOf, undoableSteps } from './steps';

export interface KeysApplied {
  subscription: Subscription;
  /** add_seats: whole days of the keys' term past the end of the seats. */
  unusedDays?: number;
}

/**
 * renew and add_seats: redeem the keys and apply them to the subscription in one conditional write
 * (undone on a business failure), then, for a renewal, move the partners' "renewals due" entries; tell
 * the customer and the Partner of Record (a renewal, or seats added); then close the redemption.
 */
export async function applyKeysSteps(
  deps: AppDeps,
  planned: Versioned<Redemption>,
  plan: CompletionPlan,
): Promise<KeysApplied> {
  const redemption = planned.value;
  const request = plan.request;
  if (request.action === 'create_tenant') throw new Error('not a renew or add_seats plan');
  const keys = keysOf(redemption);
  const policy = deps.settings.lifecycle;
  let subscription: Subscription | undefined;
  let unusedDays: number | undefined;
  await undoableSteps(deps, redemption, plan, async () => {
    await redeemKeys(deps, redemption, plan.subscriptionId, new Date(plan.startedAt));
    const updated = await modify(deps.repos.subscriptions.at(plan.subscriptionId), (current) => {
      const now = deps.clock.now();
      if (request.action === 'renew') {
        const next = renewed(current, keys, redemption.id, now, policy);
        return next === current ? undefined : next;
      }
      // The unused term was weighed when the plan was made (plan.ts): applying it does not ask again.
      const next = withSeatsAdded(current, keys, redemption.id, now, policy, { acceptUnusedTerm: true });
      unusedDays = seatsPlacement(current, keys, now).unusedDays;
      return next === current ? undefined : next;
    });
    if (!updated) throw new DomainError('not_found', 'No such subscription.');
    subscription = updated.value;
  });
  const applied = subscription as Subscription;
  const tenant = await deps.repos.tenants.get(applied.tenantId);
  if (!tenant) throw new Error(`subscription ${applied.id} has no tenant`);
  // The term moved: the partners' "renewals due" list follows.
  if (request.action === 'renew') await indexSubscription(deps, applied, partnersOf(applied, tenant.value));
  // The partners that see the subscription, then the redeeming partner, hear of it in their feeds.
  const data = await subscriptionDataOf(deps, applied, deps.clock.now());
  const audience = await tenantAudience(deps, tenant.value, [applied]);
  const fact = { tenantId: applied.tenantId };
  if (request.action === 'renew')
    await recordEvents(
      deps,
      { ...fact, id: notificationIds.renewed(applied.id, redemption.id) },
      audience,
      'subscription.renewed',
      { ...data, redemptionId: redemption.id },
    );
  else
    await recordEvents(
      deps,
      { ...fact, id: notificationIds.seatsAdded(applied.id, redemption.id) },
      audience,
      'subscription.seats_added',
      { ...data, redemptionId: redemption.id, seatsAdded: keys.totalSeats },
    );
  await redemptionCompletedEvent(deps, redemption, request.action, applied, keys);
  // A receipt to the customer's admins and to the Partner of Record, each in its own words.
  await announceKeysApplied(deps, request.action, tenant.value, applied, redemption, keys);
  await finish(deps, planned, plan, unusedDays === undefined ? {} : { unusedDays });
  return unusedDays === undefined ? { subscription: applied } : { subscription: applied, unusedDays };
}
