import { v5 as uuidv5 } from 'uuid';
import { DomainError } from '../domain/errors';
import type { Notification } from '../domain/notification';
import type { Partner } from '../domain/partner';
import type { Principal } from '../domain/principal';
import type { Tenant } from '../domain/tenant';
import {
  assertCanSwitchToDirect,
  migratedTo,
  newSubscription,
  seatsAt,
  stateAt,
  withMigrationPlanned,
  withPartnerOfRecord,
  type Subscription,
} from '../domain/subscription';
import { delegatedAdminPartners } from './delegation';
import type { AppDeps } from './deps';
import { createOnce, modify } from './modify';
import { internalPartnerId } from './partners';
import { linkPartner, subscriptionFor, type TenantContext } from './tenants';

const DIRECT_BILLING_NAMESPACE = 'c4e8a1f0-2b3d-4c5e-9f60-7a8b9c0d1e2f';
const DIRECT_TERM_MONTHS = 12;

function assertNotEnded(subscription: Subscription, deps: AppDeps): void {
  const state = stateAt(subscription, deps.clock.now(), deps.settings.lifecycle);
  if (state === 'deleted')
    throw new DomainError('subscription_deleted', 'This subscription has been deleted.');
  if (state === 'migrated')
    throw new DomainError(
      'subscription_migrated',
      'This subscription moved to direct billing; use its successor.',
    );
}

/** Names the subscription's Partner of Record (by program id); the partner sees the tenant from then on. */
export async function setPartnerOfRecord(
  deps: AppDeps,
  principal: Principal,
  subscriptionId: string,
  programId: string,
): Promise<Subscription> {
  const { subscription } = await subscriptionFor(deps, principal, subscriptionId, 'administer');
  assertNotEnded(subscription.value, deps);
  const partner = await deps.repos.partners.get(internalPartnerId(programId));
  if (!partner) throw new DomainError('partner_not_found', `No partner has the program id ${programId}.`);
  await linkPartner(deps, partner.value.id, subscription.value.tenantId);
  const updated = await modify(deps.repos.subscriptions, subscriptionId, undefined, (current) => {
    assertNotEnded(current, deps);
    return withPartnerOfRecord(current, partner.value.id, deps.clock.now());
  });
  return (updated ?? subscription).value;
}

export async function removePartnerOfRecord(
  deps: AppDeps,
  principal: Principal,
  subscriptionId: string,
): Promise<void> {
  await subscriptionFor(deps, principal, subscriptionId, 'administer');
  await modify(deps.repos.subscriptions, subscriptionId, undefined, (current) =>
    withPartnerOfRecord(current, null, deps.clock.now()),
  );
}

export function directSubscriptionIdFor(subscriptionId: string): string {
  return uuidv5(`direct-billing:${subscriptionId}`, DIRECT_BILLING_NAMESPACE);
}

/**
 * Switches to direct billing, in resumable steps with the new subscription's id derived from the
 * old one: mark the old one as moving (license changes wait), create the new one (same product and
 * seats, active now for 12 months, the licenses and Partner of Record copied), point the tenant at
 * it, end the old one as `migrated`. A retry at any point finishes the move; after it, asking again
 * returns the same pair.
 */
export async function switchToDirectBilling(
  deps: AppDeps,
  principal: Principal,
  subscriptionId: string,
): Promise<{ subscription: Subscription; previous: Subscription }> {
  const { subscription: found } = await subscriptionFor(deps, principal, subscriptionId, 'administer');
  const policy = deps.settings.lifecycle;
  if (!found.value.migration) assertCanSwitchToDirect(found.value, deps.clock.now(), policy);
  const newId = directSubscriptionIdFor(subscriptionId);

  const marked = await modify(deps.repos.subscriptions, subscriptionId, undefined, (current) => {
    if (!current.migration) assertCanSwitchToDirect(current, deps.clock.now(), policy);
    return withMigrationPlanned(current, newId, deps.clock.now());
  });
  if (!marked?.value.migration) throw new DomainError('not_found', 'No such subscription.');
  const old = marked.value;
  const at = new Date(old.migration?.at ?? deps.clock.now());

  const direct = newSubscription({
    id: newId,
    tenantId: old.tenantId,
    sku: old.sku,
    billing: 'direct',
    start: at,
    termMonths: DIRECT_TERM_MONTHS,
    seats: seatsAt(old, at),
    source: { directBilling: true },
    licenseHolders: old.licenseHolders,
    partnerOfRecord: old.partnerOfRecord,
    migratedFrom: old.id,
    policy,
  });
  await createOnce(deps.repos.subscriptions, direct);
  await modify(deps.repos.tenants, old.tenantId, undefined, (tenant) =>
    tenant.currentSubscriptionId === newId
      ? undefined
      : {
          ...tenant,
          currentSubscriptionId: newId,
          subscriptionIds: [...new Set([...tenant.subscriptionIds, newId])],
        },
  );
  const previous = await modify(deps.repos.subscriptions, subscriptionId, undefined, (current) =>
    migratedTo(current, deps.clock.now()),
  );
  const current = await deps.repos.subscriptions.get(newId);
  if (!previous || !current) throw new Error(`direct billing of ${subscriptionId} lost a subscription`);
  return { subscription: current.value, previous: previous.value };
}

/** What the subscription views need besides the subscriptions: partner names and notice outcomes. */
export interface SubscriptionDetails {
  subscription: Subscription;
  partnerOfRecord: Partner | null;
  notices: Notification[];
}

/** `known`: partners the caller already holds (the calling partner), not read again. */
export async function subscriptionDetails(
  deps: AppDeps,
  subscriptions: Subscription[],
  known: Partner[] = [],
): Promise<SubscriptionDetails[]> {
  const partners = new Map(known.map((p) => [p.id, p]));
  const missing = [
    ...new Set(subscriptions.map((s) => s.partnerOfRecord).filter((id): id is string => id !== null)),
  ].filter((id) => !partners.has(id));
  for (const found of await Promise.all(missing.map((id) => deps.repos.partners.get(id))))
    if (found) partners.set(found.value.id, found.value);
  return Promise.all(
    subscriptions.map(async (subscription) => ({
      subscription,
      partnerOfRecord: subscription.partnerOfRecord
        ? (partners.get(subscription.partnerOfRecord) ?? null)
        : null,
      notices: (
        await deps.repos.notifications.listForSubscription(subscription.tenantId, subscription.id)
      ).filter((n) => n.type === 'renewal_notice'),
    })),
  );
}

export interface TenantDetails {
  tenant: Tenant;
  subscriptions: SubscriptionDetails[];
  delegatedAdmins: { partner: Partner; since: string }[];
}

export async function tenantDetails(
  deps: AppDeps,
  tenant: Tenant,
  subscriptions: Subscription[],
  known: Partner[] = [],
): Promise<TenantDetails> {
  return {
    tenant,
    subscriptions: await subscriptionDetails(deps, subscriptions, known),
    delegatedAdmins: await delegatedAdminPartners(deps, tenant, known),
  };
}

export function detailsOf(deps: AppDeps, context: TenantContext): Promise<TenantDetails> {
  return tenantDetails(
    deps,
    context.tenant.value,
    context.subscriptions.map((s) => s.value),
  );
}
