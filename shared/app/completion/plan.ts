import { randomUUID } from 'node:crypto';
import { newToken, sha256 } from '../../crypto/secrets';
import { DomainError } from '../../domain/errors';
import type { Partner } from '../../domain/partner';
import {
  assertCompletable,
  withCompletionPlanned,
  type CompletionPlan,
  type CompletionRequest,
  type CompletionResult,
  type Redemption,
} from '../../domain/redemption';
import { type Subscription } from '../../domain/subscription';
import { renewed, withSeatsAdded } from '../../domain/subscription-terms';
import { domainOf, isReservedPrefix } from '../../domain/tenant';
import { iso } from '../../domain/time';
import { canApplyKeys } from '../../domain/visibility';
import { canonicalJson } from '../../text/canonical-json';
import type { AppDeps } from '../deps';
import { retryOnStale } from '../modify';
import type { Versioned } from '../ports';
import { loadRedemption } from '../redemptions';
import { subscriptionFor } from '../tenants';
import { adminUserName, domainUnavailable, keysOf } from './steps';
import { userIdFor } from '../users';

/**
 * The plan of a completion (its undoing and the steps' toolkit are steps.ts). The plan (every id, the admin's token) is saved on the
 * redemption before any other write; each step then writes with those ids and treats "already there"
 * as done, so a retry after a crash at any point, or the cleanup timer, finishes the job and nothing
 * is doubled. Until the tenant exists a step may still fail for a business reason (domain taken, key
 * revoked): the steps done so far are undone and the plan dropped, so the partner can correct and retry.
 */

/**
 * Key order does not change the fingerprint of a request, nor does saying `acceptUnusedTerm: false`
 * (the default): an add_seats planned before that field existed is the same request.
 */
function fingerprintOf(request: CompletionRequest): string {
  if (request.action === 'add_seats' && !request.acceptUnusedTerm) {
    return sha256(canonicalJson({ action: request.action, subscriptionId: request.subscriptionId }));
  }
  return sha256(canonicalJson(request));
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
  else
    withSeatsAdded(subscription.value, keys, redemption.id, now, deps.settings.lifecycle, {
      acceptUnusedTerm: request.acceptUnusedTerm ?? false,
    });
  return subscription.value;
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
      adminUserId: userIdFor(tenantId, adminUserName(domainOf(request.tenant.domainPrefix))),
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

export type Planned =
  { kind: 'planned'; redemption: Versioned<Redemption> } | { kind: 'done'; result: CompletionResult };

/** Saves the plan, or finds the one a concurrent or earlier attempt of the same request saved. */
export async function plan(
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
