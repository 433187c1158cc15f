import { DomainError } from '../domain/errors';
import type { Partner } from '../domain/partner';
import type { Principal } from '../domain/principal';
import type { CompletionRequest, CompletionResult, Redemption } from '../domain/redemption';
import type { Subscription } from '../domain/subscription';
import type { Tenant } from '../domain/tenant';
import type { User } from '../domain/user';
import { partnerOf } from './callers';
import { applyKeysSteps } from './completion/apply-keys';
import { createTenantSteps } from './completion/create-tenant';
import { plan } from './completion/plan';
import type { AppDeps } from './deps';
import type { Versioned } from './ports';
import {
  detailsOfSubscription,
  tenantDetails,
  type SubscriptionDetails,
  type TenantDetails,
  type UserDetails,
} from './read-models';

/**
 * "Complete" the wizard: create the customer's tenant, or renew a subscription, or add seats to it.
 * The plan is completion/plan.ts, its undoing and the steps' toolkit completion/steps.ts, each
 * action's steps beside them; here, the use case that runs them for the partner, and the cleanup
 * timer's way to finish a plan whose request never came back. Asking again with the same body answers what the first time did.
 */
export type CompletionDetails =
  | {
      kind: 'tenant_created';
      tenant: TenantDetails;
      subscription: SubscriptionDetails;
      adminUser: UserDetails;
    }
  | {
      kind: 'subscription_changed';
      subscription: SubscriptionDetails;
      /** add_seats: whole days of the keys' term past the end of the seats. */
      unusedDays?: number;
    };

interface Outcome {
  /** Only when a tenant was created. */
  tenant: Tenant | null;
  subscription: Subscription;
  adminUser: User | null;
  unusedDays?: number | undefined;
}

async function runPlan(deps: AppDeps, partner: Partner, redemption: Versioned<Redemption>): Promise<Outcome> {
  const planned = redemption.value.completion;
  if (!planned) throw new Error(`redemption ${redemption.value.id} has no plan`);
  if (planned.request.action === 'create_tenant')
    return createTenantSteps(deps, partner, redemption, planned);
  return { tenant: null, adminUser: null, ...(await applyKeysSteps(deps, redemption, planned)) };
}

/** What an earlier completion of the same request did, read again. */
async function outcomeOf(deps: AppDeps, result: CompletionResult): Promise<Outcome> {
  const created = result.action === 'create_tenant';
  const [tenant, subscription, adminUser] = await Promise.all([
    created ? deps.repos.tenants.get(result.tenantId) : null,
    deps.repos.subscriptions.get(result.subscriptionId),
    result.adminUserId ? deps.repos.users.get(result.tenantId, result.adminUserId) : null,
  ]);
  if (!subscription || (created && !tenant))
    throw new Error(`the result of a completion is missing (tenant ${result.tenantId})`);
  return {
    tenant: tenant?.value ?? null,
    subscription: subscription.value,
    adminUser: adminUser?.value ?? null,
    unusedDays: result.unusedDays,
  };
}

async function detailsOfOutcome(
  deps: AppDeps,
  partner: Partner,
  outcome: Outcome,
): Promise<CompletionDetails> {
  const { tenant, subscription, adminUser, unusedDays } = outcome;
  // A tenant created earlier whose first admin has since been removed answers like a renewal.
  if (!tenant || !adminUser)
    return {
      kind: 'subscription_changed',
      subscription: await detailsOfSubscription(deps, subscription, [partner]),
      ...(unusedDays === undefined ? {} : { unusedDays }),
    };
  const details = await tenantDetails(deps, tenant, [subscription], [partner]);
  return {
    kind: 'tenant_created',
    tenant: details,
    subscription: details.subscriptions[0] as SubscriptionDetails,
    adminUser: { user: adminUser, licensed: subscription.licenseHolders.includes(adminUser.id) },
  };
}

export async function completeRedemption(
  deps: AppDeps,
  principal: Principal,
  redemptionId: string,
  request: CompletionRequest,
): Promise<CompletionDetails> {
  const partner = partnerOf(principal);
  const planned = await plan(deps, partner, redemptionId, request);
  const outcome =
    planned.kind === 'done'
      ? await outcomeOf(deps, planned.result)
      : await runPlan(deps, partner, planned.redemption);
  return detailsOfOutcome(deps, partner, outcome);
}

/**
 * The cleanup timer's part: finish a plan whose request never came back (a crash, a lost client).
 * A business rule that refuses a step (the domain taken meanwhile, a key revoked) has undone what
 * could be undone and dropped the plan: that is logged and reported as `refused`, and the partner
 * completes again. Any other failure is thrown, for the next run to try again.
 */
export async function resumeCompletion(
  deps: AppDeps,
  redemption: Versioned<Redemption>,
): Promise<'finished' | 'refused'> {
  const partner = await deps.repos.partners.get(redemption.value.partnerId);
  if (!partner) throw new Error(`redemption ${redemption.value.id} belongs to no partner`);
  try {
    await runPlan(deps, partner.value, redemption);
    return 'finished';
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    deps.log.warn(
      `redemption ${redemption.value.id}: its completion was refused: ${error.code}: ${error.detail}`,
    );
    return 'refused';
  }
}
