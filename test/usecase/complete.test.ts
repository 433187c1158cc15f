import type { Sku } from '../../shared/domain/catalog';
import { describe, expect, it } from 'vitest';
import { completeRedemption } from '../../shared/app/complete';
import { lookupKey, revokeKey } from '../../shared/app/product-keys';
import { getRedemption } from '../../shared/app/redemptions';
import { domainAvailability, getTenant, listTenants } from '../../shared/app/tenants';
import { listUsers } from '../../shared/app/users';
import { effectiveStatus } from '../../shared/domain/redemption';
import {
  DAY,
  createTenantRequest,
  operator,
  rejectedCode,
  useCaseDeps,
  type SeededPartner,
} from '../support/usecase';

/**
 * "Complete" the wizard, called as a use case: what a completion makes, what it refuses, and what it
 * undoes when a step is refused (create_tenant); what renew and add_seats do to a subscription's
 * terms and seats in each of its states. The HTTP answers are in test/component/complete-*.test.ts.
 */
const world = useCaseDeps();

async function redemptionStatus(partner: SeededPartner, id: string): Promise<string> {
  const { redemption, at } = await getRedemption(world.deps, partner.principal, id);
  return effectiveStatus(redemption, at);
}

async function keyState(key: string): Promise<{ state: string; redemptionId: string | undefined }> {
  const { key: record, state } = await lookupKey(world.deps, operator, key);
  return { state, redemptionId: record.reservation?.redemptionId ?? record.redemption?.redemptionId };
}

describe('complete: create_tenant, its refusals and their undoing', () => {
  it('when the partner asks for neither POR nor delegated administration, then it does not see the tenant afterwards', async () => {
    const made = await world.tenant({ partnerOfRecord: false });
    expect(made.created.subscription.partnerOfRecord).toBeNull();
    expect(await rejectedCode(getTenant(world.deps, made.partner.principal, made.tenantId))).toBe(
      'not_found',
    );
    const listed = await listTenants(world.deps, made.partner.principal, { limit: 50 });
    expect(listed.items).toEqual([]);
  });

  it('when delegated administration is asked at setup, then the partner is delegated admin and uses no license', async () => {
    const made = await world.tenant({ partnerOfRecord: false, delegatedAdministration: true });
    expect(made.created.tenant.delegatedAdmins.map((a) => a.partner.id)).toEqual([made.partner.partner.id]);
    expect(made.created.subscription.subscription.licenseHolders).toEqual([made.adminUserId]);
    expect((await getTenant(world.deps, made.partner.principal, made.tenantId)).tenant.id).toBe(
      made.tenantId,
    );
    const users = await listUsers(world.deps, made.partner.principal, made.tenantId, { limit: 50 });
    expect(users.items.map((u) => u.user.id)).toEqual([made.adminUserId]);
  });

  it('when a partner outside Cloud Essentials asks for delegated administration, then partner_not_eligible and nothing is made', async () => {
    const partner = await world.partner({ cloudEssentials: false });
    const redemptionId = await world.confirmedRedemption(partner, [await world.mintKey()]);
    const request = createTenantRequest({ delegatedAdministration: true });
    expect(await rejectedCode(completeRedemption(world.deps, partner.principal, redemptionId, request))).toBe(
      'partner_not_eligible',
    );
    const prefix = request.tenant.domainPrefix;
    expect((await domainAvailability(world.deps, partner.principal, prefix)).available).toBe(true);
    expect(await redemptionStatus(partner, redemptionId)).toBe('confirmed');
    const tenants = (await world.dump())['tenants'] ?? [];
    expect(tenants.filter((t) => t['createdBy'] === partner.partner.id)).toEqual([]);
  });

  it('when the domain is taken, then domain_unavailable, the keys stay reserved and another prefix succeeds', async () => {
    const first = await world.tenant();
    const partner = await world.partner();
    const key = await world.mintKey();
    const redemptionId = await world.confirmedRedemption(partner, [key]);
    const taken = createTenantRequest({}, { domainPrefix: first.created.tenant.tenant.domainPrefix });
    expect(await rejectedCode(completeRedemption(world.deps, partner.principal, redemptionId, taken))).toBe(
      'domain_unavailable',
    );
    expect(await keyState(key)).toEqual({ state: 'reserved', redemptionId });
    expect(await redemptionStatus(partner, redemptionId)).toBe('confirmed');
    const other = await completeRedemption(
      world.deps,
      partner.principal,
      redemptionId,
      createTenantRequest(),
    );
    expect(other.kind).toBe('tenant_created');
    expect(await keyState(key)).toEqual({ state: 'redeemed', redemptionId });
  });

  it('when the same request is sent again after it completed, then the same result comes back and nothing is doubled', async () => {
    const partner = await world.partner();
    const redemptionId = await world.confirmedRedemption(partner, [await world.mintKey()]);
    const request = createTenantRequest({ partnerOfRecord: true });
    const first = await completeRedemption(world.deps, partner.principal, redemptionId, request);
    const again = await completeRedemption(world.deps, partner.principal, redemptionId, request);
    if (first.kind !== 'tenant_created' || again.kind !== 'tenant_created') throw new Error('no tenant');
    expect(again.tenant.tenant.id).toBe(first.tenant.tenant.id);
    expect(again.adminUser.user.id).toBe(first.adminUser.user.id);
    const listed = await listTenants(world.deps, partner.principal, { limit: 50 });
    expect(listed.items.map((t) => t.tenant.id)).toEqual([first.tenant.tenant.id]);
    const tenants = ((await world.dump())['tenants'] ?? []).filter(
      (t) => t['createdBy'] === partner.partner.id,
    );
    expect(tenants).toHaveLength(1);
  });

  it('when a key was revoked while the wizard waited, then key_revoked, the redemption closes and its other keys are free', async () => {
    const partner = await world.partner();
    const [good, bad] = (await world.mintKeys(2)) as [string, string];
    const redemptionId = await world.confirmedRedemption(partner, [good, bad]);
    await revokeKey(world.deps, operator, bad, 'stolen card');
    const request = createTenantRequest();
    expect(await rejectedCode(completeRedemption(world.deps, partner.principal, redemptionId, request))).toBe(
      'key_revoked',
    );
    expect(await redemptionStatus(partner, redemptionId)).toBe('expired');
    expect((await keyState(good)).state).toBe('available');
    const prefix = request.tenant.domainPrefix;
    expect((await domainAvailability(world.deps, partner.principal, prefix)).available).toBe(true);
    const again = await world.confirmedRedemption(partner, [good]);
    expect((await completeRedemption(world.deps, partner.principal, again, request)).kind).toBe(
      'tenant_created',
    );
  });
});

