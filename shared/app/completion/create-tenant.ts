import { notificationIds } from '../../domain/notification';
import type { Partner } from '../../domain/partner';
import type { CompletionPlan, Redemption } from '../../domain/redemption';
import { newSubscription, type Subscription } from '../../domain/subscription';
import { domainOf, newTenant, type Tenant } from '../../domain/tenant';
import { GLOBAL_ADMINISTRATOR, newUser, type User } from '../../domain/user';
import type { AppDeps } from '../deps';
import { recordEvents, redemptionCompletedEvent, subscriptionData, tenantAudience } from '../events';
import { welcomeContent } from '../announce';
import { createOnce } from '../modify';
import { queueNotification } from '../notifications';
import { indexSubscription } from '../partner-subscriptions';
import { AlreadyExistsError, type Versioned } from '../ports';
import { redeemKeys } from '../redeem-keys';
import { linkPartner } from '../tenants';
import { adminUserName, domainUnavailable, finish, keysOf, undoableSteps } from './steps';

/**
 * create_tenant, step by step with the plan's ids: claim the domain and redeem the keys (undone on a
 * business failure), link the partner, then the tenant, its subscription, its first admin with the
 * token sealed in the plan, the welcome email, and the redemption closed. Every step is a create
 * that finds "already there" done, so running the plan again finishes it.
 */
export interface TenantCreated {
  tenant: Tenant;
  subscription: Subscription;
  adminUser: User;
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

export async function createTenantSteps(
  deps: AppDeps,
  partner: Partner,
  planned: Versioned<Redemption>,
  plan: CompletionPlan,
): Promise<TenantCreated> {
  const redemption = planned.value;
  if (plan.request.action !== 'create_tenant' || !plan.adminUserId || !plan.sealedAdminToken)
    throw new Error('not a create_tenant plan');
  const request = plan.request;
  const at = new Date(plan.startedAt);
  const keys = keysOf(redemption);
  const domain = domainOf(request.tenant.domainPrefix);

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
    policy: deps.settings.lifecycle,
  });
  if (request.partnerOfRecord || request.delegatedAdministration) {
    await linkPartner(deps, partner.id, plan.tenantId);
    await indexSubscription(deps, subscription, [partner.id]);
  }

  const tenant = newTenant({
    id: plan.tenantId,
    organizationName: request.tenant.organizationName,
    countryCode: request.tenant.countryCode,
    language: request.tenant.language,
    domainPrefix: request.tenant.domainPrefix,
    createdBy: partner.id,
    subscriptionId: plan.subscriptionId,
    adminUserId: plan.adminUserId,
    delegatedAdmin: request.delegatedAdministration,
    now: at,
  });
  await createOnce(deps.repos.tenants, tenant);
  await createOnce(deps.repos.subscriptions, subscription);
  // The partner hears of it in its feed if it sees the tenant (Partner of Record or delegated admin).
  await recordEvents(
    deps,
    { id: `subscription_created:${subscription.id}`, tenantId: tenant.id },
    await tenantAudience(deps, tenant, [subscription]),
    'subscription.created',
    subscriptionData(deps, subscription, subscription.partnerOfRecord ? partner : null, at),
  );

  const token = deps.sealer.open(plan.sealedAdminToken);
  const tokenHash = deps.hasher.hash('token', token);
  const admin = newUser({
    id: plan.adminUserId,
    tenantId: plan.tenantId,
    userName: adminUserName(domain),
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
  await redemptionCompletedEvent(deps, redemption, 'create_tenant', subscription, keys);
  await queueNotification(deps, {
    id: notificationIds.welcomeAdmin(admin.id),
    tenantId: tenant.id,
    type: 'welcome_admin',
    recipients: [request.tenant.admin.email],
    content: await welcomeContent(deps, tenant, admin, token, [partner]),
  });
  await finish(deps, planned, plan);
  return { tenant, subscription, adminUser: admin };
}
