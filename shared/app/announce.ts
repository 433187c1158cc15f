import {
  CUSTOMER,
  notificationIds,
  partnerAudience,
  type EmailContent,
  type NotificationAudience,
  type NotificationType,
} from '../domain/notification';
import type { Partner } from '../domain/partner';
import type { Redemption } from '../domain/redemption';
import {
  deleteAt,
  graceEndsAt,
  seatsAt,
  termEnd,
  type KeySummary,
  type Subscription,
} from '../domain/subscription';
import { seatsPlacement } from '../domain/subscription-terms';
import type { Tenant } from '../domain/tenant';
import { iso } from '../domain/time';
import type { User } from '../domain/user';
import type { Language } from '../text/languages';
import type { AppDeps } from './deps';
import { directBillingEmails, seatsAddedEmails } from './fact-emails';
import { subscriptionRenewedEmails } from './lifecycle-emails';
import {
  welcomeAdminEmail,
  type Contact,
  type NewsEmails,
  type PartnerCard,
  type SubscriptionFacts,
} from './emails';
import { queueNotification } from './notifications';

/**
 * Who hears of what, in which language: every fact goes to each audience it concerns as a
 * notification of its own (`<fact id>:customer`, `<fact id>:partner:<programId>`), written for that
 * audience, with no other audience's address in its `To`. The customer's Global Administrators read
 * the tenant's language, a partner its own.
 */
export function languageOf(party: Tenant | Partner): Language {
  return party.language;
}

export function partnerCard(partner: Partner): PartnerCard {
  return { name: partner.name, programId: partner.programId, email: partner.email };
}

/** The tenant's Global Administrators with a contact address (once each), as a partner's email names them. */
export async function adminContacts(deps: Pick<AppDeps, 'repos'>, tenant: Tenant): Promise<Contact[]> {
  const admins = await Promise.all(tenant.adminUserIds.map((id) => deps.repos.users.get(tenant.id, id)));
  const contacts = new Map<string, Contact>();
  for (const admin of admins) {
    const email = admin?.value.contactEmail;
    if (admin && email && !contacts.has(email)) contacts.set(email, { name: admin.value.displayName, email });
  }
  return [...contacts.values()];
}

export async function partnerById(deps: Pick<AppDeps, 'repos'>, id: string | null): Promise<Partner | null> {
  return id ? ((await deps.repos.partners.get(id))?.value ?? null) : null;
}

/** One audience's email of a fact. */
export interface Letter {
  audience: NotificationAudience;
  recipients: string[];
  content: EmailContent;
}

export interface Fact {
  /** What it is about (notificationIds); each audience's notification adds its own suffix. */
  id: string;
  tenantId: string;
  type: NotificationType;
  subscriptionId?: string;
  daysBeforeExpiry?: number;
}

/** Queues the fact's notification for each audience that has someone to read it; how many. */
export async function tellEach(deps: AppDeps, fact: Fact, letters: Letter[]): Promise<number> {
  let queued = 0;
  for (const letter of letters) {
    if (letter.recipients.length === 0) continue;
    const { id, ...rest } = fact;
    await queueNotification(deps, {
      ...rest,
      id: notificationIds.forAudience(id, letter.audience),
      recipients: letter.recipients,
      content: letter.content,
    });
    queued += 1;
  }
  return queued;
}

/** The customer's admins' letter: to their contact addresses, in the tenant's language. */
export function toCustomer(
  tenant: Tenant,
  admins: Contact[],
  write: (language: Language) => EmailContent,
): Letter {
  return { audience: CUSTOMER, recipients: admins.map((a) => a.email), content: write(languageOf(tenant)) };
}

/** A partner's letter: to its address, in its language. */
export function toPartner(partner: Partner, write: (language: Language) => EmailContent): Letter {
  return {
    audience: partnerAudience(partner.programId),
    recipients: [partner.email],
    content: write(languageOf(partner)),
  };
}

/** A subscription's facts and the people its news concern: its tenant's admins and its Partner of Record. */
export interface SubscriptionNews {
  tenant: Tenant;
  partnerOfRecord: Partner | null;
  facts: SubscriptionFacts;
}

export async function subscriptionNews(
  deps: Pick<AppDeps, 'repos' | 'settings'>,
  tenant: Tenant,
  subscription: Subscription,
  at: Date,
): Promise<SubscriptionNews> {
  const policy = deps.settings.lifecycle;
  const [partnerOfRecord, admins] = await Promise.all([
    partnerById(deps, subscription.partnerOfRecord),
    adminContacts(deps, tenant),
  ]);
  return {
    tenant,
    partnerOfRecord,
    facts: {
      organization: tenant.organizationName,
      domain: tenant.domain,
      subscriptionId: subscription.id,
      sku: subscription.sku,
      seats: seatsAt(subscription, at),
      assigned: subscription.licenseHolders.length,
      termEnd: termEnd(subscription),
      graceEndsAt: graceEndsAt(subscription, policy),
      deleteAt: deleteAt(subscription, policy),
      graceDays: policy.graceDays,
      partner: partnerOfRecord ? partnerCard(partnerOfRecord) : null,
      admins,
    },
  };
}

