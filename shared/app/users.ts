import { derivedId } from '../domain/derived-id';
import { DomainError } from '../domain/errors';
import type { Principal } from '../domain/principal';
import type { Tenant } from '../domain/tenant';
import { withLicense, withoutLicense } from '../domain/licenses';
import { signInBlockedReason, stateAt } from '../domain/subscription';
import { newToken } from '../crypto/secrets';
import { notificationIds } from '../domain/notification';
import { withAdmins } from '../domain/tenant';
import { iso } from '../domain/time';
import {
  activated,
  GLOBAL_ADMINISTRATOR,
  isGlobalAdmin,
  newUser,
  userNameFor,
  withChanges,
  withToken,
  type Role,
  type User,
  type UserChanges,
} from '../domain/user';
import { languageOf, welcomeContent } from './announce';
import { adminTokenReissuedEmail } from './emails';
import { queueNotification } from './notifications';
import type { AppDeps } from './deps';
import { modify, modifyIfMatch, replaceUnlessChanged } from './modify';
import { assertIfMatch } from './preconditions';
import { pageOfList, type ListRequest } from './paging';
import { AlreadyExistsError, type Page, type Versioned } from './ports';
import { tenantUserDetails, type Tagged, type TenantUserDetails } from './read-models';
import { currentSubscription, tenantFor } from './tenants';

/** A user's id is derived from its tenant and user name: adding the same user again finds it. */
export function userIdFor(tenantId: string, userName: string): string {
  return derivedId('user', `${tenantId}:${userName}`);
}

export async function listUsers(
  deps: AppDeps,
  principal: Principal,
  tenantId: string,
  request: ListRequest,
): Promise<Page<TenantUserDetails>> {
  const context = await tenantFor(deps, principal, tenantId, 'administer');
  const subscription = currentSubscription(context).value;
  return pageOfList(
    `users:${tenantId}`,
    request,
    (page) => deps.repos.users.listForTenant(tenantId, page),
    (users) => users.map((user) => tenantUserDetails(deps, user, subscription)),
  );
}

export interface NewUserRequest {
  firstName: string;
  lastName: string;
  userName: string;
  assignLicense: boolean;
  roles?: Role[];
  /** The contact address: required for a Global Administrator. */
  email?: string;
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
): Promise<TenantUserDetails> {
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
  const admin = (request.roles ?? []).includes(GLOBAL_ADMINISTRATOR);
  if (admin && !request.email) {
    throw new DomainError('validation_failed', 'A Global Administrator needs a contact email.', {
      errors: [{ path: 'email', message: 'required for a Global Administrator' }],
    });
  }
  const user = newUser({
    id: userIdFor(tenantId, userName),
    tenantId,
    userName,
    firstName: request.firstName,
    lastName: request.lastName,
    contactEmail: request.email ?? null,
    roles: request.roles ?? [],
    status: 'provisioning',
    now,
  });
  try {
    await deps.repos.users.create(user);
  } catch (error) {
    if (!(error instanceof AlreadyExistsError)) throw error;
    const existing = await deps.repos.users.get(tenantId, user.id);
    if (existing?.value.status !== 'provisioning')
      throw new DomainError('user_exists', `${userName} already exists.`);
  }

  let licensed = false;
  if (request.assignLicense) {
    try {
      await modify(deps.repos.subscriptions.at(subscription.id), (current) =>
        withLicense(current, user.id, deps.clock.now(), deps.settings.lifecycle),
      );
      licensed = true;
    } catch (error) {
      if (error instanceof DomainError) await deps.repos.users.delete(tenantId, user.id);
      throw error;
    }
  }
  const active = await modify(deps.repos.users.at(tenantId, user.id), activated);
  if (!active) throw new DomainError('not_found', 'No such user.');
  // Refused above while disabled or deleted, so whoever is added can sign in.
  const blocked = signInBlockedReason(state, admin);
  if (!admin) return { user: active.value, licensed, signInBlockedReason: blocked };
  await modify(deps.repos.tenants.at(tenantId), (current) => withAdmins(current, user.id, true));
  const issued = await issueAdminToken(deps, tenant, active, 'admin');
  return { user: issued.value, licensed, signInBlockedReason: blocked };
}

/**
 * A new `kca_` token for a Global Administrator, emailed to its contact address and never shown to
 * whoever asked: the token record first (it authenticates nobody until the user names it), then the
 * user names it (the previous token stops working), then the email, whose id is the new token's.
 */
async function issueAdminToken(
  deps: AppDeps,
  tenant: Tenant,
  user: Versioned<User>,
  requestedBy: Requester,
): Promise<Versioned<User>> {
  const token = newToken('kca_');
  const tokenHash = deps.hasher.hash('token', token);
  const previous = user.value.tokenHash;
  const first = previous === null;
  const next = withToken(user.value, tokenHash, first ? undefined : deps.clock.now());
  await deps.repos.tokens.create({
    id: tokenHash,
    kind: 'customer_admin',
    subjectId: user.value.id,
    tenantId: tenant.id,
    createdAt: iso(deps.clock.now()),
  });
  // From the version read: of two issues at once one wins and the other is told so, never emailing a
  // token that the winner's has already replaced.
  const updated = await replaceUnlessChanged(deps.repos.users.at(tenant.id, user.value.id), user, next, () =>
    deps.repos.tokens.delete(tokenHash),
  );
  if (previous && previous !== tokenHash) await deps.repos.tokens.delete(previous);
  await queueNotification(deps, {
    // Per token: the same person added again, or given a new token, gets a new email.
    id: notificationIds.adminToken(user.value.id, tokenHash.slice(0, 16)),
    tenantId: tenant.id,
    type: first ? 'welcome_admin' : 'admin_token_reissued',
    recipients: [updated.value.contactEmail as string],
    content: first
      ? await welcomeContent(deps, tenant, updated.value, token)
      : adminTokenReissuedEmail(languageOf(tenant), {
          domain: tenant.domain,
          firstName: updated.value.firstName,
          userName: updated.value.userName,
          token,
          apiBaseUrl: deps.links.api,
          requestedBy,
        }),
  });
  return updated;
}

