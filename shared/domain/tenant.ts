import { languageForCountry, type Language } from '../text/languages';
import { DomainError } from './errors';
import { iso } from './time';

/** A customer's tenant: its organization, its `<prefix>.onmicrosoft.com` domain and its people. */
export const DOMAIN_SUFFIX = 'onmicrosoft.com';
export const PREFIX_RULE = '3 to 27 characters, a-z and 0-9, starting with a letter';

/** Prefixes nobody may claim: they would impersonate the service or its operators. */
const RESERVED_PREFIXES = new Set([
  'admin',
  'administrator',
  'keycard',
  'microsoft',
  'support',
  'security',
  'root',
  'www',
  'mail',
]);

export interface DelegatedAdmin {
  /** Internal id of the partner. */
  partnerId: string;
  since: string;
}

/**
 * A delegation that ended (the partner stepped down, or the customer ended it), written by the same
 * conditional write that removes the admin: until `toldAt`, its event and email may not be written yet
 * (the request may have failed after its write), and a retry or the webhook sweep finishes them.
 */
export interface EndedDelegation {
  /** Internal id of the partner. */
  partnerId: string;
  /** When the delegation began (with the partner, the fact's id). */
  since: string;
  endedAt: string;
  by: 'partner' | 'customer';
  /** When its event and the partner's email were written; null until then. */
  toldAt: string | null;
}

/** At most one pending delegation offer per partner: the tenant names it. */
export interface OfferSlot {
  partnerId: string;
  offerId: string;
  expiresAt: string;
}

export interface Tenant {
  id: string;
  organizationName: string;
  countryCode: string;
  /** The language its admins are written to in (emails, pages); defaults from its country. */
  language: Language;
  domainPrefix: string;
  domain: string;
  createdAt: string;
  /** Internal id of the partner whose redemption created the tenant (it may send delegation offers). */
  createdBy: string;
  /** The subscription in force; earlier ones (migrated to direct billing) stay in `subscriptionIds`. */
  currentSubscriptionId: string;
  subscriptionIds: string[];
  /** Global administrators; the last one cannot be removed. */
  adminUserIds: string[];
  delegatedAdmins: DelegatedAdmin[];
  offerSlots: OfferSlot[];
  /** The most recent ended delegations (`delegation.ts`); tenants written before they existed have none. */
  endedDelegations?: EndedDelegation[];
  /** The earliest `endedAt` of those not yet told, or null: what the webhook sweep looks for. */
  untoldEndedDelegationAt?: string | null;
  /** Set when its last subscription was deleted and its data purged: what remains is a tombstone. */
  deletedAt?: string | null;
}

export function normalizePrefix(prefix: string): string {
  return prefix.trim().toLowerCase();
}

export function prefixProblem(prefix: string): string | null {
  return /^[a-z][a-z0-9]{2,26}$/.test(prefix) ? null : `The domain prefix must be ${PREFIX_RULE}.`;
}

export function isReservedPrefix(prefix: string): boolean {
  return RESERVED_PREFIXES.has(prefix);
}

export function domainOf(prefix: string): string {
  return `${prefix}.${DOMAIN_SUFFIX}`;
}

export function newTenant(input: {
  id: string;
  organizationName: string;
  countryCode: string;
  /** Its country's language when not given. */
  language?: Language | undefined;
  domainPrefix: string;
  createdBy: string;
  subscriptionId: string;
  adminUserId: string;
  delegatedAdmin: boolean;
  now: Date;
}): Tenant {
  return {
    id: input.id,
    organizationName: input.organizationName,
    countryCode: input.countryCode,
    language: input.language ?? languageForCountry(input.countryCode),
    domainPrefix: input.domainPrefix,
    domain: domainOf(input.domainPrefix),
    createdAt: iso(input.now),
    createdBy: input.createdBy,
    currentSubscriptionId: input.subscriptionId,
    subscriptionIds: [input.subscriptionId],
    adminUserIds: [input.adminUserId],
    delegatedAdmins: input.delegatedAdmin ? [{ partnerId: input.createdBy, since: iso(input.now) }] : [],
    offerSlots: [],
  };
}

/**
 * What is kept of a tenant whose data was purged: its ids and dates, who created it. Its name and
 * domain go (the domain is free to be claimed again), and with its admins and delegations, everyone's
 * access.
 */
export function tombstoned(tenant: Tenant, now: Date): Tenant | undefined {
  if (tenant.deletedAt) return undefined;
  return {
    ...tenant,
    organizationName: '',
    domainPrefix: '',
    domain: '',
    adminUserIds: [],
    delegatedAdmins: [],
    offerSlots: [],
    deletedAt: iso(now),
  };
}

/** The tenant with its list of Global Administrators changed; the last one cannot go. */
export function withAdmins(tenant: Tenant, userId: string, admin: boolean): Tenant | undefined {
  const listed = tenant.adminUserIds.includes(userId);
  if (admin === listed) return undefined;
  if (!admin && tenant.adminUserIds.length <= 1) {
    throw new DomainError('last_admin', 'The last Global Administrator cannot stop being one.');
  }
  return {
    ...tenant,
    adminUserIds: admin
      ? [...tenant.adminUserIds, userId]
      : tenant.adminUserIds.filter((id) => id !== userId),
  };
}

/** The tenant speaking `language` to its admins; undefined when it already does. */
export function withLanguage(tenant: Tenant, language: Language): Tenant | undefined {
  return tenant.language === language ? undefined : { ...tenant, language };
}

export function isDelegatedAdmin(tenant: Tenant, partnerId: string): boolean {
  return tenant.delegatedAdmins.some((admin) => admin.partnerId === partnerId);
}
