import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPartner, call, expectProblem, type TestPartner } from '../support/api';
import { startOwnHost, type OwnHost } from '../support/own-host';
import { adminToken, buildTenant, type TestTenant } from '../support/tenants';

/**
 * Issue 21, "no event is lost": a request that ended a delegation and crashed before it told anyone
 * leaves an untold tombstone on the tenant. The same DELETE again finishes the telling (once), and
 * without a retry the webhook sweep does, a minute later. On a host of its own (its clock moves; its
 * queue sends the emails, the customer admin's welcome among them).
 */
let own: OwnHost;
let base: string;
const MINUTE = 60_000;

beforeAll(async () => {
  own = await startOwnHost({ queues: true });
  base = own.apiBaseUrl;
});
afterAll(async () => own?.stop());

type Doc = Record<string, any>;

/** A tenant whose delegated admin is `partner` alone (not its Partner of Record: it sees the tenant through the delegation only). */
async function delegatedTenant(): Promise<{ partner: TestPartner; made: TestTenant }> {
  const partner = await buildPartner({ email: `p.${randomBytes(3).toString('hex')}@partner.example` }, base);
  const made = await buildTenant({
    baseUrl: base,
    partner,
    partnerOfRecord: false,
    delegatedAdministration: true,
  });
  return { partner, made };
}

/**
 * The tenant as a DELETE by `by` leaves it when it crashes right after its write: the admin gone, the
 * tombstone untold, no event and no email written.
 */
async function crashedRemoval(made: TestTenant, partner: TestPartner, by: 'partner' | 'customer') {
  const tenants = own.runtime.deps.repos.tenants;
  const found = await tenants.get(made.tenantId);
  if (!found) throw new Error('no tenant');
  const delegation = found.value.delegatedAdmins.find((a) => a.partnerId === partner.id);
  expect(delegation).toBeDefined();
  const endedAt = own.clock.now().toISOString();
  const crashed: Doc = {
    ...found.value,
    delegatedAdmins: found.value.delegatedAdmins.filter((a) => a.partnerId !== partner.id),
    endedDelegations: [{ partnerId: partner.id, since: delegation?.since, endedAt, by, toldAt: null }],
    untoldEndedDelegationAt: endedAt,
  };
  await tenants.replace(crashed as typeof found.value, found.etag);
  return { since: delegation?.since as string, endedAt };
}

/** What the store holds of the removal's telling: its events to the partner, its notifications. */
async function told(made: TestTenant, partner: TestPartner) {
  const dump = (await own.dump()) as Record<string, Doc[]>;
  const events = (dump['events'] ?? []).filter(
    (e) => e['type'] === 'delegated_admin.removed' && e['partnerId'] === partner.id,
  );
  const notifications = (dump['notifications'] ?? []).filter(
    (n) => n['type'] === 'delegated_admin_removed' && n['tenantId'] === made.tenantId,
  );
  const tenant = (dump['tenants'] ?? []).find((t) => t['id'] === made.tenantId) as Doc;
  return { events, notifications, tenant };
}

const remove = (made: TestTenant, partner: TestPartner, token: string) =>
  call('DELETE', `/tenants/${made.tenantId}/delegated-admins/${partner.partnerId}`, { token, baseUrl: base });

describe('a delegation ended by a request that crashed before telling', () => {
  it('when the partner retries its DELETE, then it answers 204 and the event and email are written once; again, 404', async () => {
    const { partner, made } = await delegatedTenant();
    const { since } = await crashedRemoval(made, partner, 'partner');
    const before = await told(made, partner);
    expect(before.events).toHaveLength(0);
    expect(before.notifications).toHaveLength(0);

    const retried = await remove(made, partner, partner.token);
    expect(retried.status, retried.text).toBe(204);
    const after = await told(made, partner);
    expect(after.events).toHaveLength(1);
    expect(after.events[0]?.['data']).toMatchObject({
      tenantId: made.tenantId,
      partnerId: partner.partnerId,
      by: 'partner',
      since,
    });
    expect(after.notifications).toHaveLength(1);
    expect(after.notifications[0]?.['recipients']).toEqual([expect.stringContaining('@partner.example')]);
    expect(after.tenant['untoldEndedDelegationAt']).toBeNull();
    expect(after.tenant['endedDelegations'][0]['toldAt']).toEqual(expect.any(String));

    // Told: there is nothing left to end, as before the tombstone.
    expectProblem(await remove(made, partner, partner.token), 404, 'not_found');
    const again = await told(made, partner);
    expect(again.events).toHaveLength(1);
    expect(again.notifications).toHaveLength(1);
  });

  it("when the customer's admin retries its DELETE, then it answers 204 and tells once; the partner's own DELETE does not finish the customer's", async () => {
    const { partner, made } = await delegatedTenant();
    const admin = await adminToken(made);
    await crashedRemoval(made, partner, 'customer');
    // Another principal kind finds nothing to end: the tombstone is the customer's request's.
    expectProblem(await remove(made, partner, partner.token), 404, 'not_found');
    expect((await told(made, partner)).events).toHaveLength(0);

    const retried = await remove(made, partner, admin);
    expect(retried.status, retried.text).toBe(204);
    const after = await told(made, partner);
    expect(after.events).toHaveLength(1);
    expect(after.events[0]?.['data']).toMatchObject({ partnerId: partner.partnerId, by: 'customer' });
    expect(after.notifications).toHaveLength(1);
    expect(after.tenant['untoldEndedDelegationAt']).toBeNull();
    expectProblem(await remove(made, partner, admin), 404, 'not_found');
  });

  it('when no one retries, then the webhook sweep tells it a minute later, once', async () => {
    const { partner, made } = await delegatedTenant();
    await crashedRemoval(made, partner, 'partner');
    // Not yet a minute: a request may still be telling it.
    await own.host.invoke('webhook-sweep');
    expect((await told(made, partner)).events).toHaveLength(0);

    own.clock.advance(MINUTE + 1_000);
    await own.host.invoke('webhook-sweep');
    const after = await told(made, partner);
    expect(after.events).toHaveLength(1);
    expect(after.events[0]?.['data']).toMatchObject({ partnerId: partner.partnerId, by: 'partner' });
    expect(after.notifications).toHaveLength(1);
    expect(after.tenant['untoldEndedDelegationAt']).toBeNull();
    expect(after.tenant['endedDelegations'][0]['toldAt']).toEqual(expect.any(String));

    own.clock.advance(MINUTE);
    await own.host.invoke('webhook-sweep');
    const again = await told(made, partner);
    expect(again.events).toHaveLength(1);
    expect(again.notifications).toHaveLength(1);
    // Told by the sweep: the partner's retry now finds nothing to end.
    expectProblem(await remove(made, partner, partner.token), 404, 'not_found');
  });

  it('when the partner ends its delegation in one request, then the tombstone is written told, and the sweep adds nothing', async () => {
    const { partner, made } = await delegatedTenant();
    const removed = await remove(made, partner, partner.token);
    expect(removed.status, removed.text).toBe(204);
    const after = await told(made, partner);
    expect(after.events).toHaveLength(1);
    expect(after.notifications).toHaveLength(1);
    expect(after.tenant['untoldEndedDelegationAt']).toBeNull();
    expect(after.tenant['endedDelegations']).toEqual([
      expect.objectContaining({ partnerId: partner.id, by: 'partner', toldAt: expect.any(String) }),
    ]);
    own.clock.advance(2 * MINUTE);
    await own.host.invoke('webhook-sweep');
    expect((await told(made, partner)).events).toHaveLength(1);
  });
});
