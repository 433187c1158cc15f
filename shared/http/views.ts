import type { z } from 'zod';
import type { getCatalog } from '../app/catalog';
import type { CompletionDetails } from '../app/complete';
import type { KeyBatch, Page } from '../app/ports';
import type { KeyBatchOutcome } from '../app/key-batches';
import type { KeyStatus } from '../app/product-keys';
import type {
  DelegatedAdmin,
  OfferDetails,
  RedemptionDetails,
  SubscriptionDetails,
  TenantDetails,
  TenantUserDetails,
} from '../app/read-models';
import type { DirectBillingOutcome } from '../app/subscriptions';
import type { DomainAvailability } from '../app/tenants';
import { offerStatus } from '../domain/delegation';
import { nextAttemptAt, type Notification } from '../domain/notification';
import type { Partner } from '../domain/partner';
import { isGlobalAdmin } from '../domain/user';
import { maskKey } from '../domain/product-key';
import { effectiveStatus, summarize, type RedemptionKey } from '../domain/redemption';
import {
  asOf,
  deleteAt,
  graceEndsAt,
  signInBlockedReason,
  stateAt,
  termAt,
  termEnd,
  upcomingTerms,
  type Term,
} from '../domain/subscription';
import { timeline } from '../domain/subscription-stages';
import type * as Schemas from './schemas';

/**
 * Response bodies from the use cases' read models: what is internal or secret never leaves. Each view
 * is typed by the schema the OpenAPI document publishes for it (its zod input), so a response cannot
 * drift from the document without failing to compile.
 */
type View<Schema extends z.ZodType> = z.input<Schema>;

export function catalogView(catalog: ReturnType<typeof getCatalog>): View<typeof Schemas.Catalog> {
  return {
    skus: catalog.skus.map(({ sku, name }) => ({ sku, name })),
    countries: catalog.countries.map(({ code, name }) => ({ code, name })),
  };
}

/** `ok` with no failed checks; otherwise `degraded` and what failed (settings named, never their values). */
export function healthView(failed: Record<string, string>): View<typeof Schemas.Health> {
  return Object.keys(failed).length === 0 ? { status: 'ok' } : { status: 'degraded', checks: failed };
}

export function partnerView(partner: Partner): View<typeof Schemas.PartnerView> {
  return {
    id: partner.id,
    name: partner.name,
    partnerId: partner.programId,
    email: partner.email,
    cloudEssentials: partner.cloudEssentials,
    language: partner.language,
    createdAt: partner.createdAt,
    updatedAt: partner.updatedAt,
  };
}

export function partnerWithTokenView(partner: Partner, token: string): View<typeof Schemas.PartnerWithToken> {
  return { ...partnerView(partner), token };
}

export function tokenView(token: string): View<typeof Schemas.TokenView> {
  return { token };
}

export function keyBatchView(outcome: KeyBatchOutcome): View<typeof Schemas.KeyBatchView> {
  const { batch, keys, minted, imported, duplicates, invalid } = outcome;
  return {
    batchId: batch.id,
    sku: batch.sku,
    seatsPerKey: batch.seatsPerKey,
    termMonths: batch.termMonths,
    keys,
    minted,
    imported,
    duplicates,
    invalid,
  };
}

/** A batch as it stands: its terms and counts, never a key. */
export function keyBatchStatusView(batch: KeyBatch): View<typeof Schemas.KeyBatchStatusView> {
  const minted = batch.mode === 'minted';
  return {
    batchId: batch.id,
    mode: batch.mode,
    status: batch.status ?? 'complete',
    sku: batch.sku,
    seatsPerKey: batch.seatsPerKey,
    termMonths: batch.termMonths,
    minted: minted ? batch.created : 0,
    imported: minted ? 0 : batch.created,
    duplicates: batch.duplicates,
    invalidCount: batch.invalid,
    createdAt: batch.createdAt,
  };
}

