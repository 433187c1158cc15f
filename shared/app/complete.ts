import { randomUUID } from 'node:crypto';
import { newToken, sha256 } from '../crypto/secrets';
import { DomainError } from '../domain/errors';
import { notificationIds } from '../domain/notification';
import type { Partner } from '../domain/partner';
import {
  assertCompletable,
  completed,
  summarize,
  withCompletionPlanned,
  withoutCompletionPlan,
  type CompletionPlan,
  type CompletionRequest,
  type CompletionResult,
  type Redemption,
  type RedemptionSummary,
} from '../domain/redemption';
import { newSubscription, renewed, termEnd, withSeatsAdded, type Subscription } from '../domain/subscription';
import { domainOf, isReservedPrefix, newTenant, type Tenant } from '../domain/tenant';
import { iso } from '../domain/time';
import { GLOBAL_ADMINISTRATOR, newUser, type User } from '../domain/user';
import { canApplyKeys } from '../domain/visibility';
import type { AppDeps } from './deps';
import { subscriptionRenewedEmail, welcomeAdminEmail } from './emails';
import { createOnce, modify, modifyFrom, retryOnStale } from './modify';
import { queueNotification } from './notifications';
import { AlreadyExistsError, type Versioned } from './ports';
import { redeemKeys, unredeemKeys } from './redeem-keys';
import { expireRedemption, loadRedemption } from './redemptions';
import { linkPartner, subscriptionFor } from './tenants';
import { subscriptionAudience } from './announce';
import { indexSubscription, partnersOf } from './partner-subscriptions';
import { userIdFor } from './users';

/**
 * "Complete" the wizard: create the customer's tenant, or renew a subscription, or add seats to it.
 * Written as resumable steps: the plan (every id, the admin's token) is saved on the redemption
 * first; each step then writes with those ids and treats "already there" as done. A retry after a
 * crash at any point, or the cleanup timer five minutes later, finishes the job; nothing is doubled.
 * Until the tenant exists a step may still fail for a business reason (domain taken, key revoked):
 * the steps done so far are undone and the plan dropped, so the partner can correct and retry.
 */
export interface CompletionOutcome {
  action: CompletionRequest['action'];
  tenant: Tenant;
  subscription: Subscription;
  adminUser: User | null;
}

const ADMIN_LOCAL_PART = 'admin';

/** Key order does not change the fingerprint of a request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function fingerprintOf(request: CompletionRequest): string {
  return sha256(canonical(request));
}

function keysOf(redemption: Redemption): RedemptionSummary {
  const summary = summarize(redemption.keys);
  if (!summary) throw new DomainError('redemption_empty', 'This redemption has no keys.');
  return summary;
}

/**
 * Checks that need no write: who may do this, and whether it can work at all. Returns the
 * subscription that renew and add_seats apply to (null for create_tenant).
 */
async function precheck(
  deps: AppDeps,
  partner: Partner,
  redemption: Redemption,
  request: CompletionRequest,
): Promise<Subscription | null> {
  const now = deps.clock.now();
  if (request.action === 'create_tenant') {
    if (request.delegatedAdministration && !partner.cloudEssentials) {
      throw new DomainError(
        'partner_not_eligible',
        'Delegated administration needs enrolment in the Cloud Essentials program.',
      );
    }
    if (isReservedPrefix(request.tenant.domainPrefix)) throw domainUnavailable(request.tenant.domainPrefix);
    return null;
  }
  const { context, subscription } = await subscriptionFor(
    deps,
    { kind: 'partner', partner },
    request.subscriptionId,
    'see',
  );
  // Said before who may: keys never apply to a subscription billed directly (nor to its predecessor),
  // whoever asks, and its former Partner of Record should learn that rather than a bare 403.
  if (subscription.value.state === 'migrated' || subscription.value.billing === 'direct') {
    throw new DomainError(
      'subscription_migrated',
      'This subscription moved to direct billing; product keys no longer apply to it.',
    );
  }
  if (!canApplyKeys(partner.id, context.tenant.value, subscription.value)) {
    throw new DomainError(
      'forbidden',
      'Only the Partner of Record or a delegated admin may renew or add seats.',
    );
  }
  const keys = keysOf(redemption);
  // A dry run of the rule, so a request that cannot work is refused before anything is written.
  if (request.action === 'renew')
    renewed(subscription.value, keys, redemption.id, now, deps.settings.lifecycle);
  else withSeatsAdded(subscription.value, keys, redemption.id, now, deps.settings.lifecycle);
  return subscription.value;
}

