import { v5 as uuidv5 } from 'uuid';
import { DomainError } from '../domain/errors';
import type { Principal } from '../domain/principal';
import type { Tenant } from '../domain/tenant';
import { stateAt, withLicense, withoutLicense } from '../domain/subscription';
import { activated, isGlobalAdmin, newUser, userNameFor, type User } from '../domain/user';
import type { AppDeps } from './deps';
import { modify } from './modify';
import { AlreadyExistsError, type Page, type PageRequest } from './ports';
import { currentSubscription, tenantFor } from './tenants';

/** A user's id is derived from its tenant and user name: adding the same user again finds it. */
const USER_ID_NAMESPACE = '9d2c1b4e-6a7f-4e3d-8b5a-0c1f2e3d4a5b';

export function userIdFor(tenantId: string, userName: string): string {
  return uuidv5(`${tenantId}:${userName}`, USER_ID_NAMESPACE);
}

/** Where a tenant's admins are reached: their contact emails, once each. */
export async function adminContactEmails(deps: Pick<AppDeps, 'repos'>, tenant: Tenant): Promise<string[]> {
  const admins = await Promise.all(tenant.adminUserIds.map((id) => deps.repos.users.get(id, tenant.id)));
  return [...new Set(admins.map((a) => a?.value.contactEmail).filter((e): e is string => Boolean(e)))];
}

export interface UserWithLicense {
  user: User;
  licensed: boolean;
}

export async function listUsers(
  deps: AppDeps,
  principal: Principal,
  tenantId: string,
  page: PageRequest,
): Promise<Page<UserWithLicense>> {
  const context = await tenantFor(deps, principal, tenantId, 'administer');
  const holders = new Set(currentSubscription(context).value.licenseHolders);
  const users = await deps.repos.users.listForTenant(tenantId, page);
  return {
    items: users.items.map((user) => ({ user, licensed: holders.has(user.id) })),
    continuationToken: users.continuationToken,
  };
}

export interface NewUserRequest {
  firstName: string;
  lastName: string;
  userName: string;
  assignLicense: boolean;
}

/**
 * In steps, each safe to repeat: the user (provisioning), then its license (a conditional write on
 * the subscription, the one place licenses are counted, so they never exceed the seats), then the
 * user made active. A request refused for want of a license removes the user it began.
 */
export async function addUser(
  deps: AppDeps,
  principal: Principal,
  tenantId: string,
  request: NewUserRequest,
): Promise<UserWithLicense> {
  const context = await tenantFor(deps, principal, tenantId, 'administer');
  const tenant = context.tenant.value;
  const subscription = currentSubscription(context).value;
  const now = deps.clock.now();
  const state = stateAt(subscription, now, deps.settings.lifecycle);
  if (state === 'disabled')
    throw new DomainError(
      'subscription_disabled',
      'The subscription is disabled: renew it before adding users.',
    );
  if (state === 'deleted')
    throw new DomainError('subscription_deleted', 'This subscription has been deleted.');

  const userName = userNameFor(request.userName, tenant.domain);
  const user = newUser({
    id: userIdFor(tenantId, userName),
    tenantId,
    userName,
    firstName: request.firstName,
    lastName: request.lastName,
    status: 'provisioning',
    now,
  });
  try {
    await deps.repos.users.create(user);
  } catch (error) {
    if (!(error instanceof AlreadyExistsError)) throw error;
    const existing = await deps.repos.users.get(user.id, tenantId);
    if (existing?.value.status !== 'provisioning')
      throw new DomainError('user_exists', `${userName} already exists.`);
  }

  let licensed = false;
  if (request.assignLicense) {
    try {
      await modify(deps.repos.subscriptions, subscription.id, undefined, (current) =>
        withLicense(current, user.id, deps.clock.now(), deps.settings.lifecycle),
      );
      licensed = true;
    } catch (error) {
      if (error instanceof DomainError) await deps.repos.users.delete(user.id, tenantId);
      throw error;
    }
  }
  const active = await modify(deps.repos.users, user.id, tenantId, activated);
  return { user: active?.value ?? user, licensed };
}

/**
 * Removes a user and frees its license. The last global administrator cannot be removed: the list
 * of admins lives on the tenant and changes by conditional write, so two admins removing each other
 * at once cannot both succeed.
 */
export async function removeUser(
  deps: AppDeps,
  principal: Principal,
  tenantId: string,
  userId: string,
): Promise<void> {
  const context = await tenantFor(deps, principal, tenantId, 'administer');
  const found = await deps.repos.users.get(userId, tenantId);
  if (!found) throw new DomainError('not_found', 'No such user.');
  const user = found.value;
  if (isGlobalAdmin(user)) {
    await modify(deps.repos.tenants, tenantId, undefined, (tenant) => {
      if (!tenant.adminUserIds.includes(userId)) return undefined;
      if (tenant.adminUserIds.length <= 1)
        throw new DomainError('last_admin', 'The last global administrator cannot be removed.');
      return { ...tenant, adminUserIds: tenant.adminUserIds.filter((id) => id !== userId) };
    });
  }
  for (const subscription of context.subscriptions) {
    await modify(deps.repos.subscriptions, subscription.value.id, undefined, (current) =>
      withoutLicense(current, userId, deps.clock.now()),
    );
  }
  if (user.tokenHash) await deps.repos.tokens.delete(user.tokenHash);
  await deps.repos.users.delete(userId, tenantId);
}
