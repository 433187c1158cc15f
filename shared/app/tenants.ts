import { DomainError } from '../domain/errors';
import { principalKey, type Principal } from '../domain/principal';
import type { Subscription } from '../domain/subscription';
import { domainOf, isReservedPrefix, normalizePrefix, prefixProblem, withLanguage } from '../domain/tenant';
import type { Language } from '../text/languages';
import { canAdminister, canSee } from '../domain/visibility';
import { partnerOf } from './callers';
import type { AppDeps } from './deps';
import { createOnce, modifyFrom } from './modify';
import { partnerServes } from './partner-subscriptions';
import { pageOfList, type ListRequest } from './paging';
import type { Page, PageRequest, Versioned } from './ports';
import { detailsOf, type TenantContext, type TenantDetails } from './read-models';

function notFound(): DomainError {
  return new DomainError('not_found', 'No such tenant.');
}

/** The tenant and its subscriptions, as stored: no one's view of it checked (callers check it). */
export async function readTenant(
  deps: Pick<AppDeps, 'repos'>,
  tenantId: string,
): Promise<TenantContext | null> {
  const tenant = await deps.repos.tenants.get(tenantId);
  if (!tenant) return null;
  const subscriptions = await Promise.all(
    tenant.value.subscriptionIds.map((id) => deps.repos.subscriptions.get(id)),
  );
  return { tenant, subscriptions: subscriptions.filter((s): s is Versioned<Subscription> => s !== null) };
}

/**
 * The tenant as `principal` may see it. Not visible and not existing are the same answer (404);
 * visible but not to be administered by this principal is a 403.
 */
export async function tenantFor(
  deps: Pick<AppDeps, 'repos'>,
  principal: Principal,
  tenantId: string,
  need: 'see' | 'administer',
): Promise<TenantContext> {
  const context = await readTenant(deps, tenantId);
  if (
    !context ||
    context.tenant.value.deletedAt ||
    !canSee(
      principal,
      context.tenant.value,
      context.subscriptions.map((s) => s.value),
    )
  )
    throw notFound();
  if (need === 'administer' && !canAdminister(principal, context.tenant.value)) {
    throw new DomainError('forbidden', "Only the tenant's customer admin or a delegated admin may do this.");
  }
  return context;
}

export function currentSubscription(context: TenantContext): Versioned<Subscription> {
  const current = context.subscriptions.find(
    (s) => s.value.id === context.tenant.value.currentSubscriptionId,
  );
  if (!current) throw new Error(`tenant ${context.tenant.value.id} has lost its current subscription`);
  return current;
}

/** The subscription's tenant, as `principal` may see it (the subscription must be one of the tenant's). */
export async function subscriptionFor(
  deps: Pick<AppDeps, 'repos'>,
  principal: Principal,
  subscriptionId: string,
  need: 'see' | 'administer',
): Promise<{ context: TenantContext; subscription: Versioned<Subscription> }> {
  const found = await deps.repos.subscriptions.get(subscriptionId);
  if (!found) throw new DomainError('not_found', 'No such subscription.');
  const tombstone = await deletedSubscriptionFor(deps, principal, found, need);
  if (tombstone) return tombstone;
  try {
    const context = await tenantFor(deps, principal, found.value.tenantId, need);
    const subscription = context.subscriptions.find((s) => s.value.id === subscriptionId) ?? found;
    return { context, subscription };
  } catch (error) {
    if (error instanceof DomainError && error.code === 'not_found')
      throw new DomainError('not_found', 'No such subscription.');
    throw error;
  }
}

/**
 * A deleted subscription whose tenant is purged still answers, as a tombstone, to the partners that
 * were its Partner of Record or delegated admin when it was deleted; nothing about it can be changed
 * any more. Null when the subscription is not (yet) such a tombstone.
 */
async function deletedSubscriptionFor(
  deps: Pick<AppDeps, 'repos'>,
  principal: Principal,
  found: Versioned<Subscription>,
  need: 'see' | 'administer',
): Promise<{ context: TenantContext; subscription: Versioned<Subscription> } | null> {
  if (found.value.state !== 'deleted') return null;
  const tenant = await deps.repos.tenants.get(found.value.tenantId);
  if (tenant && !tenant.value.deletedAt) return null;
  const served = principal.kind === 'partner' && partnerServes(principal.partner.id, found.value, null);
  if (!tenant || !served) throw new DomainError('not_found', 'No such subscription.');
  if (need === 'administer')
    throw new DomainError('subscription_deleted', 'This subscription has been deleted.');
  return { context: { tenant, subscriptions: [found] }, subscription: found };
}