function domainUnavailable(prefix: string): DomainError {
  return new DomainError(
    'domain_unavailable',
    `${domainOf(prefix)} is not available; choose another prefix.`,
  );
}

/** The plan's ids: new ones for a tenant, the checked subscription's for renew and add_seats. */
function newPlan(
  deps: AppDeps,
  request: CompletionRequest,
  subscription: Subscription | null,
  fingerprint: string,
  now: Date,
): CompletionPlan {
  if (request.action === 'create_tenant') {
    const tenantId = randomUUID();
    const token = newToken('kca_');
    return {
      request,
      fingerprint,
      startedAt: iso(now),
      tenantId,
      subscriptionId: randomUUID(),
      adminUserId: userIdFor(tenantId, `${ADMIN_LOCAL_PART}@${domainOf(request.tenant.domainPrefix)}`),
      sealedAdminToken: deps.sealer.seal(token),
    };
  }
  if (!subscription) throw new Error(`${request.action} planned without its subscription`);
  return {
    request,
    fingerprint,
    startedAt: iso(now),
    tenantId: subscription.tenantId,
    subscriptionId: subscription.id,
    adminUserId: null,
    sealedAdminToken: null,
  };
}

type Planned =
  { kind: 'planned'; redemption: Versioned<Redemption> } | { kind: 'done'; result: CompletionResult };

/** Saves the plan, or finds the one a concurrent or earlier attempt of the same request saved. */
async function plan(
  deps: AppDeps,
  partner: Partner,
  redemptionId: string,
  request: CompletionRequest,
): Promise<Planned> {
  const fingerprint = fingerprintOf(request);
  return retryOnStale(async () => {
    const current = await loadRedemption(deps, partner.id, redemptionId);
    const redemption = current.value;
    if (redemption.status === 'completed' && redemption.result?.fingerprint === fingerprint) {
      return { kind: 'done', result: redemption.result };
    }
    if (redemption.completion) {
      if (redemption.completion.fingerprint === fingerprint) return { kind: 'planned', redemption: current };
      throw new DomainError('request_in_progress', 'Another completion of this redemption is under way.', {
        retryAfterSeconds: 1,
      });
    }
    const now = deps.clock.now();
    assertCompletable(redemption, now);
    const subscription = await precheck(deps, partner, redemption, request);
    if (
      request.action === 'create_tenant' &&
      (await deps.repos.domainClaims.get(domainOf(request.tenant.domainPrefix)))
    ) {
      throw domainUnavailable(request.tenant.domainPrefix);
    }
    const next = withCompletionPlanned(
      redemption,
      newPlan(deps, request, subscription, fingerprint, now),
      now,
    );
    return { kind: 'planned', redemption: await deps.repos.redemptions.replace(next, current.etag) };
  });
}

/** Undoes what a plan did before its tenant existed, and drops the plan. */
async function abandon(deps: AppDeps, redemption: Redemption, plan: CompletionPlan): Promise<void> {
  await unredeemKeys(deps, redemption);
  if (plan.request.action === 'create_tenant') {
    const domain = domainOf(plan.request.tenant.domainPrefix);
    const claim = await deps.repos.domainClaims.get(domain);
    if (claim?.value.tenantId === plan.tenantId) await deps.repos.domainClaims.delete(domain);
  }
  await modify(deps.repos.redemptions, redemption.id, redemption.partnerId, (current) =>
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
async function undoableSteps(
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
      const current = await deps.repos.redemptions.get(redemption.id, redemption.partnerId);
      if (current) await expireRedemption(deps, current);
      throw new DomainError(
        error.code,
        `${error.detail} This redemption is closed and its other keys are free: start a new one.`,
      );
    }
    throw error;
  }
}

