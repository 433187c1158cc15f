import { randomUUID } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';
import { DomainError } from '../domain/errors';
import { notificationIds } from '../domain/notification';
import type { Partner } from '../domain/partner';
import type { Principal } from '../domain/principal';
import type { Tenant } from '../domain/tenant';
import {
  assertCanSwitchToDirect,
  DIRECT_TERM_MONTHS,
  migratedTo,
  newSubscription,
  prepaidDaysLeft,
  seatsAt,
  stateAt,
  withMigrationPlanned,
  withPartnerOfRecord,
  type Subscription,
} from '../domain/subscription';
import { subscriptionAudience } from './announce';
import { delegatedAdminPartners } from './delegation';
import { partnerOfRecordChangedEmail } from './emails';
import { queueNotification } from './notifications';
import { indexSubscription, partnersOf } from './partner-subscriptions';
import type { AppDeps } from './deps';
import { createOnce, modify } from './modify';
import { internalPartnerId } from './partners';
import { linkPartner, subscriptionFor, type TenantContext } from './tenants';

const DIRECT_BILLING_NAMESPACE = 'c4e8a1f0-2b3d-4c5e-9f60-7a8b9c0d1e2f';

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

/**
 * Tells a change of Partner of Record to the customer's admins, the new partner and the former one.
 * One notification per change (its id is the change's), queued again harmlessly when the same request
 * is repeated, so a crash between the change and the email is finished by the retry.
 */
async function announcePartnerOfRecordChange(
  deps: AppDeps,
  tenant: Tenant,
  subscription: Subscription,
): Promise<void> {
  const change = subscription.partnerOfRecordChange;
  if (!change) return;
  const [from, to] = await Promise.all(
    [change.from, change.to].map(async (id) =>
      id ? ((await deps.repos.partners.get(id))?.value ?? null) : null,
    ),
  );
  const audience = await subscriptionAudience(deps, tenant, null, [from ?? null, to ?? null]);
  const named = (p: Partner | null | undefined) => (p ? { name: p.name, programId: p.partnerId } : null);
  await queueNotification(deps, {
    id: notificationIds.partnerOfRecordChanged(subscription.id, change.id),
    tenantId: subscription.tenantId,
    type: 'partner_of_record_changed',
    subscriptionId: subscription.id,
    recipients: audience.emails,
    content: partnerOfRecordChangedEmail({
      tenant,
      sku: subscription.sku,
      subscriptionId: subscription.id,
      from: named(from),
      to: named(to),
    }),
  });
}

/**
 * Names the subscription's Partner of Record (by program id): the partner sees the tenant, receives
 * the renewal notices and lists the subscription from then on; the change is told to all concerned.
 */
export async function setPartnerOfRecord(
  deps: AppDeps,
  principal: Principal,
  subscriptionId: string,
  programId: string,
): Promise<Subscription> {
  const { context, subscription } = await subscriptionFor(deps, principal, subscriptionId, 'administer');
  assertNotEnded(subscription.value, deps);
  const partner = await deps.repos.partners.get(internalPartnerId(programId));
  if (!partner) throw new DomainError('partner_not_found', `No partner has the program id ${programId}.`);
  await linkPartner(deps, partner.value.id, subscription.value.tenantId);
  await indexSubscription(deps, subscription.value, [partner.value.id]);
  const updated = await modify(deps.repos.subscriptions, subscriptionId, undefined, (current) => {
    assertNotEnded(current, deps);
    return withPartnerOfRecord(current, partner.value.id, randomUUID(), deps.clock.now());
  });
  const result = (updated ?? subscription).value;
  if (result.partnerOfRecordChange?.to === partner.value.id)
    await announcePartnerOfRecordChange(deps, context.tenant.value, result);
  return result;
}

export async function removePartnerOfRecord(
  deps: AppDeps,
  principal: Principal,
  subscriptionId: string,
): Promise<void> {
  const { context } = await subscriptionFor(deps, principal, subscriptionId, 'administer');
  const updated = await modify(deps.repos.subscriptions, subscriptionId, undefined, (current) =>
    withPartnerOfRecord(current, null, randomUUID(), deps.clock.now()),
  );
  if (updated && updated.value.partnerOfRecord === null && updated.value.partnerOfRecordChange?.to === null)
    await announcePartnerOfRecordChange(deps, context.tenant.value, updated.value);
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
  options: { forfeitPrepaidDays: boolean },
): Promise<{ subscription: Subscription; previous: Subscription; forfeitedDays: number }> {
  const { context, subscription: found } = await subscriptionFor(
    deps,
    principal,
    subscriptionId,
    'administer',
  );
  const policy = deps.settings.lifecycle;
  const confirmed = options.forfeitPrepaidDays;
  if (!found.value.migration) assertCanSwitchToDirect(found.value, deps.clock.now(), policy, confirmed);
  const newId = directSubscriptionIdFor(subscriptionId);

  const marked = await modify(deps.repos.subscriptions, subscriptionId, undefined, (current) => {
    if (!current.migration) assertCanSwitchToDirect(current, deps.clock.now(), policy, confirmed);
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
  await indexSubscription(deps, direct, partnersOf(direct, context.tenant.value));
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
  return { subscription: current.value, previous: previous.value, forfeitedDays: prepaidDaysLeft(old, at) };
}

/** What the subscription views need besides the subscriptions: the partners' names. */
export interface SubscriptionDetails {
  subscription: Subscription;
  partnerOfRecord: Partner | null;
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
  return subscriptions.map((subscription) => ({
    subscription,
    partnerOfRecord: subscription.partnerOfRecord
      ? (partners.get(subscription.partnerOfRecord) ?? null)
      : null,
  }));
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