export function redemptionKeyView(key: RedemptionKey): View<typeof Schemas.RedemptionKeyView> {
  return {
    keyRef: key.keyRef,
    maskedKey: maskKey(key.lastGroup),
    sku: key.sku,
    seats: key.seats,
    termMonths: key.termMonths,
  };
}

export function redemptionView({ redemption, at }: RedemptionDetails): View<typeof Schemas.RedemptionView> {
  return {
    id: redemption.id,
    status: effectiveStatus(redemption, at),
    keys: redemption.keys.map(redemptionKeyView),
    summary: summarize(redemption.keys),
    expiresAt: redemption.expiresAt,
    createdAt: redemption.createdAt,
    updatedAt: redemption.updatedAt,
    confirmedAt: redemption.confirmedAt,
  };
}

export function keyStatusView({ key, state }: KeyStatus): View<typeof Schemas.KeyLookupView> {
  return {
    maskedKey: maskKey(key.lastGroup),
    sku: key.sku,
    seats: key.seats,
    termMonths: key.termMonths,
    state,
    ...(state === 'reserved' && key.reservation ? { redemptionId: key.reservation.redemptionId } : {}),
    ...(key.redemption
      ? { redemptionId: key.redemption.redemptionId, subscriptionId: key.redemption.subscriptionId }
      : {}),
    ...(key.revocation ? { revokedAt: key.revocation.at, revocationReason: key.revocation.reason } : {}),
  };
}

export function domainAvailabilityView(
  availability: DomainAvailability,
): View<typeof Schemas.DomainAvailabilityView> {
  return availability;
}

export function subscriptionView(details: SubscriptionDetails): View<typeof Schemas.SubscriptionView> {
  const { partnerOfRecord, at, policy } = details;
  // A subscription billed directly, with the terms it renewed itself for before the timer wrote them.
  const subscription = asOf(details.subscription, at);
  // The term in force gives the start and seats; the end is that of paid coverage (the last term's).
  const current = termAt(subscription, at);
  return {
    id: subscription.id,
    tenantId: subscription.tenantId,
    sku: subscription.sku,
    seats: current.seats,
    assignedSeats: subscription.licenseHolders.length,
    billing: subscription.billing,
    state: stateAt(subscription, at, policy),
    termStart: current.start,
    termEnd: termEnd(subscription),
    currentTerm: termView(current),
    upcomingTerms: upcomingTerms(subscription, at).map(termView),
    graceEndsAt: graceEndsAt(subscription, policy),
    deleteAt: deleteAt(subscription, policy),
    partnerOfRecord: partnerOfRecord
      ? { partnerId: partnerOfRecord.programId, name: partnerOfRecord.name }
      : null,
    timeline: timeline(subscription, at, policy),
    terms: subscription.terms.map((t) => ({ termStart: t.start, termEnd: t.end, seats: t.seats })),
    migratedTo: subscription.state === 'migrated' ? (subscription.migration?.toSubscriptionId ?? null) : null,
    migratedFrom: subscription.migratedFrom,
  };
}

function termView({ start, end, seats }: Term): { start: string; end: string; seats: number } {
  return { start, end, seats };
}

export function delegatedAdminView({
  partner,
  since,
}: DelegatedAdmin): View<typeof Schemas.DelegatedAdminView> {
  return { partnerId: partner.programId, name: partner.name, since };
}

export function tenantView(details: TenantDetails): View<typeof Schemas.TenantView> {
  const tenant = details.tenant;
  return {
    id: tenant.id,
    organizationName: tenant.organizationName,
    countryCode: tenant.countryCode,
    language: tenant.language,
    domain: tenant.domain,
    createdAt: tenant.createdAt,
    subscriptions: details.subscriptions.map(subscriptionView),
    delegatedAdmins: details.delegatedAdmins.map(delegatedAdminView),
  };
}