/** Who asked for a new token, as its email names them. */
type Requester = { partnerName: string } | 'admin';

function describeRequester(principal: Principal): Requester {
  return principal.kind === 'partner' ? { partnerName: principal.partner.name } : 'admin';
}

/** A user of a tenant `principal` administers; a user it does not have is not found. */
async function administeredUser(deps: AppDeps, principal: Principal, tenantId: string, userId: string) {
  const context = await tenantFor(deps, principal, tenantId, 'administer');
  const found = await deps.repos.users.get(tenantId, userId);
  if (!found) throw new DomainError('not_found', 'No such user.');
  return { context, found };
}

/**
 * One of the tenant's users, for whoever may list them, with the version of its document (its ETag);
 * a user the tenant does not have is not found.
 */
export async function getUser(
  deps: AppDeps,
  principal: Principal,
  tenantId: string,
  userId: string,
): Promise<Tagged<TenantUserDetails>> {
  const { context, found } = await administeredUser(deps, principal, tenantId, userId);
  return { ...tenantUserDetails(deps, found.value, currentSubscription(context).value), etag: found.etag };
}

/**
 * Puts the tenant's list of Global Administrators back in step with the user as it is now: after a
 * change that listed (or unlisted) the user and then lost its user write to another writer (412). A
 * refusal (the last admin) leaves the list as it is.
 */
async function reconcileAdmins(deps: AppDeps, tenantId: string, userId: string): Promise<void> {
  const user = await deps.repos.users.get(tenantId, userId);
  const admin = user !== null && isGlobalAdmin(user.value);
  await modify(deps.repos.tenants.at(tenantId), (tenant) => withAdmins(tenant, userId, admin)).catch(
    () => undefined,
  );
}

/**
 * Changes a user's name, contact email or roles. Becoming a Global Administrator puts the user on the
 * tenant's list (a conditional write, so the last one can never be removed by two requests at once)
 * and emails it a token; ceasing to be one takes it off, revokes its token, and is refused for the last.
 * With `ifMatch` (the version the caller read) the change applies to that version only: 412
 * precondition_failed before anything is written when it is another, and when another writer changes
 * the user before this change is written (the admins' list is then put back in step with the user).
 * Answers the user with the version of its document.
 */
export async function updateUser(
  deps: AppDeps,
  principal: Principal,
  tenantId: string,
  userId: string,
  changes: UserChanges,
  ifMatch: string | null = null,
): Promise<Tagged<TenantUserDetails>> {
  const { context, found } = await administeredUser(deps, principal, tenantId, userId);
  assertIfMatch(ifMatch, found.etag);
  const wasAdmin = isGlobalAdmin(found.value);
  const next = withChanges(found.value, changes);
  const becomesAdmin = isGlobalAdmin(next);
  if (wasAdmin !== becomesAdmin)
    await modify(deps.repos.tenants.at(tenantId), (tenant) => withAdmins(tenant, userId, becomesAdmin));
  let updated: Versioned<User> | null;
  try {
    updated = await modifyIfMatch(
      deps.repos.users.at(tenantId, userId),
      ifMatch,
      (current) => withChanges(current, changes),
      found,
    );
  } catch (error) {
    if (wasAdmin !== becomesAdmin && error instanceof DomainError && error.code === 'precondition_failed')
      await reconcileAdmins(deps, tenantId, userId);
    throw error;
  }
  if (!updated) throw new DomainError('not_found', 'No such user.');
  if (wasAdmin && !becomesAdmin && found.value.tokenHash)
    await deps.repos.tokens.delete(found.value.tokenHash);
  if (!wasAdmin && becomesAdmin)
    updated = await issueAdminToken(deps, context.tenant.value, updated, describeRequester(principal));
  return {
    ...tenantUserDetails(deps, updated.value, currentSubscription(context).value),
    etag: updated.etag,
  };
}

/**
 * A new token for a Global Administrator who lost theirs (or left): asked by another admin of the
 * tenant or by a delegated-admin partner, emailed to the admin's contact address, never in the answer.
 */
export async function reissueAdminToken(
  deps: AppDeps,
  principal: Principal,
  tenantId: string,
  userId: string,
): Promise<void> {
  const { context, found } = await administeredUser(deps, principal, tenantId, userId);
  if (principal.kind === 'customer_admin' && principal.userId === userId) {
    throw new DomainError(
      'forbidden',
      'Another administrator of the tenant, or its delegated admin, asks for your new token.',
    );
  }
  if (!isGlobalAdmin(found.value) || !found.value.contactEmail) {
    throw new DomainError(
      'user_not_administrator',
      'Only a Global Administrator with a contact email has a token.',
    );
  }
  await issueAdminToken(deps, context.tenant.value, found, describeRequester(principal));
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
  const { context, found } = await administeredUser(deps, principal, tenantId, userId);
  const user = found.value;
  if (isGlobalAdmin(user))
    await modify(deps.repos.tenants.at(tenantId), (tenant) => withAdmins(tenant, userId, false));
  for (const subscription of context.subscriptions) {
    await modify(deps.repos.subscriptions.at(subscription.value.id), (current) =>
      withoutLicense(current, userId, deps.clock.now()),
    );
  }
  if (user.tokenHash) await deps.repos.tokens.delete(user.tokenHash);
  await deps.repos.users.delete(tenantId, userId);
}
