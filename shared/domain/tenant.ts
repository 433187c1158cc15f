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

export function isDelegatedAdmin(tenant: Tenant, partnerId: string): boolean {
  return tenant.delegatedAdmins.some((admin) => admin.partnerId === partnerId);
}