/** Closes the redemption, writing against the planned copy: no step in between changes it. */
async function finish(deps: AppDeps, redemption: Versioned<Redemption>, plan: CompletionPlan): Promise<void> {
  const result: CompletionResult = {
    action: plan.request.action,
    tenantId: plan.tenantId,
    subscriptionId: plan.subscriptionId,
    adminUserId: plan.adminUserId,
    completedAt: iso(deps.clock.now()),
    fingerprint: plan.fingerprint,
  };
  await modifyFrom(deps.repos.redemptions, redemption, redemption.value.partnerId, (current) =>
    current.status === 'completed' ? undefined : completed(current, result, deps.clock.now()),
  );
}

async function claimDomain(
  deps: AppDeps,
  plan: CompletionPlan,
  domain: string,
  prefix: string,
): Promise<void> {
  try {
    await deps.repos.domainClaims.create({ id: domain, tenantId: plan.tenantId, claimedAt: plan.startedAt });
  } catch (error) {
    if (!(error instanceof AlreadyExistsError)) throw error;
    const claim = await deps.repos.domainClaims.get(domain);
    if (claim?.value.tenantId !== plan.tenantId) throw domainUnavailable(prefix);
  }
}

async function createTenantSteps(
  deps: AppDeps,
  partner: Partner,
  planned: Versioned<Redemption>,
  plan: CompletionPlan,
): Promise<CompletionOutcome> {
  const redemption = planned.value;
  if (plan.request.action !== 'create_tenant' || !plan.adminUserId || !plan.sealedAdminToken)
    throw new Error('not a create_tenant plan');
  const request = plan.request;
  const at = new Date(plan.startedAt);
  const keys = keysOf(redemption);
  const domain = domainOf(request.tenant.domainPrefix);
  const policy = deps.settings.lifecycle;

  await undoableSteps(deps, redemption, plan, async () => {
    await claimDomain(deps, plan, domain, request.tenant.domainPrefix);
    await redeemKeys(deps, redemption, plan.subscriptionId, at);
  });
  const subscription = newSubscription({
    id: plan.subscriptionId,
    tenantId: plan.tenantId,
    sku: keys.sku,
    billing: 'product_key',
    start: at,
    termMonths: keys.termMonths,
    seats: keys.totalSeats,
    source: { redemptionId: redemption.id },
    licenseHolders: [plan.adminUserId],
    partnerOfRecord: request.partnerOfRecord ? partner.id : null,
    policy,
  });
  if (request.partnerOfRecord || request.delegatedAdministration) {
    await linkPartner(deps, partner.id, plan.tenantId);
    await indexSubscription(deps, subscription, [partner.id]);
  }

  const tenant = newTenant({
    id: plan.tenantId,
    organizationName: request.tenant.organizationName,
    countryCode: request.tenant.countryCode,
    domainPrefix: request.tenant.domainPrefix,
    createdBy: partner.id,
    subscriptionId: plan.subscriptionId,
    adminUserId: plan.adminUserId,
    delegatedAdmin: request.delegatedAdministration,
    now: at,
  });
  await createOnce(deps.repos.tenants, tenant);
  await createOnce(deps.repos.subscriptions, subscription);

  const token = deps.sealer.open(plan.sealedAdminToken);
  const tokenHash = deps.hasher.hash('token', token);
  const admin = newUser({
    id: plan.adminUserId,
    tenantId: plan.tenantId,
    userName: `${ADMIN_LOCAL_PART}@${domain}`,
    firstName: request.tenant.admin.firstName,
    lastName: request.tenant.admin.lastName,
    contactEmail: request.tenant.admin.email,
    phone: request.tenant.admin.phone ?? null,
    roles: [GLOBAL_ADMINISTRATOR],
    tokenHash,
    status: 'active',
    now: at,
  });
  await createOnce(deps.repos.users, admin);
  await createOnce(deps.repos.tokens, {
    id: tokenHash,
    kind: 'customer_admin',
    subjectId: admin.id,
    tenantId: tenant.id,
    createdAt: plan.startedAt,
  });
  await queueNotification(deps, {
    id: notificationIds.welcomeAdmin(admin.id),
    tenantId: tenant.id,
    type: 'welcome_admin',
    recipients: [request.tenant.admin.email],
    content: welcomeAdminEmail({ tenant, admin, token, apiBaseUrl: `${deps.settings.publicBaseUrl}/api/v1` }),
  });
  await finish(deps, planned, plan);
  return { action: 'create_tenant', tenant, subscription, adminUser: admin };
}