/** The tenant with its subscriptions and delegated admins, as `principal` may see it. */
export async function getTenant(
  deps: AppDeps,
  principal: Principal,
  tenantId: string,
): Promise<TenantDetails> {
  return detailsOf(deps, await tenantFor(deps, principal, tenantId, 'see'));
}

/**
 * The language the tenant's admins are written to in (emails, from the next one on): changed by those
 * who may change its users, its customer admins and its delegated-admin partners.
 */
export async function setTenantLanguage(
  deps: AppDeps,
  principal: Principal,
  tenantId: string,
  language: Language,
): Promise<TenantDetails> {
  const context = await tenantFor(deps, principal, tenantId, 'administer');
  const updated = await modifyFrom(deps.repos.tenants.at(tenantId), context.tenant, (tenant) =>
    tenant.deletedAt ? undefined : withLanguage(tenant, language),
  );
  if (!updated || updated.value.deletedAt) throw notFound();
  return detailsOf(deps, { ...context, tenant: updated });
}

/** The tenants the caller sees, a page at a time (a customer admin: its own). */
export function listTenants(
  deps: AppDeps,
  principal: Principal,
  request: ListRequest,
): Promise<Page<TenantDetails>> {
  return pageOfList(
    `tenants:${principalKey(principal)}`,
    request,
    (page) => visibleTenants(deps, principal, page),
    (contexts) => Promise.all(contexts.map((context) => detailsOf(deps, context))),
  );
}

/**
 * The tenants a principal sees: a customer admin its own; a partner those its links name, each
 * checked against the tenant itself (a link may outlive the relation it announced).
 */
async function visibleTenants(
  deps: Pick<AppDeps, 'repos'>,
  principal: Principal,
  page: PageRequest,
): Promise<Page<TenantContext>> {
  if (principal.kind === 'customer_admin') {
    if (page.continuationToken) return { items: [], continuationToken: null };
    const own = await readTenant(deps, principal.tenantId);
    return { items: own ? [own] : [], continuationToken: null };
  }
  if (principal.kind !== 'partner') return { items: [], continuationToken: null };
  const links = await deps.repos.partnerTenants.listForPartner(principal.partner.id, page);
  const contexts = await Promise.all(links.items.map((link) => readTenant(deps, link.id)));
  const visible = contexts.filter(
    (c): c is TenantContext =>
      c !== null &&
      !c.tenant.value.deletedAt &&
      canSee(
        principal,
        c.tenant.value,
        c.subscriptions.map((s) => s.value),
      ),
  );
  return { items: visible, continuationToken: links.continuationToken };
}

/** Records that a partner may now see a tenant, before the change that makes it so. */
export async function linkPartner(
  deps: Pick<AppDeps, 'repos' | 'clock'>,
  partnerId: string,
  tenantId: string,
): Promise<void> {
  // Create without reading first: the link is usually new, and "already there" is the same outcome.
  await createOnce(deps.repos.partnerTenants, {
    id: tenantId,
    partnerId,
    createdAt: deps.clock.now().toISOString(),
  });
}

export interface DomainAvailability {
  domain: string;
  available: boolean;
  reason?: 'taken' | 'reserved';
}

function checkedPrefix(input: string): string {
  const prefix = normalizePrefix(input);
  const problem = prefixProblem(prefix);
  if (problem)
    throw new DomainError('validation_failed', problem, { errors: [{ path: 'prefix', message: problem }] });
  return prefix;
}

/** Whether `<prefix>.onmicrosoft.com` can still be chosen: for a partner filling in the wizard. */
export async function domainAvailability(
  deps: Pick<AppDeps, 'repos'>,
  principal: Principal,
  input: string,
): Promise<DomainAvailability> {
  partnerOf(principal);
  const prefix = checkedPrefix(input);
  const domain = domainOf(prefix);
  if (isReservedPrefix(prefix)) return { domain, available: false, reason: 'reserved' };
  const claim = await deps.repos.domainClaims.get(domain);
  return claim ? { domain, available: false, reason: 'taken' } : { domain, available: true };
}
