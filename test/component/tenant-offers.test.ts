import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { CountingStore } from '../../bench/counting-store';
import { buildPartner, call, expectProblem, type TestPartner } from '../support/api';
import type { ContainerName } from '../../shared/adapters/cosmos/containers';
import type { StoredDocument } from '../../shared/adapters/cosmos/document-store';
import { FaultInjectingStore } from '../support/faults';
import { startOwnHost, type OwnHost } from '../support/own-host';
import { adminToken, buildTenant } from '../support/tenants';

/**
 * GET /tenants/{id}/delegation-offers: a tenant's offers newest first, from the tenant's partition of
 * `tenantOffers` (the store port records every query of the request: none fans out), each checked
 * against the offer itself. On a host of its own: the clock moves, and the store port fails on demand.
 */
let own: OwnHost;
let base: string;
let store: CountingStore;
let faults: OfferCrash;
const DAY = 86_400_000;

/** The store port, logging its writes; armed, the next offer's create fails before it is written. */
class OfferCrash extends FaultInjectingStore {
  crashBeforeOffer = false;

  override create(container: ContainerName, doc: Record<string, unknown>): Promise<StoredDocument> {
    if (container === 'delegationOffers' && this.crashBeforeOffer) {
      this.crashBeforeOffer = false;
      return Promise.reject(new Error('crash before the offer is written'));
    }
    return super.create(container, doc);
  }
}

beforeAll(async () => {
  own = await startOwnHost({
    queues: true,
    wrapStore: (inner) => {
      faults = new OfferCrash(inner);
      store = new CountingStore(faults);
      return store;
    },
  });
  base = own.apiBaseUrl;
});
afterAll(async () => own?.stop());

async function list(tenantId: string, token: string, query = '') {
  store.reset();
  const response = await call('GET', `/tenants/${tenantId}/delegation-offers${query}`, {
    token,
    baseUrl: base,
  });
  expect(
    store.calls.filter((c) => c.includes('cross-partition')),
    'cross-partition query on a request path',
  ).toEqual([]);
  return response;
}

const ids = (response: { body: { items: { id: string }[] } }) => response.body.items.map((o) => o.id);

async function offer(tenantId: string, partner: TestPartner, message = 'May we help?'): Promise<string> {
  const made = await call('POST', `/tenants/${tenantId}/delegation-offers`, {
    token: partner.token,
    baseUrl: base,
    body: { message },
  });
  expect(made.status, made.text).toBe(201);
  return made.body.id as string;
}

async function tenantOfferEntries(tenantId: string): Promise<{ id: string; partnerId: string }[]> {
  const dump = await own.dump();
  return (dump['tenantOffers'] ?? []).filter((e) => e['tenantId'] === tenantId) as never;
}

