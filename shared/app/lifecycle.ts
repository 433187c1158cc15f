import { answered, offerStatus } from '../domain/delegation';
import { dueNotices, stagesToPass, type NoticeDecision, type Stage } from '../domain/lifecycle';
import {
  CUSTOMER,
  notificationIds,
  partnerAudience,
  redacted,
  type StageNotificationType,
} from '../domain/notification';
import { rolledOver } from '../domain/billing';
import { calendarOf, scheduled, termEnd, type Subscription } from '../domain/subscription';
import { deleted, purged, withNoticesDecided, withStagePassed } from '../domain/subscription-stages';
import { tombstoned, type Tenant } from '../domain/tenant';
import { newsLetters, partnerById, subscriptionNews, tellEach } from './announce';
import { recordExpiredOffers } from './delegation';
import type { AppDeps } from './deps';
import { recordSubscriptionEvent } from './events';
import {
  renewalNoticeEmails,
  subscriptionDeletedEmails,
  subscriptionDisabledEmails,
  subscriptionExpiredEmails,
} from './lifecycle-emails';
import { modify, modifyFrom } from './modify';
import { eachPage, everyItem } from './pages';
import { indexSubscription, partnersOf } from './partner-subscriptions';
import { type Page, type PageRequest, type Versioned } from './ports';
import { forgetTenantOffers } from './tenant-offers';

/**
 * The timer half of the lifecycle. Each sweep asks only for what is due (an indexed instant on the
 * subscription, paged with continuation tokens, in no order: an ORDER BY across partitions takes the
 * SDK's pipelined path), so its cost follows the work due and
 * not the number of subscriptions. Each subscription it touches is decided from the state it was read
 * in and written once with a conditional write; a lost race re-reads and decides again, and every
 * email's notification id is fixed by what it is about: two runs at once, a run repeated, or a crash
 * between steps neither double nor lose anything.
 */
export interface SweepResult {
  /** Subscriptions the query returned (documents read by the sweep's query). */
  due: number;
  /** Subscriptions written. */
  changed: number;
  /** Emails queued (one per fact and audience). */
  notifications: number;
  failed: number;
}

const PAGE_SIZE = 100;

/**
 * The deps of one run, with partners read once per run: most due subscriptions of a run share a
 * handful of Partners of Record, and a partner's name and address do not need to be fresher than that.
 */
function withPartnersReadOnce(deps: AppDeps): AppDeps {
  const original = deps.repos.partners;
  const read = new Map<string, ReturnType<AppDeps['repos']['partners']['get']>>();
  // The repository itself for everything else (create, replace, ...); only `get` remembers.
  const partners: AppDeps['repos']['partners'] = Object.assign(Object.create(original) as typeof original, {
    get: (id: string) => {
      let found = read.get(id);
      if (!found) {
        found = original.get(id);
        read.set(id, found);
        found.catch(() => read.delete(id));
      }
      return found;
    },
  });
  return { ...deps, repos: { ...deps.repos, partners } };
}

async function sweep(
  deps: AppDeps,
  list: (now: Date, page: PageRequest) => Promise<Page<Versioned<Subscription>>>,
  step: (found: Versioned<Subscription>, now: Date, result: SweepResult) => Promise<void>,
): Promise<SweepResult> {
  const now = deps.clock.now();
  const result: SweepResult = { due: 0, changed: 0, notifications: 0, failed: 0 };
  for await (const page of eachPage((request) => list(now, request), deps.log, PAGE_SIZE)) {
    result.due += page.length;
    for (const found of page) {
      try {
        await step(found, now, result);
      } catch (error) {
        // One subscription's failure never stops the others; it is still due, so the next run retries.
        result.failed += 1;
        deps.log.error(`subscription ${found.value.id} failed; the next run retries it`, error);
      }
    }
  }
  return result;
}

/**
 * Runs `decide` on the subscription until its conditional write lands (modifyFrom: the first try on
 * the copy the sweep read); the subscription written, or undefined when nothing was to be written.
 */
