import type { DelegationOffer } from '../domain/delegation';
import type { Partner } from '../domain/partner';
import type { Redemption } from '../domain/redemption';
import {
  signInBlockedReason,
  stateAt,
  type LifecyclePolicy,
  type SignInBlockedReason,
  type Subscription,
} from '../domain/subscription';
import type { Tenant } from '../domain/tenant';
import { isGlobalAdmin, type User } from '../domain/user';
import type { AppDeps } from './deps';
import type { Versioned } from './ports';

/**
 * What the use cases answer with: the records and everything the views need besides (the partners'
 * names, the instant the answer speaks of, the rules of the term), so that a view is a plain mapping
 * and never reads the store or the clock.
 */
/** A tenant as the store holds it, with its subscriptions: what tenant use cases read first. */
export interface TenantContext {
  tenant: Versioned<Tenant>;
  subscriptions: Versioned<Subscription>[];
}

export interface SubscriptionDetails {
  subscription: Subscription;
  partnerOfRecord: Partner | null;
  at: Date;
  policy: LifecyclePolicy;
}

export interface DelegatedAdmin {
  partner: Partner;
  since: string;
}

export interface TenantDetails {
  tenant: Tenant;
  subscriptions: SubscriptionDetails[];
  delegatedAdmins: DelegatedAdmin[];
}

export interface RedemptionDetails {
  redemption: Redemption;
  at: Date;
}

export interface OfferDetails {
  offer: DelegationOffer;
  /** The partner that made the offer. */
  partner: Partner;
  at: Date;
}

/**
 * A read model with the version of the document it shows (the store's etag): the resource's ETag, which
 * a client sends back as If-Match on a change.
 */
export type Tagged<T> = T & { etag: string };

export interface UserDetails {
  user: User;
  licensed: boolean;
}

/**
 * A tenant's user as the users operations answer it: with why it cannot sign in now (null: it can),
 * which the state of the tenant's current subscription decides.
 */
export interface TenantUserDetails extends UserDetails {
  signInBlockedReason: SignInBlockedReason | null;
}

/** `user` of a tenant whose current subscription is `subscription`, as things stand now. */
export function tenantUserDetails(
  deps: Pick<AppDeps, 'clock' | 'settings'>,
  user: User,
  subscription: Subscription,
): TenantUserDetails {
  const state = stateAt(subscription, deps.clock.now(), deps.settings.lifecycle);
  return {
    user,
    licensed: subscription.licenseHolders.includes(user.id),
    signInBlockedReason: signInBlockedReason(state, isGlobalAdmin(user)),
  };
}

export function redemptionDetails(deps: Pick<AppDeps, 'clock'>, redemption: Redemption): RedemptionDetails {
  return { redemption, at: deps.clock.now() };
}

/** `known`: partners the caller already holds (the calling partner), not read again. */
export async function subscriptionDetails(
  deps: Pick<AppDeps, 'repos' | 'clock' | 'settings'>,
  subscriptions: Subscription[],
  known: Partner[] = [],
): Promise<SubscriptionDetails[]> {
  const partners = new Map(known.map((p) => [p.id, p]));
  const missing = [
    ...new Set(subscriptions.map((s) => s.partnerOfRecord).filter((id): id is string => id !== null)),
  ].filter((id) => !partners.has(id));
  for (const found of await Promise.all(missing.map((id) => deps.repos.partners.get(id))))
    if (found) partners.set(found.value.id, found.value);
  const at = deps.clock.now();
  return subscriptions.map((subscription) => ({
    subscription,
    partnerOfRecord: subscription.partnerOfRecord
      ? (partners.get(subscription.partnerOfRecord) ?? null)
      : null,
    at,
    policy: deps.settings.lifecycle,
  }));
}

/** One subscription's details. */
export async function detailsOfSubscription(
  deps: Pick<AppDeps, 'repos' | 'clock' | 'settings'>,
  subscription: Subscription,
  known: Partner[] = [],
): Promise<SubscriptionDetails> {
  const [details] = await subscriptionDetails(deps, [subscription], known);
  return details as SubscriptionDetails;
}

/** The tenant's delegated admins with their partners; `known`: partners the caller holds already. */
export async function delegatedAdminsOf(
  deps: Pick<AppDeps, 'repos'>,
  tenant: Tenant,
  known: Partner[] = [],
): Promise<DelegatedAdmin[]> {
  const admins = await Promise.all(
    tenant.delegatedAdmins.map(async (admin) => {
      const partner =
        known.find((p) => p.id === admin.partnerId) ??
        (await deps.repos.partners.get(admin.partnerId))?.value;
      return partner ? { partner, since: admin.since } : null;
    }),
  );
  return admins.filter((a) => a !== null);
}

export async function tenantDetails(
  deps: Pick<AppDeps, 'repos' | 'clock' | 'settings'>,
  tenant: Tenant,
  subscriptions: Subscription[],
  known: Partner[] = [],
): Promise<TenantDetails> {
  return {
    tenant,
    subscriptions: await subscriptionDetails(deps, subscriptions, known),
    delegatedAdmins: await delegatedAdminsOf(deps, tenant, known),
  };
}

export function detailsOf(
  deps: Pick<AppDeps, 'repos' | 'clock' | 'settings'>,
  context: TenantContext,
): Promise<TenantDetails> {
  return tenantDetails(
    deps,
    context.tenant.value,
    context.subscriptions.map((s) => s.value),
  );
}