describe('complete: renew and add_seats', () => {
  const renew = (subscriptionId: string) => ({ action: 'renew' as const, subscriptionId });
  const addSeats = (subscriptionId: string) => ({ action: 'add_seats' as const, subscriptionId });

  async function keysFor(
    partner: SeededPartner,
    count: number,
    terms: { sku?: Sku; termMonths?: number } = {},
  ) {
    return world.confirmedRedemption(partner, await world.mintKeys(count, { seatsPerKey: 10, ...terms }));
  }

  it('when the POR renews an active subscription, then the new term starts at the current end with the keys seats, and the admin and the POR are told', async () => {
    const made = await world.tenant();
    const before = await world.subscription(made.admin, made.subscriptionId);
    const redemptionId = await keysFor(made.partner, 3);
    const renewed = await completeRedemption(
      world.deps,
      made.partner.principal,
      redemptionId,
      renew(made.subscriptionId),
    );
    expect(renewed.kind).toBe('subscription_changed');
    const after = await world.subscription(made.admin, made.subscriptionId);
    // The term in force is still the first (its start and seats); the renewal's is upcoming.
    expect(after.termStart).toBe(before.termStart);
    expect(Date.parse(after.termEnd)).toBeGreaterThan(Date.parse(before.termEnd));
    expect(after.seats).toBe(25);
    expect(after.terms).toEqual([
      before.terms[0],
      { termStart: before.termEnd, termEnd: after.termEnd, seats: 30 },
    ]);
    expect(after.timeline.find((e) => e.event === 'renewal_notice')?.at).toBe(
      new Date(Date.parse(after.termEnd) - 60 * DAY).toISOString(),
    );
    // One receipt each, to the customer's admin and to the POR.
    const renewedId = `subscription_renewed:${made.subscriptionId}:${redemptionId}`;
    expect((await world.mailFor(`${renewedId}:customer`)).to).toEqual([made.adminEmail]);
    expect((await world.mailFor(`${renewedId}:partner:${made.partner.partner.programId}`)).to).toEqual([
      'partner@fabrikam.example',
    ]);
  });

  it('when a subscription is renewed in its grace period, then it extends from its end and is active again', async () => {
    const made = await world.tenant();
    const before = await world.subscription(made.admin, made.subscriptionId);
    world.clock.set(new Date(Date.parse(before.termEnd) + 5 * DAY));
    expect((await world.subscription(made.admin, made.subscriptionId)).state).toBe('expired');
    await completeRedemption(
      world.deps,
      made.partner.principal,
      await keysFor(made.partner, 1),
      renew(made.subscriptionId),
    );
    expect(await world.subscription(made.admin, made.subscriptionId)).toMatchObject({
      state: 'active',
      termStart: before.termEnd,
    });
  });

  it('when a disabled subscription is renewed, then a new term starts now; seats cannot be added to it', async () => {
    const made = await world.tenant();
    const before = await world.subscription(made.admin, made.subscriptionId);
    world.clock.set(new Date(Date.parse(before.termEnd) + 40 * DAY));
    expect((await world.subscription(made.admin, made.subscriptionId)).state).toBe('disabled');
    expect(
      await rejectedCode(
        completeRedemption(
          world.deps,
          made.partner.principal,
          await keysFor(made.partner, 1),
          addSeats(made.subscriptionId),
        ),
      ),
    ).toBe('subscription_not_active');
    const redemptionId = await keysFor(made.partner, 1, { termMonths: 1 });
    const now = world.clock.now().getTime();
    await completeRedemption(world.deps, made.partner.principal, redemptionId, renew(made.subscriptionId));
    const after = await world.subscription(made.admin, made.subscriptionId);
    expect(after.state).toBe('active');
    expect(Date.parse(after.termStart)).toBeGreaterThanOrEqual(now);
    expect(Date.parse(after.termStart) - now).toBeLessThan(60_000);
  });

  it('when a deleted subscription is renewed, then subscription_deleted and the keys stay reserved', async () => {
    const made = await world.tenant();
    const before = await world.subscription(made.admin, made.subscriptionId);
    world.clock.set(new Date(Date.parse(before.termEnd) + 121 * DAY));
    const redemptionId = await keysFor(made.partner, 1);
    expect(
      await rejectedCode(
        completeRedemption(world.deps, made.partner.principal, redemptionId, renew(made.subscriptionId)),
      ),
    ).toBe('subscription_deleted');
    expect(await redemptionStatus(made.partner, redemptionId)).toBe('confirmed');
  });

  it('when seats are added, then they count until the current end and licenses stay', async () => {
    const made = await world.tenant();
    const before = await world.subscription(made.admin, made.subscriptionId);
    await completeRedemption(
      world.deps,
      made.partner.principal,
      await keysFor(made.partner, 2),
      addSeats(made.subscriptionId),
    );
    expect(await world.subscription(made.admin, made.subscriptionId)).toMatchObject({
      seats: 45,
      assignedSeats: 1,
      termEnd: before.termEnd,
    });
  });

  it('when keys of another product are applied, then key_sku_mismatch', async () => {
    const made = await world.tenant();
    const redemptionId = await keysFor(made.partner, 1, { sku: 'ENTERPRISE_E3' });
    for (const request of [renew(made.subscriptionId), addSeats(made.subscriptionId)])
      expect(
        await rejectedCode(completeRedemption(world.deps, made.partner.principal, redemptionId, request)),
      ).toBe('key_sku_mismatch');
  });

  it('when the new term has fewer seats than licenses, then insufficient_seats', async () => {
    const made = await world.tenant();
    for (const userName of ['ann', 'ben', 'cid'])
      await world.addUser(made, { firstName: 'X', lastName: 'Y', userName });
    const redemptionId = await world.confirmedRedemption(made.partner, [
      await world.mintKey({ seatsPerKey: 3 }),
    ]);
    expect(
      await rejectedCode(
        completeRedemption(world.deps, made.partner.principal, redemptionId, renew(made.subscriptionId)),
      ),
    ).toBe('insufficient_seats');
  });

  it('when a delegated admin renews, then it may; a partner with no relation is told not_found', async () => {
    const made = await world.tenant({ partnerOfRecord: false, delegatedAdministration: true });
    const renewed = await completeRedemption(
      world.deps,
      made.partner.principal,
      await keysFor(made.partner, 1),
      renew(made.subscriptionId),
    );
    expect(renewed.kind).toBe('subscription_changed');
    const stranger = await world.partner();
    const redemptionId = await keysFor(stranger, 1);
    expect(
      await rejectedCode(
        completeRedemption(world.deps, stranger.principal, redemptionId, renew(made.subscriptionId)),
      ),
    ).toBe('not_found');
    expect(
      await rejectedCode(
        completeRedemption(
          world.deps,
          stranger.principal,
          redemptionId,
          addSeats('00000000-0000-4000-8000-000000000000'),
        ),
      ),
    ).toBe('not_found');
  });
});