async function decideAndWrite(
  deps: AppDeps,
  found: Versioned<Subscription>,
  decide: (subscription: Subscription) => Promise<Subscription | undefined>,
): Promise<Subscription | undefined> {
  let decided: Subscription | undefined;
  const written = await modifyFrom(deps.repos.subscriptions.at(found.value.id), found, async (current) => {
    decided = await decide(current);
    return decided;
  });
  return decided === undefined ? undefined : written?.value;
}

async function tenantOf(deps: AppDeps, subscription: Subscription): Promise<Tenant> {
  const tenant = await deps.repos.tenants.get(subscription.tenantId);
  if (!tenant) throw new Error(`subscription ${subscription.id} has no tenant ${subscription.tenantId}`);
  return tenant.value;
}

/** The index brought up to date when it was stale (e.g. a document written by an older version). */
function rescheduled(deps: AppDeps, subscription: Subscription): Subscription | undefined {
  const next = scheduled(subscription, deps.settings.lifecycle);
  return next.nextNoticeAt === subscription.nextNoticeAt && next.nextEventAt === subscription.nextEventAt
    ? undefined
    : next;
}

// ---- renewal-notices ---------------------------------------------------------------------------

/**
 * The renewal-notices timer: for each subscription whose next notice is due, the most urgent notice
 * that is due goes to every Global Administrator and the Partner of Record; the thresholds it
 * supersedes are recorded as skipped.
 */
export function sendRenewalNotices(appDeps: AppDeps): Promise<SweepResult> {
  const deps = withPartnersReadOnce(appDeps);
  return sweep(deps, (now, page) => deps.repos.subscriptions.listDueForNotices(now, page), noticeStep);

  async function noticeStep(found: Versioned<Subscription>, now: Date, result: SweepResult): Promise<void> {
    const written = await decideAndWrite(deps, found, async (subscription) => {
      const decision = dueNotices(calendarOf(subscription), now, deps.settings.lifecycle);
      if (decision.send === null && decision.skip.length === 0) return rescheduled(deps, subscription);
      if (decision.send !== null)
        result.notifications += await queueRenewalNotice(subscription, decision.send, now);
      const alreadySent = await sentBeforeACrash(subscription, decision);
      return withNoticesDecided(subscription, decision, now, deps.settings.lifecycle, alreadySent);
    });
    if (written) result.changed += 1;
  }

  /** The notice to the customer's admins and to the Partner of Record, each in its own words. */
  async function queueRenewalNotice(subscription: Subscription, days: number, now: Date): Promise<number> {
    const news = await subscriptionNews(deps, await tenantOf(deps, subscription), subscription, now);
    const fact = notificationIds.renewalNotice(subscription.id, termEnd(subscription), days);
    const extra = { daysLeft: days };
    await recordSubscriptionEvent(deps, fact, news, subscription, 'subscription.renewal_due', extra);
    return tellEach(
      deps,
      {
        id: fact,
        tenantId: subscription.tenantId,
        type: 'renewal_notice',
        subscriptionId: subscription.id,
        daysBeforeExpiry: days,
      },
      newsLetters(news, renewalNoticeEmails, { daysBeforeExpiry: days }),
    );
  }

  /**
   * Thresholds about to be skipped whose notice was in fact queued by a run that crashed before
   * writing its decision (and the time moved on to a more urgent one since): recorded as sent. Read
   * only on that rare path, where something is skipped: the customer's notice (queued first), or one
   * to everyone as written before notices had audiences.
   */
  async function sentBeforeACrash(subscription: Subscription, decision: NoticeDecision): Promise<number[]> {
    const found = await Promise.all(
      decision.skip.map(async (days) => {
        const fact = notificationIds.renewalNotice(subscription.id, termEnd(subscription), days);
        for (const id of [notificationIds.forAudience(fact, CUSTOMER), fact])
          if (await deps.repos.notifications.get(subscription.tenantId, id)) return days;
        return null;
      }),
    );
    return found.filter((days): days is number => days !== null);
  }
}

// ---- subscription-lifecycle --------------------------------------------------------------------

const STAGE_NOTIFICATIONS: Record<Exclude<Stage, 'active'>, StageNotificationType> = {
  expired: 'subscription_expired',
  disabled: 'subscription_disabled',
  deleted: 'subscription_deleted',
};

