import { derivedId } from '../domain/derived-id';
import { randomUUID } from 'node:crypto';
import { DomainError } from '../domain/errors';
import { notificationIds } from '../domain/notification';
import type { Principal } from '../domain/principal';
import type { Tenant } from '../domain/tenant';
import {
  assertCanSwitchToDirect,
  migratedTo,
  prepaidDaysLeft,
  withMigrationPlanned,
} from '../domain/billing';
import {
  DIRECT_TERM_MONTHS,
  newSubscription,
  seatsAt,
  stateAt,
  withPartnerOfRecord,
  type Subscription,
} from '../domain/subscription';
import {
  announceDirectBilling,
  partnerById,
  partnerCard,
  subscriptionNews,
  tellEach,
  toCustomer,
  toPartner,
} from './announce';
import { partnerOfRecordChangedEmails } from './emails';
import { indexSubscription, partnersOf } from './partner-subscriptions';
import type { AppDeps } from './deps';
import { partnerRef, recordEvents, subscriptionData, subscriptionDataOf, tenantAudience } from './events';
import {
  detailsOfSubscription,
  subscriptionDetails,
  type SubscriptionDetails,
  type Tagged,
} from './read-models';
import { createOnce, modify, modifyIfMatch } from './modify';
import { assertIfMatch } from './preconditions';
import { internalPartnerId } from './partners';
import { linkPartner, subscriptionFor } from './tenants';

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
 * Tells a change of Partner of Record to the customer's admins, the new partner and the former one,
 * each in its own words and language. One notification per change and audience (the change's id, then
 * the audience), queued again harmlessly when the same request is repeated, so a crash between the
 * change and the emails is finished by the retry.
 */
async function announcePartnerOfRecordChange(
  deps: AppDeps,
  tenant: Tenant,
  subscription: Subscription,
): Promise<void> {
  const change = subscription.partnerOfRecordChange;
  if (!change) return;
  const [from, to] = await Promise.all([partnerById(deps, change.from), partnerById(deps, change.to)]);
  const news = await subscriptionNews(deps, tenant, subscription, deps.clock.now());
  // The partners that see the subscription now, and the former Partner of Record (its last event of it).
  const fact = notificationIds.partnerOfRecordChanged(subscription.id, change.id);
  await recordEvents(
    deps,
    { id: fact, tenantId: subscription.tenantId },
    [...(await tenantAudience(deps, tenant, [subscription])), change.from],
    'partner_of_record.changed',
    {
      ...subscriptionData(deps, subscription, to, deps.clock.now()),
      changeId: change.id,
      from: partnerRef(from),
      to: partnerRef(to),
    },
  );
  const told = {
    facts: news.facts,
    from: from ? partnerCard(from) : null,
    to: to ? partnerCard(to) : null,
  };
  const letters = [
    toCustomer(tenant, news.facts.admins, (language) =>
      partnerOfRecordChangedEmails.customer(language, told),
    ),
  ];
  if (to)
    letters.push(
      toPartner(to, (language) =>
        partnerOfRecordChangedEmails.partner(language, { ...told, to: partnerCard(to) }),
      ),
    );
  if (from && from.id !== to?.id)
    letters.push(
      toPartner(from, (language) =>
        partnerOfRecordChangedEmails.formerPartner(language, { ...told, from: partnerCard(from) }),
      ),
    );
  await tellEach(
    deps,
    {
      id: fact,
      tenantId: subscription.tenantId,
      type: 'partner_of_record_changed',
      subscriptionId: subscription.id,
    },
    letters,
  );
}

/**
 * Names the subscription's Partner of Record (by program id): the partner sees the tenant, receives
 * the renewal notices and lists the subscription from then on; the change is told to all concerned.
 * With `ifMatch` (the version the caller read) the change applies to that version only: 412
 * precondition_failed otherwise, checked before anything is written and again by the conditional write.
 * Answers the subscription with the version of its document.
 */
