import { DomainError } from '../../domain/errors';
import { notificationIds } from '../../domain/notification';
import type { CompletionPlan, Redemption } from '../../domain/redemption';
import { termEnd, type Subscription } from '../../domain/subscription';
import { renewed, withSeatsAdded } from '../../domain/subscription-terms';
import { subscriptionAudience } from '../announce';
import type { AppDeps } from '../deps';
import { subscriptionRenewedEmail } from '../emails';
import { modify } from '../modify';
import { queueNotification } from '../notifications';
import { indexSubscription, partnersOf } from '../partner-subscriptions';
import type { Versioned } from '../ports';
import { redeemKeys } from '../redeem-keys';
import { finish, keysOf, undoableSteps } from './steps';

/**
 * renew and add_seats: redeem the keys and apply them to the subscription in one conditional write
 * (undone on a business failure), then, for a renewal, move the partners' "renewals due" entries and
 * tell the customer and the Partner of Record; then close the redemption.
 */
export async function applyKeysSteps(
  deps: AppDeps,
  planned: Versioned<Redemption>,
  plan: CompletionPlan,
): Promise<Subscription> {
  const redemption = planned.value;
  const request = plan.request;
  if (request.action === 'create_tenant') throw new Error('not a renew or add_seats plan');
  const keys = keysOf(redemption);
  const policy = deps.settings.lifecycle;
  let subscription: Subscription | undefined;
  await undoableSteps(deps, redemption, plan, async () => {
    await redeemKeys(deps, redemption, plan.subscriptionId, new Date(plan.startedAt));
    const updated = await modify(deps.repos.subscriptions.at(plan.subscriptionId), (current) => {
      const next =
        request.action === 'renew'
          ? renewed(current, keys, redemption.id, deps.clock.now(), policy)
          : withSeatsAdded(current, keys, redemption.id, deps.clock.now(), policy);
      return next === current ? undefined : next;
    });
    if (!updated) throw new DomainError('not_found', 'No such subscription.');
    subscription = updated.value;
  });
  const applied = subscription as Subscription;
  if (request.action === 'renew') {
    const tenant = await deps.repos.tenants.get(applied.tenantId);
    if (!tenant) throw new Error(`subscription ${applied.id} has no tenant`);
    // The term moved: the partners' "renewals due" list follows.
    await indexSubscription(deps, applied, partnersOf(applied, tenant.value));
    await queueNotification(deps, {
      id: notificationIds.renewed(applied.id, redemption.id),
      tenantId: applied.tenantId,
      type: 'subscription_renewed',
      subscriptionId: applied.id,
      recipients: (await subscriptionAudience(deps, tenant.value, applied.partnerOfRecord)).emails,
      content: subscriptionRenewedEmail({
        tenant: tenant.value,
        sku: applied.sku,
        termEnd: termEnd(applied),
        seats: keys.totalSeats,
      }),
    });
  }
  await finish(deps, planned, plan);
  return applied;
}
