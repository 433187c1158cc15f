import { endingTold, untoldEnding, untoldEndings, withoutDelegatedAdmin } from '../domain/delegation';
import { DomainError } from '../domain/errors';
import { notificationIds } from '../domain/notification';
import type { Principal } from '../domain/principal';
import { isDelegatedAdmin, type EndedDelegation } from '../domain/tenant';
import { partnerById, tellEach, toPartner } from './announce';
import type { AppDeps } from './deps';
import { recordEvents } from './events';
import { delegatedAdminRemovedEmail } from './fact-emails';
import { modify } from './modify';
import { eachPage } from './pages';
import { internalPartnerId } from './partners';
import type { TenantContext } from './read-models';
import { readTenant, tenantFor } from './tenants';

/**
 * The end of a delegation (issue 21, "no event is lost"). The conditional write that removes the
 * delegated admin also records the ending on the tenant, untold; its event and the partner's email
 * follow (each idempotent by the fact's id), then the ending is marked told. A request that fails in
 * between leaves it untold: the same DELETE again finishes it, or else the webhook sweep, after
 * `TELLING_GRACE_MS` (long enough for a request still running to finish it itself).
 */
export const TELLING_GRACE_MS = 60_000;

function notDelegatedAdmin(): DomainError {
  return new DomainError('not_found', 'This partner is not a delegated admin of the tenant.');
}

/** The customer admin ends a delegation, or the partner steps down; the partner no longer sees the tenant (unless POR). */
export async function removeDelegatedAdmin(
  deps: AppDeps,
  principal: Principal,
  tenantId: string,
  programId: string,
): Promise<void> {
  const partnerId = internalPartnerId(programId);
  const itself = principal.kind === 'partner' && principal.partner.id === partnerId;
  const ownAdmin = principal.kind === 'customer_admin' && principal.tenantId === tenantId;
  const by: EndedDelegation['by'] = itself ? 'partner' : 'customer';
  const context = await tenantOrOwnEnding(deps, principal, tenantId, partnerId, itself);
  if (!itself && !ownAdmin)
    throw new DomainError(
      'forbidden',
      "Only the customer's admin, or the partner itself, may end a delegation.",
    );
  if (!isDelegatedAdmin(context.tenant.value, partnerId)) {
    // A retry of a DELETE that ended it and failed before telling: the telling, again (once).
    const untold = untoldEnding(context.tenant.value, partnerId, by);
    if (!untold) throw notDelegatedAdmin();
    return tellEnding(deps, context, untold);
  }
  const written = await modify(deps.repos.tenants.at(tenantId), (tenant) =>
    withoutDelegatedAdmin(tenant, partnerId, by, deps.clock.now()),
  );
  if (!written) throw new DomainError('not_found', 'No such tenant.');
  // Ours, or (a DELETE racing this one ended it first) the other's: told once either way.
  const ended = untoldEnding(written.value, partnerId, by);
  if (ended) await tellEnding(deps, { ...context, tenant: written }, ended);
}

/**
 * The tenant as the principal sees it; a partner that stepped down may no longer see it at all, and
 * then its own untold ending, alone, still admits its retry.
 */
async function tenantOrOwnEnding(
  deps: AppDeps,
  principal: Principal,
  tenantId: string,
  partnerId: string,
  itself: boolean,
): Promise<TenantContext> {
  try {
    return await tenantFor(deps, principal, tenantId, 'see');
  } catch (error) {
    if (!itself || !(error instanceof DomainError) || error.code !== 'not_found') throw error;
    const context = await readTenant(deps, tenantId);
    const tenant = context?.tenant.value;
    if (!context || !tenant || tenant.deletedAt || !untoldEnding(tenant, partnerId, 'partner')) throw error;
    return context;
  }
}

/**
 * Tells the partner its delegation ended (its event, its email: the fact's id is the partner's and
 * the delegation's start, so a second telling writes nothing), then marks the ending told. A tenant
 * purged meanwhile, or a partner gone, has nothing to tell: the ending is only marked.
 */
async function tellEnding(deps: AppDeps, context: TenantContext, ended: EndedDelegation): Promise<void> {
  const tenant = context.tenant.value;
  const partner = await partnerById(deps, ended.partnerId);
  if (partner && !tenant.deletedAt) {
    const fact = notificationIds.delegatedAdminRemoved(partner.programId, ended.since);
    // To the partner whose view of the tenant it ends (its last event of the tenant, unless it is POR).
    await recordEvents(deps, { id: fact, tenantId: tenant.id }, [partner.id], 'delegated_admin.removed', {
      tenantId: tenant.id,
      partnerId: partner.programId,
      by: ended.by,
      since: ended.since,
      removedAt: ended.endedAt,
    });
    const stillPartnerOfRecord = context.subscriptions.some((s) => s.value.partnerOfRecord === partner.id);
    await tellEach(deps, { id: fact, tenantId: tenant.id, type: 'delegated_admin_removed' }, [
      toPartner(partner, (language) =>
        delegatedAdminRemovedEmail(language, {
          organization: tenant.organizationName,
          domain: tenant.domain,
          partnerName: partner.name,
          at: ended.endedAt,
          by: ended.by,
          stillPartnerOfRecord,
        }),
      ),
    ]);
  }
  await modify(deps.repos.tenants.at(tenant.id), (current) => endingTold(current, ended, deps.clock.now()));
}

/**
 * webhook-sweep: the endings no request finished telling, `TELLING_GRACE_MS` after they were written
 * (a query on the tenants' `untoldEndedDelegationAt`, across partitions, no ORDER BY). One tenant's
 * failure stops no other; the next run retries it.
 */
export async function tellEndedDelegations(deps: AppDeps): Promise<number> {
  const before = new Date(deps.clock.now().getTime() - TELLING_GRACE_MS);
  let told = 0;
  for await (const page of eachPage(
    (request) => deps.repos.tenants.listUntoldEndings(before, request),
    deps.log,
  )) {
    for (const found of page) {
      try {
        const context = await readTenant(deps, found.value.id);
        if (!context) continue;
        for (const ended of untoldEndings(context.tenant.value, before)) {
          await tellEnding(deps, context, ended);
          told += 1;
        }
      } catch (error) {
        deps.log.error(
          `tenant ${found.value.id}: an ended delegation not told; the next run retries it`,
          error,
        );
      }
    }
  }
  return told;
}
