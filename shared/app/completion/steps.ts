import { DomainError } from '../../domain/errors';
import {
  completed,
  summarize,
  withoutCompletionPlan,
  type CompletionPlan,
  type CompletionResult,
  type Redemption,
  type RedemptionSummary,
} from '../../domain/redemption';
import { domainOf } from '../../domain/tenant';
import { iso } from '../../domain/time';
import type { AppDeps } from '../deps';
import { modify, modifyFrom } from '../modify';
import type { Versioned } from '../ports';
import { unredeemKeys } from '../redeem-keys';
import { expireRedemption } from '../redemptions';

/**
 * What the steps of a completion (create-tenant.ts, apply-keys.ts) are made of: the keys' summary,
 * the names a plan fixes, steps that are undone when a business rule refuses them, and the close.
 */

/** The first Global Administrator of a new tenant is `admin@<domain>`. */
export function adminUserName(domain: string): string {
  return `admin@${domain}`;
}

export function keysOf(redemption: Redemption): RedemptionSummary {
  const summary = summarize(redemption.keys);
  if (!summary) throw new DomainError('redemption_empty', 'This redemption has no keys.');
  return summary;
}

export function domainUnavailable(prefix: string): DomainError {
  return new DomainError(
    'domain_unavailable',
    `${domainOf(prefix)} is not available; choose another prefix.`,
  );
}

/** Undoes what a plan did before its tenant existed, and drops the plan. */
async function abandon(deps: AppDeps, redemption: Redemption, plan: CompletionPlan): Promise<void> {
  await unredeemKeys(deps, redemption);
  if (plan.request.action === 'create_tenant') {
    const domain = domainOf(plan.request.tenant.domainPrefix);
    const claim = await deps.repos.domainClaims.get(domain);
    if (claim?.value.tenantId === plan.tenantId) await deps.repos.domainClaims.delete(domain);
  }
  await modify(deps.repos.redemptions.at(redemption.partnerId, redemption.id), (current) =>
    current.completion?.fingerprint === plan.fingerprint
      ? withoutCompletionPlan(current, deps.clock.now(), deps.settings.redemptionTtlMinutes)
      : undefined,
  );
}

/**
 * Steps that may still fail for a business reason: on such a failure, undo and report it. A key
 * revoked while the wizard waited leaves a redemption that can never complete: it is closed at once
 * so that its other keys are free for a new one (rather than held until it expires).
 */
export async function undoableSteps(
  deps: AppDeps,
  redemption: Redemption,
  plan: CompletionPlan,
  steps: () => Promise<void>,
): Promise<void> {
  try {
    await steps();
  } catch (error) {
    if (
      !(error instanceof DomainError) ||
      error.code === 'store_busy' ||
      error.code === 'request_in_progress'
    )
      throw error;
    await abandon(deps, redemption, plan);
    if (error.code === 'key_revoked' || error.code === 'key_reserved') {
      const current = await deps.repos.redemptions.get(redemption.partnerId, redemption.id);
      if (current) await expireRedemption(deps, current);
      throw new DomainError(
        error.code,
        `${error.detail} This redemption is closed and its other keys are free: start a new one.`,
      );
    }
    throw error;
  }
}

/**
 * Closes the redemption, writing against the planned copy: no step in between changes it. What the
 * answer states beyond the records it names (add_seats: the unused days) is kept in the result, so the
 * same request asked again answers the same.
 */
export async function finish(
  deps: AppDeps,
  redemption: Versioned<Redemption>,
  plan: CompletionPlan,
  stated: { unusedDays?: number } = {},
): Promise<void> {
  const result: CompletionResult = {
    action: plan.request.action,
    tenantId: plan.tenantId,
    subscriptionId: plan.subscriptionId,
    adminUserId: plan.adminUserId,
    completedAt: iso(deps.clock.now()),
    fingerprint: plan.fingerprint,
    ...(stated.unusedDays === undefined ? {} : { unusedDays: stated.unusedDays }),
  };
  await modifyFrom(
    deps.repos.redemptions.at(redemption.value.partnerId, redemption.value.id),
    redemption,
    (current) => (current.status === 'completed' ? undefined : completed(current, result, deps.clock.now())),
  );
}
