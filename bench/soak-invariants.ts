import type { ReceivedMail } from '../dev/received-mail';
import type { LifecyclePolicy } from '../shared/domain/lifecycle';
import type { ProductKeyRecord } from '../shared/domain/inventory';
import { SWEEP_AFTER_MINUTES, audienceOf, type Notification } from '../shared/domain/notification';
import type { Redemption } from '../shared/domain/redemption';
import { seatsAt, stateAt, type Subscription } from '../shared/domain/subscription';
import type { User } from '../shared/domain/user';

/**
 * What must hold over the whole store after a soak, whatever failed during it: nothing lost,
 * nothing doubled, no document in a state the domain cannot reach.
 */
export type Dump = Partial<{
  productKeys: ProductKeyRecord[];
  redemptions: Redemption[];
  subscriptions: Subscription[];
  users: User[];
  notifications: Notification[];
  /** As stored: the program id under its stored name, `partnerId`. */
  partners: { id: string; partnerId: string; email: string }[];
}>;

export function checkInvariants(
  dump: Dump,
  mails: ReceivedMail[],
  now: Date,
  policy: LifecyclePolicy,
): { counts: Record<string, number>; violations: string[] } {
  const violations: string[] = [];
  const keys = dump.productKeys ?? [];
  const redemptions = new Map((dump.redemptions ?? []).map((r) => [r.id, r]));
  const subscriptions = dump.subscriptions ?? [];
  const users = new Map((dump.users ?? []).map((u) => [u.id, u]));
  const notifications = dump.notifications ?? [];

  // Every key redeemed at most once, and counted in exactly one subscription.
  const claims = new Map<string, Subscription[]>();
  for (const subscription of subscriptions) {
    const redemptionIds = new Set([
      ...subscription.appliedRedemptions,
      ...subscription.terms.flatMap((t) => ('redemptionId' in t.source ? [t.source.redemptionId] : [])),
    ]);
    for (const id of redemptionIds) claims.set(id, [...(claims.get(id) ?? []), subscription]);
  }
  let redeemed = 0;
  for (const key of keys) {
    if (key.state !== 'redeemed') continue;
    redeemed += 1;
    const into = key.redemption;
    if (!into) {
      violations.push(`key ${key.id.slice(0, 12)} is redeemed into nothing`);
      continue;
    }
    const claimedBy = claims.get(into.redemptionId) ?? [];
    if (claimedBy.length !== 1 || claimedBy[0]?.id !== into.subscriptionId) {
      violations.push(
        `key ${key.id.slice(0, 12)} (redemption ${into.redemptionId}) counted in ${claimedBy.length} subscription(s)`,
      );
    }
    const redemption = redemptions.get(into.redemptionId);
    if (redemption?.status !== 'completed' || !redemption.keys.some((k) => k.keyId === key.id))
      violations.push(`key ${key.id.slice(0, 12)} is redeemed by a redemption that did not complete with it`);
  }
  // A completed redemption's keys are all redeemed by it; an expired one holds none.
  const keysById = new Map(keys.map((k) => [k.id, k]));
  for (const redemption of redemptions.values()) {
    for (const { keyId } of redemption.keys) {
      const key = keysById.get(keyId);
      if (redemption.status === 'completed' && key?.redemption?.redemptionId !== redemption.id)
        violations.push(
          `redemption ${redemption.id} completed but key ${keyId.slice(0, 12)} is ${key?.state}`,
        );
      if (redemption.status === 'expired' && key?.reservation?.redemptionId === redemption.id)
        violations.push(`redemption ${redemption.id} expired but still holds key ${keyId.slice(0, 12)}`);
    }
    if (
      (redemption.status === 'open' || redemption.status === 'confirmed') &&
      !redemption.completion &&
      Date.parse(redemption.expiresAt) < now.getTime() - 3_600_000
    )
      violations.push(`redemption ${redemption.id} is ${redemption.status} an hour after it expired`);
  }

  // Licences held ≤ seats in force; every holder is a user of the tenant; stored state = the dates'.
  let licences = 0;
  for (const subscription of subscriptions) {
    licences += subscription.licenseHolders.length;
    const seats = seatsAt(subscription, now);
    if (subscription.licenseHolders.length > seats)
      violations.push(
        `subscription ${subscription.id} has ${subscription.licenseHolders.length} licences for ${seats} seats`,
      );
    for (const holder of subscription.licenseHolders) {
      if (users.get(holder)?.tenantId !== subscription.tenantId)
        violations.push(`subscription ${subscription.id} licenses ${holder}, no user of its tenant`);
    }
    const byDate = stateAt(subscription, now, policy);
    if (subscription.state !== byDate)
      violations.push(
        `subscription ${subscription.id} is stored ${subscription.state}, its dates say ${byDate}`,
      );
  }
  for (const user of users.values()) {
    if (user.status !== 'active') violations.push(`user ${user.id} is still ${user.status}`);
  }

  // One email per (fact, audience). A notification's id is the fact it tells and, since issue 20, the
  // audience it is written for (`:customer`, `:partner:<programId>`); an id of the time before tells
  // the fact to everyone at once. A fact told twice to one audience (under two ids: the lifecycle's
  // facts are named by subscription, term and threshold, so this finds one told under another term's
  // id) or told to everyone and to an audience as well is a violation; so is an address of another
  // audience in a notification's recipients.
  const told = new Map<string, Set<string>>();
  const lifecycleEvents = new Map<string, number>();
  const partnerEmails = new Map((dump.partners ?? []).map((p) => [p.partnerId, p.email]));
  const anyPartnerEmail = new Set(partnerEmails.values());
  const adminEmails = new Set([...users.values()].flatMap((u) => (u.contactEmail ? [u.contactEmail] : [])));
  const byAudience = { customer: 0, partner: 0, everyone: 0 };
  for (const n of notifications) {
    const split = audienceOf(n.id);
    const fact = split?.fact ?? n.id;
    const audience = split?.audience ?? 'everyone';
    byAudience[audience === 'customer' ? 'customer' : audience === 'everyone' ? 'everyone' : 'partner'] += 1;
    told.set(fact, new Set([...(told.get(fact) ?? []), audience]));
    const about =
      /^([^:]+):(\d{4}-[^Z]+Z):(renewal_notice|subscription_expired|subscription_disabled|subscription_deleted)/.exec(
        fact,
      );
    if (about) {
      const event = `${n.type} of ${about[1]} for the term ending ${about[2]}${n.daysBeforeExpiry !== null ? `, ${n.daysBeforeExpiry} days before` : ''} to ${audience}`;
      lifecycleEvents.set(event, (lifecycleEvents.get(event) ?? 0) + 1);
      if (about[3] !== n.type) violations.push(`notification ${n.id} has type ${n.type}`);
    }
    if (n.redactedAt) continue; // its recipients were erased with the customer's data
    if (audience === 'customer') {
      const foreign = n.recipients.filter((r) => anyPartnerEmail.has(r) && !adminEmails.has(r));
      if (foreign.length > 0)
        violations.push(`notification ${n.id} for the customer is also to ${foreign.join(', ')}`);
    } else if (audience !== 'everyone') {
      const expected = partnerEmails.get(audience.slice('partner:'.length));
      if (n.recipients.length !== 1 || (expected !== undefined && n.recipients[0] !== expected))
        violations.push(`notification ${n.id} for a partner is to ${n.recipients.join(', ')}`);
    }
  }
  for (const [event, n] of lifecycleEvents) if (n > 1) violations.push(`${n} notifications for ${event}`);
  for (const [fact, audiences] of told)
    if (audiences.has('everyone') && audiences.size > 1)
      violations.push(
        `${fact} was told to everyone and to ${[...audiences].filter((a) => a !== 'everyone').join(', ')}`,
      );

  // Every email sent once: one delivery per notification, and none for a notification not sent.
  const deliveries = new Map<string, number>();
  for (const mail of mails) {
    const id = mail.headers['x-keycard-notification-id'] ?? '(none)';
    deliveries.set(id, (deliveries.get(id) ?? 0) + 1);
  }
  for (const [id, n] of deliveries) if (n > 1) violations.push(`notification ${id} was emailed ${n} times`);
  let pending = 0;
  for (const n of notifications) {
    if (n.status === 'sent' && !deliveries.has(n.id))
      violations.push(`notification ${n.id} is sent but no email went`);
    if (n.status !== 'pending') continue;
    pending += 1;
    const waiting = n.notBefore && Date.parse(n.notBefore) > now.getTime();
    if (!waiting && Date.parse(n.createdAt) < now.getTime() - SWEEP_AFTER_MINUTES * 60_000)
      violations.push(`notification ${n.id} is pending since ${n.createdAt}, older than the sweep allows`);
  }

  return {
    counts: {
      keys: keys.length,
      'keys redeemed': redeemed,
      subscriptions: subscriptions.length,
      users: users.size,
      licences,
      notifications: notifications.length,
      'facts told': told.size,
      'to customers': byAudience.customer,
      'to partners': byAudience.partner,
      'to everyone (old)': byAudience.everyone,
      'emails sent': mails.length,
      'still pending': pending,
    },
    violations,
  };
}
