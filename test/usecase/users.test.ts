import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { principalForToken } from '../../shared/app/authenticate';
import { setPartnerOfRecord } from '../../shared/app/subscriptions';
import { listUsers, reissueAdminToken, removeUser, updateUser } from '../../shared/app/users';
import { DAY, asAdmin, refusal, rejectedCode, useCaseDeps, type SeededTenant } from '../support/usecase';

/**
 * A tenant's users as use cases: licenses follow the users and never exceed the seats, the last
 * Global Administrator stays, and an admin's token goes by email only, the previous one stopping at
 * once. Who may call what over HTTP is test/component/authorization-matrix.test.ts.
 */
const world = useCaseDeps();
const unique = () => randomBytes(4).toString('hex');

async function userNames(made: SeededTenant): Promise<[string, boolean][]> {
  const page = await listUsers(world.deps, made.admin, made.tenantId, { limit: 50 });
  return page.items.map(({ user, licensed }) => [user.userName.split('@')[0] as string, licensed]);
}

async function assignedSeats(made: SeededTenant): Promise<number> {
  return (await world.subscription(made.admin, made.subscriptionId)).assignedSeats;
}

/** The tenant's notifications of a type, as the outbox holds them. */
async function notificationsOf(made: SeededTenant, type: string) {
  return (await world.notifications(made.tenantId)).filter((n) => n.type === type);
}

describe('users and their licenses', () => {
  it('when the admin adds, lists and removes users, then licenses follow and the last admin stays', async () => {
    const made = await world.tenant();
    const domain = made.created.tenant.tenant.domain;
    const jane = await world.addUser(made, { firstName: 'Jane', lastName: 'Doe', userName: 'Jane.Doe' });
    expect(jane.user).toMatchObject({ userName: `jane.doe@${domain}`, displayName: 'Jane Doe', roles: [] });
    expect(jane.licensed).toBe(true);
    const external = await world.addUser(made, {
      firstName: 'Ext',
      lastName: 'Ern',
      userName: `ext@${domain}`,
      assignLicense: false,
    });
    expect(external.licensed).toBe(false);
    expect(
      await rejectedCode(world.addUser(made, { firstName: 'J', lastName: 'D', userName: 'jane.doe' })),
    ).toBe('user_exists');
    expect(
      await rejectedCode(
        world.addUser(made, { firstName: 'J', lastName: 'D', userName: 'jane@elsewhere.example' }),
      ),
    ).toBe('validation_failed');

    expect(await userNames(made)).toEqual([
      ['admin', true],
      ['jane.doe', true],
      ['ext', false],
    ]);
    expect(await assignedSeats(made)).toBe(2);

    await removeUser(world.deps, made.admin, made.tenantId, jane.user.id);
    expect(await assignedSeats(made)).toBe(1);
    expect(await rejectedCode(removeUser(world.deps, made.admin, made.tenantId, jane.user.id))).toBe(
      'not_found',
    );
    expect(await rejectedCode(removeUser(world.deps, made.admin, made.tenantId, made.adminUserId))).toBe(
      'last_admin',
    );
    expect(await userNames(made)).toEqual([
      ['admin', true],
      ['ext', false],
    ]);
  });

  it('when every seat is taken, then the next licensed user is no_licenses_available and is not kept', async () => {
    const made = await world.tenant({ terms: { seatsPerKey: 2 } });
    await world.addUser(made, { firstName: 'A', lastName: 'A', userName: 'a' });
    expect(await rejectedCode(world.addUser(made, { firstName: 'B', lastName: 'B', userName: 'b' }))).toBe(
      'no_licenses_available',
    );
    expect(await userNames(made)).toEqual([
      ['admin', true],
      ['a', true],
    ]);
    expect(await assignedSeats(made)).toBe(2);
  });

  it('when the subscription is disabled, then adding a user is subscription_disabled; in grace it works', async () => {
    const made = await world.tenant();
    const termEnd = Date.parse((await world.subscription(made.admin, made.subscriptionId)).termEnd);
    world.clock.set(new Date(termEnd + 10 * DAY));
    expect(
      (await world.addUser(made, { firstName: 'U', lastName: 'V', userName: 'in.grace' })).licensed,
    ).toBe(true);
    world.clock.set(new Date(termEnd + 31 * DAY));
    expect(
      await rejectedCode(world.addUser(made, { firstName: 'U', lastName: 'V', userName: 'too.late' })),
    ).toBe('subscription_disabled');
  });
});

