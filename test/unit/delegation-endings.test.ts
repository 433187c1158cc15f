import { describe, expect, it } from 'vitest';
import {
  endingTold,
  KEPT_ENDED_DELEGATIONS,
  untoldEnding,
  untoldEndings,
  withDelegatedAdmin,
  withoutDelegatedAdmin,
} from '../../shared/domain/delegation';
import { newTenant, type Tenant } from '../../shared/domain/tenant';

const T0 = new Date('2026-03-01T10:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

function tenant(): Tenant {
  return newTenant({
    id: 'tenant-1',
    organizationName: 'Contoso',
    countryCode: 'IT',
    domainPrefix: 'contoso',
    createdBy: 'p-1',
    subscriptionId: 's-1',
    adminUserId: 'u-1',
    delegatedAdmin: true,
    now: T0,
  });
}

describe('the ends of delegations, kept on the tenant until told (issue 21)', () => {
  it('when a tenant written before them is read, then it has no ending to tell', () => {
    expect(untoldEnding(tenant(), 'p-1')).toBeUndefined();
    expect(untoldEndings(tenant(), at(10))).toEqual([]);
  });

  it('when a delegation ends, then the same write records its ending, untold, and the sweep field names it', () => {
    const ended = withoutDelegatedAdmin(tenant(), 'p-1', 'partner', at(1));
    expect(ended?.delegatedAdmins).toEqual([]);
    expect(ended?.endedDelegations).toEqual([
      {
        partnerId: 'p-1',
        since: T0.toISOString(),
        endedAt: at(1).toISOString(),
        by: 'partner',
        toldAt: null,
      },
    ]);
    expect(ended?.untoldEndedDelegationAt).toBe(at(1).toISOString());
    // Not a delegated admin: nothing to write.
    expect(withoutDelegatedAdmin(ended as Tenant, 'p-1', 'partner', at(2))).toBeUndefined();
  });

  it('when an ending is told, then it is marked, the sweep field clears, and telling it again changes nothing', () => {
    const ended = withoutDelegatedAdmin(tenant(), 'p-1', 'customer', at(1)) as Tenant;
    expect(untoldEnding(ended, 'p-1', 'partner')).toBeUndefined();
    const ending = untoldEnding(ended, 'p-1', 'customer');
    expect(ending).toBeDefined();
    expect(untoldEndings(ended, at(0))).toEqual([]);
    expect(untoldEndings(ended, at(2))).toEqual([ending]);
    const told = endingTold(ended, ending!, at(2)) as Tenant;
    expect(told.endedDelegations?.[0]?.toldAt).toBe(at(2).toISOString());
    expect(told.untoldEndedDelegationAt).toBeNull();
    expect(endingTold(told, ending!, at(3))).toBeUndefined();
  });

  it('when more delegations end than are kept, then the oldest told ones go first, never an untold one', () => {
    let current = tenant();
    const untold = withoutDelegatedAdmin(current, 'p-1', 'partner', at(1)) as Tenant;
    current = untold;
    for (let i = 0; i < KEPT_ENDED_DELEGATIONS + 5; i += 1) {
      const partnerId = `q-${i}`;
      current = withDelegatedAdmin(current, partnerId, at(2 + i)) as Tenant;
      current = withoutDelegatedAdmin(current, partnerId, 'customer', at(2 + i)) as Tenant;
      current = endingTold(current, untoldEnding(current, partnerId)!, at(2 + i)) as Tenant;
    }
    expect(current.endedDelegations).toHaveLength(KEPT_ENDED_DELEGATIONS);
    expect(current.endedDelegations?.[0]).toMatchObject({ partnerId: 'p-1', toldAt: null });
    expect(current.endedDelegations?.at(-1)).toMatchObject({ partnerId: `q-${KEPT_ENDED_DELEGATIONS + 4}` });
    expect(current.untoldEndedDelegationAt).toBe(at(1).toISOString());
  });
});