export async function setPartnerOfRecord(
  deps: AppDeps,
  principal: Principal,
  subscriptionId: string,
  programId: string,
  ifMatch: string | null = null,
): Promise<Tagged<SubscriptionDetails>> {
  const { context, subscription } = await subscriptionFor(deps, principal, subscriptionId, 'administer');
  assertIfMatch(ifMatch, subscription.etag);
  assertNotEnded(subscription.value, deps);
  const partner = await deps.repos.partners.get(internalPartnerId(programId));
  if (!partner) throw new DomainError('partner_not_found', `No partner has the program id ${programId}.`);
  await linkPartner(deps, partner.value.id, subscription.value.tenantId);
  await indexSubscription(deps, subscription.value, [partner.value.id]);
  const updated = await modifyIfMatch(
    deps.repos.subscriptions.at(subscriptionId),
    ifMatch,
    (current) => {
      assertNotEnded(current, deps);
      return withPartnerOfRecord(current, partner.value.id, randomUUID(), deps.clock.now());
    },
    subscription,
  );
  const result = updated ?? subscription;
  if (result.value.partnerOfRecordChange?.to === partner.value.id)
    await announcePartnerOfRecordChange(deps, context.tenant.value, result.value);
  return { ...(await detailsOfSubscription(deps, result.value, [partner.value])), etag: result.etag };
}

/** The subscription, as `principal` may see it, with the version of its document (its ETag). */
export async function getSubscription(
  deps: AppDeps,
  principal: Principal,
  subscriptionId: string,
): Promise<Tagged<SubscriptionDetails>> {
  const { subscription } = await subscriptionFor(deps, principal, subscriptionId, 'see');
  return { ...(await detailsOfSubscription(deps, subscription.value)), etag: subscription.etag };
}

export async function removePartnerOfRecord(
  deps: AppDeps,
  principal: Principal,
  subscriptionId: string,
): Promise<void> {
  const { context } = await subscriptionFor(deps, principal, subscriptionId, 'administer');
  const updated = await modify(deps.repos.subscriptions.at(subscriptionId), (current) =>
    withPartnerOfRecord(current, null, randomUUID(), deps.clock.now()),
  );
  if (updated && updated.value.partnerOfRecord === null && updated.value.partnerOfRecordChange?.to === null)
    await announcePartnerOfRecordChange(deps, context.tenant.value, updated.value);
}

export interface DirectBillingOutcome {
  /** The new subscription, billed directly. */
  subscription: SubscriptionDetails;
  /** The subscription it succeeds, now `migrated`. */
  previous: SubscriptionDetails;
  forfeitedDays: number;
}

export function directSubscriptionIdFor(subscriptionId: string): string {
  return derivedId('directBilling', `direct-billing:${subscriptionId}`);
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
): Promise<DirectBillingOutcome> {
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

  const marked = await modify(deps.repos.subscriptions.at(subscriptionId), (current) => {
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
  await modify(deps.repos.tenants.at(old.tenantId), (tenant) =>
    tenant.currentSubscriptionId === newId
      ? undefined
      : {
          ...tenant,
          currentSubscriptionId: newId,
          subscriptionIds: [...new Set([...tenant.subscriptionIds, newId])],
        },
  );
  const previous = await modify(deps.repos.subscriptions.at(subscriptionId), (current) =>
    migratedTo(current, deps.clock.now()),
  );
  const current = await deps.repos.subscriptions.get(newId);
  if (!previous || !current) throw new Error(`direct billing of ${subscriptionId} lost a subscription`);
  // Told once (the old subscription's id, then the audience), again harmlessly by a retry.
  await recordEvents(
    deps,
    { id: notificationIds.switchedToDirectBilling(old.id), tenantId: old.tenantId },
    [
      ...(await tenantAudience(deps, context.tenant.value, [previous.value, current.value])),
      old.partnerOfRecord,
    ],
    'subscription.switched_to_direct_billing',
    {
      ...(await subscriptionDataOf(deps, current.value, deps.clock.now())),
      previousSubscriptionId: old.id,
      forfeitedDays: prepaidDaysLeft(old, at),
    },
  );
  await announceDirectBilling(deps, context.tenant.value, old, current.value, at, prepaidDaysLeft(old, at));
  const [subscription, before] = await subscriptionDetails(deps, [current.value, previous.value]);
  return {
    subscription: subscription as SubscriptionDetails,
    previous: before as SubscriptionDetails,
    forfeitedDays: prepaidDaysLeft(old, at),
  };
}