const STAGE_EMAILS = {
  expired: subscriptionExpiredEmails,
  disabled: subscriptionDisabledEmails,
  deleted: subscriptionDeletedEmails,
};

/**
 * The subscription-lifecycle timer: stores what the dates decide and acts on it. active → expired at
 * the end of the term, → disabled at the end of grace, → deleted at the end of retention (then the
 * purge), each stage told to the admins and the Partner of Record. Stages missed during an outage are
 * passed in order, one notification each. A subscription billed directly renews itself instead.
 * The same run records the delegation offers that have expired (delegation.ts).
 */
export async function advanceLifecycles(appDeps: AppDeps): Promise<SweepResult> {
  const deps = withPartnersReadOnce(appDeps);
  const policy = deps.settings.lifecycle;
  const result = await sweep(
    deps,
    (now, page) => deps.repos.subscriptions.listDueForLifecycle(now, page),
    lifecycleStep,
  );
  // Offers past their date, in the same hourly run: each recorded `expired` and told to its partner.
  const offers = await recordExpiredOffers(deps);
  return {
    ...result,
    notifications: result.notifications + offers.expired,
    failed: result.failed + offers.failed,
  };

  async function lifecycleStep(
    found: Versioned<Subscription>,
    now: Date,
    result: SweepResult,
  ): Promise<void> {
    if (found.value.deletion && !found.value.deletion.purgedAt) {
      if (await purge(deps, found.value, now)) result.changed += 1;
      return;
    }
    let reachedDeletion = false;
    const written = await decideAndWrite(deps, found, async (subscription) => {
      if (subscription.billing === 'direct')
        return rolledOver(subscription, now, policy) ?? rescheduled(deps, subscription);
      const stages = stagesToPass(calendarOf(subscription), now, policy);
      const last = stages[stages.length - 1];
      if (!last || last === 'active') return rescheduled(deps, subscription);
      const tenant = await tenantOf(deps, subscription);
      const news = await subscriptionNews(deps, tenant, subscription, now);
      for (const stage of stages) {
        if (stage === 'active') continue;
        const type = STAGE_NOTIFICATIONS[stage];
        const fact = notificationIds.stage(type, subscription.id, termEnd(subscription));
        await recordSubscriptionEvent(deps, fact, news, subscription, `subscription.${stage}`, {
          state: stage,
        });
        result.notifications += await tellEach(
          deps,
          {
            id: fact,
            tenantId: subscription.tenantId,
            type,
            subscriptionId: subscription.id,
          },
          newsLetters(news, STAGE_EMAILS[stage], {}),
        );
      }
      reachedDeletion = last === 'deleted';
      return last === 'deleted'
        ? deleted(
            subscription,
            tenant.delegatedAdmins.map((a) => a.partnerId),
            now,
            policy,
          )
        : withStagePassed(subscription, last, now, policy);
    });
    if (!written) return;
    result.changed += 1;
    if (written.billing === 'direct') {
      // The term moved: the partners' "renewals due" list follows.
      const tenant = await deps.repos.tenants.get(written.tenantId);
      await indexSubscription(deps, written, partnersOf(written, tenant?.value ?? null));
    }
    if (reachedDeletion) await purge(deps, written, now);
  }
}

// ---- the purge ----------------------------------------------------------------------------------

/**
 * Deletes the customer's data once a subscription is deleted, in steps that are each safe to repeat:
 * users no live subscription licenses (and their tokens); and when the tenant has nothing live left,
 * its delegations, pending offers (withdrawn, links dead), the entries listing its offers (the offers
 * stay), domain, partner links, the idempotency records of its requests, and the recipients and bodies
 * of its notifications (the notifications stay, redacted, as the audit trail). The tenant and the
 * subscription stay as tombstones. The deletion notification is let go first: until it is sent the
 * purge waits (the next run looks again). Returns whether the purge is now complete.
 */
