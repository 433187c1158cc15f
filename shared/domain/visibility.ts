import type { Principal } from './principal';
import type { Subscription } from './subscription';
import { isDelegatedAdmin, type Tenant } from './tenant';

/**
 * Who sees a tenant and who may administer it (docs/api.md). A partner sees a tenant while it is Partner
 * of Record of one of its subscriptions or its delegated admin; administrative actions need the
 * tenant's own customer admin or a delegated admin. Anyone else is told the tenant does not exist.
 */
export function canSee(
  principal: Principal,
  tenant: Tenant,
  subscriptions: readonly Subscription[],
): boolean {
  switch (principal.kind) {
    case 'customer_admin':
      return principal.tenantId === tenant.id;
    case 'partner':
      return (
        isDelegatedAdmin(tenant, principal.partner.id) ||
        subscriptions.some((s) => s.tenantId === tenant.id && s.partnerOfRecord === principal.partner.id)
      );
    case 'operator':
      return false;
  }
}

export function canAdminister(principal: Principal, tenant: Tenant): boolean {
  switch (principal.kind) {
    case 'customer_admin':
      return principal.tenantId === tenant.id;
    case 'partner':
      return isDelegatedAdmin(tenant, principal.partner.id);
    case 'operator':
      return false;
  }
}

/** Renewing or adding seats with keys: the subscription's POR or a delegated admin of its tenant. */
export function canApplyKeys(partnerId: string, tenant: Tenant, subscription: Subscription): boolean {
  return subscription.partnerOfRecord === partnerId || isDelegatedAdmin(tenant, partnerId);
}
