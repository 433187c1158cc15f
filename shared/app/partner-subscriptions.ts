import type { Partner } from '../domain/partner';
import type { Principal } from '../domain/principal';
import { asOf, stateAt, termEnd, type Subscription, type SubscriptionState } from '../domain/subscription';
import { isDelegatedAdmin, type Tenant } from '../domain/tenant';
import { iso } from '../domain/time';
import { partnerOf } from './callers';
import type { AppDeps } from './deps';
import { pageOfList, type ListRequest } from './paging';
import { AlreadyExistsError, StaleWriteError, type Page, type PageRequest } from './ports';
import { subscriptionDetails, type SubscriptionDetails } from './read-models';

/**
 * A partner's subscriptions, soonest end first: the "renewals due" list of a partner tool. Each
 * subscription a partner is (or may be) Partner of Record or delegated admin of has an entry in the
 * partner's partition with its term's end, written before the change that makes the partner so and
 * refreshed when the term moves, so the list is one single-partition query. Entries are hints: each is
 * checked against the subscription and its tenant when read, so a partner that stopped being POR or
 * delegated admin no longer sees the subscription even if its entry is still there.
 */
type Deps = Pick<AppDeps, 'repos' | 'clock'>;

/** Writes or refreshes the entries of `partnerIds` for the subscription (create first: usually new). */
export async function indexSubscription(
  deps: Deps,
  subscription: Subscription,
  partnerIds: Iterable<string>,
) {
  const end = termEnd(asOf(subscription, deps.clock.now()));
  for (const partnerId of new Set(partnerIds)) {
    const entry = {
      id: subscription.id,
      partnerId,
      tenantId: subscription.tenantId,
      termEnd: end,
      updatedAt: iso(deps.clock.now()),
    };
    try {
      await deps.repos.partnerSubscriptions.create(entry);
      continue;
    } catch (error) {
      if (!(error instanceof AlreadyExistsError)) throw error;
    }
    const current = await deps.repos.partnerSubscriptions.get(partnerId, subscription.id);
    if (!current || current.value.termEnd === end) continue;
    try {
      await deps.repos.partnerSubscriptions.replace(entry, current.etag);
    } catch (error) {
      // Another writer refreshed it at the same moment, from the same subscription.
      if (!(error instanceof StaleWriteError)) throw error;
    }
  }
}

/** Who the subscription's entries are for: its Partner of Record and the tenant's delegated admins. */
export function partnersOf(subscription: Subscription, tenant: Tenant | null): string[] {
  return [
    ...(subscription.partnerOfRecord ? [subscription.partnerOfRecord] : []),
    ...(tenant?.delegatedAdmins.map((a) => a.partnerId) ?? []),
  ];
}

/** Whether the partner is POR or delegated admin of the subscription now (or was, when it was deleted). */
export function partnerServes(partnerId: string, subscription: Subscription, tenant: Tenant | null): boolean {
  if (subscription.state === 'deleted') {
    const deletion = subscription.deletion;
    return deletion?.partnerOfRecord === partnerId || (deletion?.delegatedAdmins ?? []).includes(partnerId);
  }
  return (
    subscription.partnerOfRecord === partnerId || (tenant !== null && isDelegatedAdmin(tenant, partnerId))
  );
}

export interface PartnerSubscriptionsQuery {
  expiresBefore?: string | undefined;
  state?: SubscriptionState | undefined;
}

/**
 * The dates alone say which terms can be in a state at `now`: an entry's term end narrows the query,
 * the subscription itself decides. (A subscription billed directly is always active; a migrated one
 * has no Partner of Record, so it is never listed.)
 */
function termEndRange(query: PartnerSubscriptionsQuery, now: Date, deps: AppDeps) {
  const policy = deps.settings.lifecycle;
  const back = (days: number) => iso(new Date(now.getTime() - days * 86_400_000));
  const range: { endsFrom?: string; endsBefore?: string } = {};
  if (query.state === 'active') range.endsFrom = iso(now);
  if (query.state === 'expired')
    Object.assign(range, { endsFrom: back(policy.graceDays), endsBefore: iso(now) });
  if (query.state === 'disabled')
    Object.assign(range, { endsFrom: back(policy.retentionDays), endsBefore: back(policy.graceDays) });
  if (query.state === 'deleted') range.endsBefore = back(policy.retentionDays);
  if (
    query.expiresBefore !== undefined &&
    (range.endsBefore === undefined || query.expiresBefore < range.endsBefore)
  )
    range.endsBefore = query.expiresBefore;
  return range;
}

export interface ListedSubscription {
  subscription: Subscription;
  tenant: Tenant | null;
}

/** The calling partner's subscriptions, soonest end first, optionally by state and end. */
export function listSubscriptions(
  deps: AppDeps,
  principal: Principal,
  request: PartnerSubscriptionsQuery & ListRequest,
): Promise<Page<SubscriptionDetails>> {
  const partner = partnerOf(principal);
  const { state, expiresBefore } = request;
  const query = { ...(state ? { state } : {}), ...(expiresBefore ? { expiresBefore } : {}) };
  return pageOfList(
    `subscriptions:${partner.id}:${state ?? '*'}:${expiresBefore ?? '*'}`,
    request,
    (page) => partnerSubscriptions(deps, partner, query, page),
    (items) =>
      subscriptionDetails(
        deps,
        items.map((item) => item.subscription),
        [partner],
      ),
  );
}

/**
 * A page of the partner's subscriptions. Entries that no longer hold (the partner stopped being POR or
 * delegated admin, or the state no longer fits) are passed over, and the page is filled from the next
 * entries, asking the store for only as many as are still missing so that none is skipped.
 */
async function partnerSubscriptions(
  deps: AppDeps,
  partner: Partner,
  query: PartnerSubscriptionsQuery,
  page: PageRequest,
): Promise<Page<ListedSubscription>> {
  const now = deps.clock.now();
  if (query.state === 'migrated') return { items: [], continuationToken: null };
  const range = termEndRange(query, now, deps);
  const items: ListedSubscription[] = [];
  let continuationToken = page.continuationToken;
  do {
    const entries = await deps.repos.partnerSubscriptions.listForPartner(partner.id, range, {
      limit: page.limit - items.length,
      continuationToken,
    });
    const checked = await Promise.all(
      entries.items.map((entry) => stillListed(deps, partner, entry.id, query, now)),
    );
    items.push(...checked.filter((item) => item !== null));
    continuationToken = entries.continuationToken;
  } while (items.length < page.limit && continuationToken);
  return { items, continuationToken };
}

async function stillListed(
  deps: AppDeps,
  partner: Partner,
  subscriptionId: string,
  query: PartnerSubscriptionsQuery,
  now: Date,
): Promise<ListedSubscription | null> {
  const found = await deps.repos.subscriptions.get(subscriptionId);
  if (!found) return null;
  const tenant = (await deps.repos.tenants.get(found.value.tenantId))?.value ?? null;
  const subscription = asOf(found.value, now);
  if (!partnerServes(partner.id, subscription, tenant)) return null;
  if (query.state && stateAt(subscription, now, deps.settings.lifecycle) !== query.state) return null;
  if (query.expiresBefore && termEnd(subscription) >= query.expiresBefore) return null;
  return { subscription, tenant };
}