describe('GET /tenants/{id}/delegation-offers', () => {
  it('when offers were made, withdrawn and accepted by two partners, then the customer admin sees them all newest first, each partner only its own, filtered by status, and whoever does not see the tenant gets 404', async () => {
    const a = await buildPartner({ name: 'Alpha Partner' }, base);
    const made = await buildTenant({ baseUrl: base, partner: a });
    const admin = await adminToken(made);

    // A offers and withdraws, offers again and the customer accepts: A is delegated admin.
    const withdrawn = await offer(made.tenantId, a);
    const out = await call('DELETE', `/delegation-offers/${withdrawn}`, { token: a.token, baseUrl: base });
    expect(out.status, out.text).toBe(204);
    const accepted = await offer(made.tenantId, a, 'Second try.');
    const yes = await call('POST', '/offers/accept', {
      token: admin,
      baseUrl: base,
      body: { offerId: accepted },
    });
    expect(yes.status, yes.text).toBe(200);
    // B becomes Partner of Record (A still sees the tenant, as delegated admin) and offers.
    const b = await buildPartner({ name: 'Beta Partner' }, base);
    const moved = await call('PUT', `/subscriptions/${made.subscriptionId}/partner-of-record`, {
      token: admin,
      baseUrl: base,
      body: { partnerId: b.partnerId },
    });
    expect(moved.status, moved.text).toBe(200);
    const pending = await offer(made.tenantId, b, 'We are your new partner.');

    const all = await list(made.tenantId, admin);
    expect(all.status, all.text).toBe(200);
    expect(ids(all)).toEqual([pending, accepted, withdrawn]);
    expect(all.body.items.map((o: { status: string }) => o.status)).toEqual([
      'pending',
      'accepted',
      'withdrawn',
    ]);
    expect(all.body.items[0]).toEqual({
      id: pending,
      tenantId: made.tenantId,
      partnerId: b.partnerId,
      message: 'We are your new partner.',
      status: 'pending',
      expiresAt: expect.any(String),
      createdAt: expect.any(String),
      respondedAt: null,
      partner: { name: 'Beta Partner', partnerId: b.partnerId },
    });
    expect(all.body.items[1]).toMatchObject({ partner: { name: 'Alpha Partner', partnerId: a.partnerId } });
    expect(all.body.continuationToken).toBeNull();

    // Each partner sees the offers it made, never another's.
    expect(ids(await list(made.tenantId, a.token))).toEqual([accepted, withdrawn]);
    expect(ids(await list(made.tenantId, b.token))).toEqual([pending]);

    // By status (the offer decides, not its entry).
    expect(ids(await list(made.tenantId, admin, '?status=pending'))).toEqual([pending]);
    expect(ids(await list(made.tenantId, admin, '?status=withdrawn'))).toEqual([withdrawn]);
    expect(ids(await list(made.tenantId, a.token, '?status=pending'))).toEqual([]);
    expect(ids(await list(made.tenantId, admin, '?status=declined'))).toEqual([]);
    expectProblem(await list(made.tenantId, admin, '?status=gone'), 400, 'validation_failed');

    // Paged, the same order; a token belongs to its list and caller.
    const first = await list(made.tenantId, admin, '?limit=2');
    expect(ids(first)).toEqual([pending, accepted]);
    const token = encodeURIComponent(first.body.continuationToken);
    expect(ids(await list(made.tenantId, admin, `?limit=2&continuationToken=${token}`))).toEqual([withdrawn]);
    expectProblem(
      await list(made.tenantId, b.token, `?continuationToken=${token}`),
      400,
      'invalid_continuation_token',
    );

    // Whoever does not see the tenant: 404, as on every tenant endpoint; the operator: 403.
    expectProblem(await list(made.tenantId, (await buildPartner({}, base)).token), 404, 'not_found');
    const elsewhere = await buildTenant({ baseUrl: base });
    expectProblem(await list(made.tenantId, await adminToken(elsewhere)), 404, 'not_found');
    expectProblem(await list(randomUUID(), admin), 404, 'not_found');
    expectProblem(await list(made.tenantId, own.settings['OPERATOR_TOKEN'] as string), 403, 'forbidden');

    // 91 days on, the pending offer is expired, before any sweep records it.
    own.clock.advance(91 * DAY);
    const later = await list(made.tenantId, admin);
    expect(later.body.items.map((o: { status: string }) => o.status)).toEqual([
      'expired',
      'accepted',
      'withdrawn',
    ]);
    expect(ids(await list(made.tenantId, admin, '?status=expired'))).toEqual([pending]);
    expect(ids(await list(made.tenantId, b.token, '?status=pending'))).toEqual([]);
  });

  it('when the offer is not written after its entry (a crash between the two), then the list passes over the entry, and the partner may offer again', async () => {
    const made = await buildTenant({ baseUrl: base });
    const admin = await adminToken(made);
    await own.host.drainQueues();
    faults.arm(null);
    const first = await offer(made.tenantId, made.partner);
    const writes = [...faults.log];
    const at = writes.indexOf('create delegationOffers');
    expect(writes[at - 1], writes.join(', ')).toBe('create tenantOffers');
    await call('DELETE', `/delegation-offers/${first}`, { token: made.partner.token, baseUrl: base });

    faults.crashBeforeOffer = true;
    const crashed = await call('POST', `/tenants/${made.tenantId}/delegation-offers`, {
      token: made.partner.token,
      baseUrl: base,
      body: { message: 'Lost.' },
    });
    expect(faults.crashBeforeOffer).toBe(false);
    expect(crashed.status, crashed.text).toBe(500);
    const entries = await tenantOfferEntries(made.tenantId);
    expect(entries).toHaveLength(2);
    expect(ids(await list(made.tenantId, admin))).toEqual([first]);
    expect(ids(await list(made.tenantId, made.partner.token, '?limit=1'))).toEqual([first]);

    const again = await offer(made.tenantId, made.partner, 'Found.');
    expect(ids(await list(made.tenantId, admin))).toEqual([again, first]);
  });

  it("when the tenant is purged after its deletion, then its offers' entries are deleted with its other data", async () => {
    const made = await buildTenant({ baseUrl: base, terms: { termMonths: 1 } });
    await adminToken(made);
    await offer(made.tenantId, made.partner);
    expect(await tenantOfferEntries(made.tenantId)).toHaveLength(1);
    const end = Date.parse(made.body.subscription.termEnd);
    own.clock.set(new Date(Math.max(end + 121 * DAY, own.clock.now().getTime() + DAY)));
    for (let run = 0; run < 3; run += 1) {
      await own.host.invoke('subscription-lifecycle');
      await own.host.drainQueues();
    }
    const stored = (await own.dump())['subscriptions']?.find((s) => s['id'] === made.subscriptionId);
    expect((stored?.['deletion'] as { purgedAt: string | null } | null)?.purgedAt).toBeTruthy();
    expect(await tenantOfferEntries(made.tenantId)).toEqual([]);
  });
});