async function applyKeysSteps(
  deps: AppDeps,
  planned: Versioned<Redemption>,
  plan: CompletionPlan,
): Promise<CompletionOutcome> {
  const redemption = planned.value;
  const request = plan.request;
  if (request.action === 'create_tenant') throw new Error('not a renew or add_seats plan');
  const keys = keysOf(redemption);
  const policy = deps.settings.lifecycle;
  let subscription: Subscription | undefined;
  await undoableSteps(deps, redemption, plan, async () => {
    await redeemKeys(deps, redemption, plan.subscriptionId, new Date(plan.startedAt));
    const updated = await modify(deps.repos.subscriptions, plan.subscriptionId, undefined, (current) => {
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
  const tenant = await deps.repos.tenants.get(applied.tenantId);
  if (!tenant) throw new Error(`subscription ${applied.id} has no tenant`);
  if (request.action === 'renew') {
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
  return { action: request.action, tenant: tenant.value, subscription: applied, adminUser: null };
}

async function runPlan(
  deps: AppDeps,
  partner: Partner,
  redemption: Versioned<Redemption>,
): Promise<CompletionOutcome> {
  const plan = redemption.value.completion;
  if (!plan) throw new Error(`redemption ${redemption.value.id} has no plan`);
  return plan.request.action === 'create_tenant'
    ? createTenantSteps(deps, partner, redemption, plan)
    : applyKeysSteps(deps, redemption, plan);
}

async function outcomeOf(deps: AppDeps, result: CompletionResult): Promise<CompletionOutcome> {
  const [tenant, subscription, adminUser] = await Promise.all([
    deps.repos.tenants.get(result.tenantId),
    deps.repos.subscriptions.get(result.subscriptionId),
    result.adminUserId ? deps.repos.users.get(result.adminUserId, result.tenantId) : Promise.resolve(null),
  ]);
  if (!tenant || !subscription)
    throw new Error(`the result of a completion is missing (tenant ${result.tenantId})`);
  return {
    action: result.action,
    tenant: tenant.value,
    subscription: subscription.value,
    adminUser: adminUser?.value ?? null,
  };
}

export async function completeRedemption(
  deps: AppDeps,
  partner: Partner,
  redemptionId: string,
  request: CompletionRequest,
): Promise<CompletionOutcome> {
  const planned = await plan(deps, partner, redemptionId, request);
  if (planned.kind === 'done') return outcomeOf(deps, planned.result);
  return runPlan(deps, partner, planned.redemption);
}

/** The cleanup timer's part: finish a plan whose request never came back (a crash, a lost client). */
export async function resumeCompletion(deps: AppDeps, redemption: Versioned<Redemption>): Promise<void> {
  const partner = await deps.repos.partners.get(redemption.value.partnerId);
  if (!partner) throw new Error(`redemption ${redemption.value.id} belongs to no partner`);
  await runPlan(deps, partner.value, redemption).catch((error: unknown) => {
    if (!(error instanceof DomainError)) throw error;
  });
}
