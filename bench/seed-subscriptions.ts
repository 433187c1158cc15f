import { randomUUID } from 'node:crypto';
import type { DocumentStore } from '../shared/adapters/cosmos/document-store';
import { cosmosRepositories } from '../shared/adapters/cosmos/repositories';
import { addDays, addMonths } from '../shared/domain/calendar';
import { newPartner } from '../shared/domain/partner';
import { newSubscription, type Subscription } from '../shared/domain/subscription';
import { newTenant } from '../shared/domain/tenant';
import { newUser } from '../shared/domain/user';

/**
 * Subscriptions written straight to the store (as years of redemptions would leave them), for the
 * timers' bench and tests: `due` whose 60-day notice has come, `due` whose term ended 10 days ago
 * (or `endedDaysAgo`: past 120, the lifecycle passes every stage to the deletion and its purge),
 * each with its tenant and admin; the rest (up to `total`) not due. One Partner of Record.
 */
const POLICY = { graceDays: 30, retentionDays: 120, noticeDays: [60, 30, 7, 1] };
const BULK = 5_000;

function subscription(tenantId: string, start: Date, partnerId: string): Subscription {
  return newSubscription({
    id: randomUUID(),
    tenantId,
    sku: 'BUSINESS_BASIC',
    billing: 'product_key',
    start,
    termMonths: 12,
    seats: 10,
    source: { redemptionId: 'bench' },
    licenseHolders: [],
    partnerOfRecord: partnerId,
    policy: POLICY,
  });
}

export async function seedSubscriptions(
  store: DocumentStore,
  { total, due, now, endedDaysAgo = 10 }: { total: number; due: number; now: Date; endedDaysAgo?: number },
): Promise<{ noticeDue: string[]; ended: string[] }> {
  const partner = newPartner({
    id: randomUUID(),
    programId: '9999999',
    name: 'Bench Partner',
    email: 'bench@partner.example',
    cloudEssentials: true,
    tokenHash: 'bench',
    now,
  });
  // Through its repository: a partner's stored document names its program id `partnerId`.
  await cosmosRepositories(store).partners.create(partner);
  const docs: Record<string, Record<string, unknown>[]> = { subscriptions: [], tenants: [], users: [] };
  const add = (container: string, doc: object) => docs[container]?.push(doc as Record<string, unknown>);
  const noticeDue: string[] = [];
  const ended: string[] = [];
  for (let i = 0; i < total; i += 1) {
    const isDue = i < 2 * due;
    // Due: the 60-day notice has come (the term ends in 40 days), or the term ended 10 days ago.
    const start =
      i < due ? addDays(addMonths(now, -12), 40) : isDue ? addDays(addMonths(now, -12), -endedDaysAgo) : now;
    const tenantId = randomUUID();
    const s = subscription(tenantId, start, partner.id);
    add('subscriptions', s);
    if (!isDue) continue;
    (i < due ? noticeDue : ended).push(s.id);
    const adminId = randomUUID();
    add(
      'tenants',
      newTenant({
        id: tenantId,
        organizationName: `Bench ${i}`,
        countryCode: 'IT',
        domainPrefix: `bench${i}`,
        createdBy: partner.id,
        subscriptionId: s.id,
        adminUserId: adminId,
        delegatedAdmin: false,
        now: start,
      }),
    );
    add(
      'users',
      newUser({
        id: adminId,
        tenantId,
        userName: `admin@bench${i}.onmicrosoft.com`,
        firstName: 'Ada',
        lastName: 'Bench',
        contactEmail: `admin${i}@bench.example`,
        roles: ['global_administrator'],
        status: 'active',
        now: start,
      }),
    );
  }
  for (const [container, list] of Object.entries(docs))
    for (let at = 0; at < list.length; at += BULK)
      await store.createMany(container as 'subscriptions', list.slice(at, at + BULK));
  return { noticeDue, ended };
}