export function userView({
  user,
  licensed,
  signInBlockedReason: blocked,
}: TenantUserDetails): View<typeof Schemas.UserView> {
  return {
    id: user.id,
    userName: user.userName,
    displayName: user.displayName,
    email: user.contactEmail,
    roles: user.roles,
    licensed,
    signInAllowed: blocked === null,
    signInBlockedReason: blocked,
    createdAt: user.createdAt,
  };
}

export function completionView(
  completion: Extract<CompletionDetails, { kind: 'tenant_created' }>,
): View<typeof Schemas.CompleteCreateTenantView> {
  return {
    tenant: tenantView(completion.tenant),
    subscription: subscriptionView(completion.subscription),
    adminUser: userView({ ...completion.adminUser, signInBlockedReason: signInOf(completion) }),
  };
}

/** Whether the new tenant's first admin can sign in, from its subscription as the answer speaks of it. */
function signInOf(completion: Extract<CompletionDetails, { kind: 'tenant_created' }>) {
  const { subscription, at, policy } = completion.subscription;
  return signInBlockedReason(stateAt(subscription, at, policy), isGlobalAdmin(completion.adminUser.user));
}

export function subscriptionResultView(
  subscription: SubscriptionDetails,
  unusedDays?: number,
): View<typeof Schemas.CompletedSubscriptionResult> {
  return {
    subscription: subscriptionView(subscription),
    ...(unusedDays === undefined ? {} : { unusedDays }),
  };
}

export function directBillingView(outcome: DirectBillingOutcome): View<typeof Schemas.DirectBillingView> {
  return {
    subscription: subscriptionView(outcome.subscription),
    previous: subscriptionView(outcome.previous),
    forfeitedDays: outcome.forfeitedDays,
  };
}

export function notificationView(notification: Notification): View<typeof Schemas.NotificationView> {
  return {
    id: notification.id,
    type: notification.type,
    ...(notification.subscriptionId ? { subscriptionId: notification.subscriptionId } : {}),
    ...(notification.daysBeforeExpiry !== null ? { daysBeforeExpiry: notification.daysBeforeExpiry } : {}),
    recipients: notification.recipients,
    status: notification.status,
    attempts: notification.attempts,
    createdAt: notification.createdAt,
    ...(notification.sentAt ? { sentAt: notification.sentAt } : {}),
    ...(nextAttemptAt(notification) ? { nextAttemptAt: nextAttemptAt(notification) as string } : {}),
  };
}

export function offerView({ offer, partner, at }: OfferDetails): View<typeof Schemas.DelegationOfferView> {
  return {
    id: offer.id,
    tenantId: offer.tenantId,
    partnerId: partner.programId,
    message: offer.message,
    status: offerStatus(offer, at),
    expiresAt: offer.expiresAt,
    createdAt: offer.createdAt,
    respondedAt: offer.respondedAt,
  };
}

/** An offer in a tenant's list: with the partner that made it. */
export function tenantOfferView(details: OfferDetails): View<typeof Schemas.TenantOfferView> {
  return {
    ...offerView(details),
    partner: { name: details.partner.name, partnerId: details.partner.programId },
  };
}

export function offerAnswerView(details: OfferDetails): View<typeof Schemas.OfferAnswerView> {
  return { offer: offerView(details) };
}

export function offerLookupView(
  context: OfferDetails & { tenant: { organizationName: string; domain: string } },
): View<typeof Schemas.OfferLookupView> {
  return {
    offer: offerView(context),
    partner: { name: context.partner.name, partnerId: context.partner.programId },
    tenant: { organizationName: context.tenant.organizationName, domain: context.tenant.domain },
  };
}

/** A page of a list, its items through their view (the published `pageOf(item)` shape). */
export function pageView<T, Item>(
  page: Page<T>,
  view: (item: T) => Item,
): { items: Item[]; continuationToken: string | null } {
  return { items: page.items.map((item) => view(item)), continuationToken: page.continuationToken };
}