describe('Global Administrators', () => {
  it('when a Global Administrator is added, then it needs a contact email, is emailed a token that works, and is listed with its email', async () => {
    const made = await world.tenant();
    const missing = await refusal(
      world.addUser(made, {
        firstName: 'No',
        lastName: 'Mail',
        userName: 'nomail',
        roles: ['global_administrator'],
      }),
    );
    expect(missing.code).toBe('validation_failed');
    expect(missing.details.errors).toEqual([
      { path: 'email', message: 'required for a Global Administrator' },
    ]);

    const email = `lia.${unique()}@contoso.example`;
    const lia = await world.addUser(made, {
      firstName: 'Lia',
      lastName: 'Conti',
      userName: 'lia',
      roles: ['global_administrator'],
      email,
    });
    expect(lia.user).toMatchObject({ contactEmail: email, roles: ['global_administrator'] });
    expect(lia.licensed).toBe(true);
    const [welcome] = (await notificationsOf(made, 'welcome_admin')).filter((n) =>
      n.recipients.includes(email),
    );
    if (!welcome) throw new Error('no welcome for the new admin');
    const token = await world.tokenIn(welcome.id);
    expect(await principalForToken(world.deps, token)).toEqual(
      asAdmin({ ...made, adminUserId: lia.user.id }),
    );
    const listed = await listUsers(
      world.deps,
      asAdmin({ ...made, adminUserId: lia.user.id }),
      made.tenantId,
      {
        limit: 50,
      },
    );
    expect(listed.items.map((u) => u.user.contactEmail).sort()).toEqual([made.adminEmail, email].sort());
  });

  it('when an admin changes its contact email or loses the role, then notices follow the new address; the last admin keeps the role', async () => {
    const made = await world.tenant();
    const token = await world.tokenIn(`welcome_admin:${made.adminUserId}`);
    const other = `new.${unique()}@contoso.example`;
    const patched = await updateUser(world.deps, made.admin, made.tenantId, made.adminUserId, {
      email: other,
      firstName: 'Adele',
    });
    expect(patched.user).toMatchObject({ contactEmail: other, displayName: 'Adele Rossi' });
    expect(
      await rejectedCode(updateUser(world.deps, made.admin, made.tenantId, made.adminUserId, { roles: [] })),
    ).toBe('last_admin');

    // The next notice goes to the new address, not the old one.
    const next = await world.partner();
    await setPartnerOfRecord(world.deps, made.admin, made.subscriptionId, next.partner.programId);
    const [change] = (await notificationsOf(made, 'partner_of_record_changed')).filter((n) =>
      n.id.endsWith(':customer'),
    );
    expect(change?.recipients).toContain(other);
    expect(change?.recipients).not.toContain(made.adminEmail);

    // A second admin, then the first steps down: its token stops working.
    await world.addUser(made, {
      firstName: 'Sec',
      lastName: 'Ond',
      userName: 'second',
      roles: ['global_administrator'],
      email: `second.${unique()}@contoso.example`,
    });
    expect(await principalForToken(world.deps, token)).toEqual(made.admin);
    const down = await updateUser(world.deps, made.admin, made.tenantId, made.adminUserId, { roles: [] });
    expect(down.user.roles).toEqual([]);
    expect(await principalForToken(world.deps, token)).toBeNull();
  });

  it('when an admin lost its token, then another admin or the delegated-admin partner gets it a new one by email; the old one stops working', async () => {
    const made = await world.tenant({ delegatedAdministration: true });
    const token = await world.tokenIn(`welcome_admin:${made.adminUserId}`);
    const email = `spare.${unique()}@contoso.example`;
    const spare = await world.addUser(made, {
      firstName: 'Spa',
      lastName: 'Re',
      userName: 'spare',
      roles: ['global_administrator'],
      email,
    });
    const asSpare = asAdmin({ ...made, adminUserId: spare.user.id });

    // Another admin asks for the first admin's new token: it is emailed, never answered.
    expect(await reissueAdminToken(world.deps, asSpare, made.tenantId, made.adminUserId)).toBeUndefined();
    const [notice] = await notificationsOf(made, 'admin_token_reissued');
    expect(notice?.recipients).toEqual([made.adminEmail]);
    const fresh = await world.tokenIn(notice?.id as string);
    expect(fresh).not.toBe(token);
    expect(await principalForToken(world.deps, token)).toBeNull();
    expect(await principalForToken(world.deps, fresh)).toEqual(made.admin);

    // The delegated-admin partner may do it too; asking for one's own is for another admin to do.
    await reissueAdminToken(world.deps, made.partner.principal, made.tenantId, spare.user.id);
    const reissued = await notificationsOf(made, 'admin_token_reissued');
    expect(reissued.map((n) => n.recipients.join()).sort()).toEqual([made.adminEmail, email].sort());
    expect(
      await rejectedCode(reissueAdminToken(world.deps, made.admin, made.tenantId, made.adminUserId)),
    ).toBe('forbidden');
    // Only a Global Administrator has a token.
    const plain = await world.addUser(made, { firstName: 'Pl', lastName: 'Ain', userName: 'plain' });
    expect(await rejectedCode(reissueAdminToken(world.deps, made.admin, made.tenantId, plain.user.id))).toBe(
      'user_not_administrator',
    );
  });
});
