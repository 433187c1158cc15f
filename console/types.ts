/** The shapes the console reads (the published schemas, docs/api.md). */
export interface Partner {
  name: string;
  partnerId: string;
  cloudEssentials: boolean;
}
export interface AddedKey {
  keyRef: string;
  maskedKey: string;
  sku: string;
  seats: number;
  termMonths: number;
}
export interface Redemption {
  id: string;
  status: string;
  keys: AddedKey[];
  summary: { sku: string; totalSeats: number; termMonths: number } | null;
  expiresAt: string;
}
export interface TimelineEvent {
  event: 'renewal_notice' | 'expiry' | 'grace_end' | 'deletion';
  at: string;
  status: string;
  daysBeforeExpiry?: number;
}
export interface Subscription {
  id: string;
  tenantId: string;
  sku: string;
  seats: number;
  assignedSeats: number;
  billing: string;
  state: string;
  termStart: string;
  termEnd: string;
  timeline: TimelineEvent[];
}
export interface Tenant {
  id: string;
  organizationName: string;
  countryCode: string;
  domain: string;
  subscriptions: Subscription[];
  delegatedAdmins: { partnerId: string; name: string; since: string }[];
}
export interface User {
  id: string;
  userName: string;
  displayName: string;
  email: string | null;
  roles: string[];
  licensed: boolean;
  signInAllowed: boolean;
  signInBlockedReason: string | null;
}
export interface DelegationOffer {
  id: string;
  tenantId: string;
  partnerId: string;
  message: string;
  status: string;
  expiresAt: string;
  createdAt: string;
}
export interface Catalog {
  skus: { sku: string; name: string }[];
  countries: { code: string; name: string }[];
}
export interface Page<T> {
  items: T[];
  continuationToken: string | null;
}