/** The letters of a subscription's news: the customer's admins, and the Partner of Record if it has one. */
export function newsLetters<Extra>(
  news: SubscriptionNews,
  emails: NewsEmails<Extra>,
  extra: Extra,
): Letter[] {
  const facts = { ...news.facts, ...extra };
  const letters = [
    toCustomer(news.tenant, news.facts.admins, (language) => emails.customer(language, facts)),
  ];
  const partner = news.partnerOfRecord;
  if (partner)
    letters.push(
      toPartner(partner, (language) => emails.partner(language, { ...facts, partner: partnerCard(partner) })),
    );
  return letters;
}

/**
 * A Global Administrator's first email: its token, and each partner that is the tenant's delegated
 * administrator (from its setup, or since when) with how the customer ends that. `known`: partners
 * in hand (the creating partner), not read again.
 */
export async function welcomeContent(
  deps: Pick<AppDeps, 'repos' | 'links'>,
  tenant: Tenant,
  admin: User,
  token: string,
  known: Partner[] = [],
): Promise<EmailContent> {
  const delegatedAdmins = await Promise.all(
    tenant.delegatedAdmins.map(async ({ partnerId, since }) => {
      const partner = known.find((p) => p.id === partnerId) ?? (await partnerById(deps, partnerId));
      return partner ? [{ ...partnerCard(partner), since, fromSetup: since === tenant.createdAt }] : [];
    }),
  );
  return welcomeAdminEmail(languageOf(tenant), {
    organization: tenant.organizationName,
    domain: tenant.domain,
    tenantId: tenant.id,
    firstName: admin.firstName,
    userName: admin.userName,
    token,
    apiBaseUrl: deps.links.api,
    delegatedAdmins: delegatedAdmins.flat(),
  });
}

/**
 * Keys applied (a renewal, or seats added): a receipt to the customer's admins and to the Partner of
 * Record, once per redemption and audience, naming the partner that redeemed them.
 */
export async function announceKeysApplied(
  deps: AppDeps,
  action: 'renew' | 'add_seats',
  tenant: Tenant,
  subscription: Subscription,
  redemption: Pick<Redemption, 'id' | 'partnerId'>,
  keys: KeySummary,
): Promise<void> {
  const now = deps.clock.now();
  const [news, redeemer] = await Promise.all([
    subscriptionNews(deps, tenant, subscription, now),
    partnerById(deps, redemption.partnerId),
  ]);
  const redeemedBy = redeemer?.name ?? '';
  const fact = { tenantId: subscription.tenantId, subscriptionId: subscription.id };
  if (action === 'renew')
    await tellEach(
      deps,
      { ...fact, id: notificationIds.renewed(subscription.id, redemption.id), type: 'subscription_renewed' },
      newsLetters(news, subscriptionRenewedEmails, { keySeats: keys.totalSeats, redeemedBy }),
    );
  else
    await tellEach(
      deps,
      { ...fact, id: notificationIds.seatsAdded(subscription.id, redemption.id), type: 'seats_added' },
      newsLetters(news, seatsAddedEmails, {
        added: keys.totalSeats,
        until: seatsPlacement(subscription, keys, now).seatsEnd,
        redeemedBy,
      }),
    );
}

/**
 * The switch to direct billing: to the customer's admins, and to the old subscription's Partner of
 * Record (keys no longer renew what it sold), once per switch and audience.
 */
export async function announceDirectBilling(
  deps: AppDeps,
  tenant: Tenant,
  previous: Subscription,
  successor: Subscription,
  at: Date,
  forfeitedDays: number,
): Promise<void> {
  const [news, former] = await Promise.all([
    subscriptionNews(deps, tenant, successor, at),
    // A retry meets the old subscription already migrated, its Partner of Record handed to the successor.
    partnerById(deps, previous.partnerOfRecord ?? successor.partnerOfRecord),
  ]);
  const extra = { previousSubscriptionId: previous.id, at: iso(at), forfeitedDays };
  const letters = [
    toCustomer(tenant, news.facts.admins, (language) =>
      directBillingEmails.customer(language, { ...news.facts, ...extra, stillPartnerOfRecord: false }),
    ),
  ];
  if (former)
    letters.push(
      toPartner(former, (language) =>
        directBillingEmails.partner(language, {
          ...news.facts,
          ...extra,
          partner: partnerCard(former),
          stillPartnerOfRecord: successor.partnerOfRecord === former.id,
        }),
      ),
    );
  await tellEach(
    deps,
    {
      id: notificationIds.switchedToDirectBilling(previous.id),
      tenantId: previous.tenantId,
      type: 'switched_to_direct_billing',
      subscriptionId: previous.id,
    },
    letters,
  );
}
