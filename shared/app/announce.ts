import type { Partner } from '../domain/partner';
import { deleteAt, graceEndsAt, seatsAt, termEnd, type Subscription } from '../domain/subscription';
import type { Tenant } from '../domain/tenant';
import type { AppDeps } from './deps';
import type { SubscriptionFacts } from './emails';
import { adminContactEmails } from './users';

/**
 * Who hears of a subscription's news, and what they are told about it: every Global Administrator of
 * the tenant (at their contact address) and the Partner of Record, once each.
 */
export interface Audience {
  emails: string[];
  partnerOfRecord: Partner | null;
}

export async function subscriptionAudience(
  deps: Pick<AppDeps, 'repos'>,
  tenant: Tenant,
  partnerOfRecordId: string | null,
  alsoPartners: (Partner | null)[] = [],
): Promise<Audience> {
  const partnerOfRecord = partnerOfRecordId
    ? ((await deps.repos.partners.get(partnerOfRecordId))?.value ?? null)
    : null;
  const emails = [
    ...(await adminContactEmails(deps, tenant)),
    ...[partnerOfRecord, ...alsoPartners].filter((p): p is Partner => p !== null).map((p) => p.email),
  ];
  return { emails: [...new Set(emails)], partnerOfRecord };
}

export function subscriptionFacts(
  deps: Pick<AppDeps, 'settings'>,
  tenant: Tenant,
  subscription: Subscription,
  partnerOfRecord: Partner | null,
  at: Date,
): SubscriptionFacts {
  const policy = deps.settings.lifecycle;
  return {
    tenant,
    subscriptionId: subscription.id,
    sku: subscription.sku,
    seats: seatsAt(subscription, at),
    termEnd: termEnd(subscription),
    graceEndsAt: graceEndsAt(subscription, policy),
    deleteAt: deleteAt(subscription, policy),
    graceDays: policy.graceDays,
    partner: partnerOfRecord ? { name: partnerOfRecord.name, programId: partnerOfRecord.programId } : null,
  };
}