async function purge(deps: AppDeps, subscription: Subscription, now: Date): Promise<boolean> {
  const tenant = await deps.repos.tenants.get(subscription.tenantId);
  const others = tenant
    ? await Promise.all(
        tenant.value.subscriptionIds
          .filter((id) => id !== subscription.id)
          .map((id) => deps.repos.subscriptions.get(id)),
      )
    : [];
  const live = others.filter(
    (s): s is Versioned<Subscription> =>
      s !== null && s.value.state !== 'deleted' && s.value.state !== 'migrated',
  );
  const stillLicensed = new Set(live.flatMap((s) => s.value.licenseHolders));
  await deleteUsers(deps, subscription.tenantId, (userId) => !stillLicensed.has(userId));

  if (live.length === 0 && tenant) {
    await endTenant(deps, tenant.value, now);
    // The last emails are on their way: wait for them before erasing where they go.
    if (await deletionNoticePending(deps, subscription)) return false;
    await redactNotifications(deps, subscription.tenantId);
  }
  const done = await modify(deps.repos.subscriptions.at(subscription.id), (current) =>
    purged(current, now, deps.settings.lifecycle),
  );
  return done !== null;
}

/**
 * Whether a notice of the deletion is still to be sent: the customer's, the Partner of Record's, or
 * one to everyone as written before notices had audiences.
 */
async function deletionNoticePending(deps: AppDeps, subscription: Subscription): Promise<boolean> {
  const fact = notificationIds.stage('subscription_deleted', subscription.id, termEnd(subscription));
  const partner = await partnerById(
    deps,
    subscription.deletion?.partnerOfRecord ?? subscription.partnerOfRecord,
  );
  const ids = [
    fact,
    notificationIds.forAudience(fact, CUSTOMER),
    ...(partner ? [notificationIds.forAudience(fact, partnerAudience(partner.programId))] : []),
  ];
  const notices = await Promise.all(ids.map((id) => deps.repos.notifications.get(subscription.tenantId, id)));
  return notices.some((notice) => notice?.value.status === 'pending');
}

async function deleteUsers(deps: AppDeps, tenantId: string, unlicensed: (userId: string) => boolean) {
  for await (const page of eachPage(
    (request) => deps.repos.users.listForTenant(tenantId, request),
    deps.log,
  )) {
    for (const user of page) {
      if (!unlicensed(user.id)) continue;
      if (user.tokenHash) await deps.repos.tokens.delete(user.tokenHash);
      await deps.repos.users.delete(tenantId, user.id);
    }
  }
}

/** A tenant with nothing live left: no delegations, no pending offer, no domain, no links. */
async function endTenant(deps: AppDeps, tenant: Tenant, now: Date): Promise<void> {
  for (const slot of tenant.offerSlots) {
    const offer = await deps.repos.delegationOffers.get(slot.offerId);
    if (!offer) continue;
    if (offerStatus(offer.value, now) === 'pending')
      await modify(deps.repos.delegationOffers.at(offer.value.id), (current) =>
        offerStatus(current, now) === 'pending' ? answered(current, 'withdrawn', now) : undefined,
      );
    await deps.repos.tokens.delete(offer.value.tokenHash);
  }
  const claim = tenant.domain ? await deps.repos.domainClaims.get(tenant.domain) : null;
  if (claim?.value.tenantId === tenant.id) await deps.repos.domainClaims.delete(tenant.domain);
  const links = await everyItem(
    (page) => deps.repos.partnerTenants.listKeysForTenant(tenant.id, page),
    deps.log,
  );
  for (const link of links) await deps.repos.partnerTenants.delete(...link);
  await forgetTenantOffers(deps, tenant.id);
  const records = await everyItem(
    (page) => deps.repos.idempotency.listIdsForTenant(tenant.id, page),
    deps.log,
  );
  for (const id of records) await deps.repos.idempotency.delete(id);
  await modify(deps.repos.tenants.at(tenant.id), (current) => tombstoned(current, now));
}

async function redactNotifications(deps: AppDeps, tenantId: string): Promise<void> {
  for await (const page of eachPage(
    (request) => deps.repos.notifications.listForTenant(tenantId, request),
    deps.log,
  )) {
    for (const notification of page) {
      if (redacted(notification, deps.clock.now()) === undefined) continue;
      await modify(deps.repos.notifications.at(tenantId, notification.id), (current) =>
        redacted(current, deps.clock.now()),
      );
    }
  }
}
