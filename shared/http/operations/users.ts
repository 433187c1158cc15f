import { CreateUserRequest, pageOf, PageQuery, UpdateUserRequest, UserView } from '../schemas';
import { defineOperation } from '../operation';

/** Users: the operations of this part of the contract (docs/api.md). */
export const tenantsUsersList = defineOperation({
  name: 'tenants-users-list',
  method: 'GET',
  route: 'tenants/{id}/users',
  tag: 'Users',
  summary: "The tenant's users",
  allow: ['partner', 'customer_admin'],
  query: PageQuery,
  responses: [{ status: 200, description: 'A page of users', schema: pageOf(UserView), name: 'UserPage' }],
  errors: ['not_found', 'forbidden', 'invalid_continuation_token'],
});

export const tenantsUsersCreate = defineOperation({
  name: 'tenants-users-create',
  method: 'POST',
  route: 'tenants/{id}/users',
  tag: 'Users',
  summary: 'Add a user, with a license unless assignLicense is false',
  description:
    'Licenses never exceed the seats in force, whatever the concurrency. A Global Administrator ' +
    '(roles: ["global_administrator"]) needs a contact email, receives the tenant\'s notices, and is ' +
    'emailed its token there.',
  allow: ['partner', 'customer_admin'],
  body: { name: 'CreateUserRequest', schema: CreateUserRequest },
  responses: [
    { status: 201, description: 'The user', schema: UserView, name: 'User', headers: ['location'] },
  ],
  errors: [
    'invalid_text',
    'not_found',
    'forbidden',
    'no_licenses_available',
    'user_exists',
    'subscription_disabled',
    'subscription_deleted',
  ],
});

export const tenantsUsersGet = defineOperation({
  name: 'tenants-users-get',
  method: 'GET',
  route: 'tenants/{id}/users/{userId}',
  tag: 'Users',
  summary: "One of the tenant's users",
  description: 'Where POST /tenants/{id}/users points (Location); for whoever may list the users.',
  allow: ['partner', 'customer_admin'],
  responses: [{ status: 200, description: 'The user', schema: UserView, name: 'User', headers: ['etag'] }],
  errors: ['not_found', 'forbidden'],
});

export const tenantsUsersUpdate = defineOperation({
  name: 'tenants-users-update',
  method: 'PATCH',
  route: 'tenants/{id}/users/{userId}',
  tag: 'Users',
  summary: "Change a user's name, contact email or roles",
  description:
    'Becoming a Global Administrator needs a contact email and emails the user a token; ceasing to be one ' +
    'revokes its token. The last Global Administrator keeps the role (409 last_admin).',
  allow: ['partner', 'customer_admin'],
  body: { name: 'UpdateUserRequest', schema: UpdateUserRequest },
  responses: [{ status: 200, description: 'The user', schema: UserView, name: 'User', headers: ['etag'] }],
  // request_in_progress: a promotion whose token write met another write to the same user.
  errors: [
    'invalid_text',
    'not_found',
    'forbidden',
    'last_admin',
    'precondition_failed',
    'request_in_progress',
  ],
});

export const tenantsUsersTokenCreate = defineOperation({
  name: 'tenants-users-token-create',
  method: 'POST',
  route: 'tenants/{id}/users/{userId}/token',
  tag: 'Users',
  summary: 'Email a Global Administrator a new token (lost, or the admin left); the old one stops working',
  description:
    "For another admin of the tenant, or a delegated-admin partner. The token goes to the admin's " +
    'contact address, never into the answer.',
  allow: ['partner', 'customer_admin'],
  responses: [{ status: 202, description: 'The new token is on its way to the contact address' }],
  errors: ['not_found', 'forbidden', 'user_not_administrator'],
});

export const tenantsUsersDelete = defineOperation({
  name: 'tenants-users-delete',
  method: 'DELETE',
  route: 'tenants/{id}/users/{userId}',
  tag: 'Users',
  summary: 'Remove a user; its license is freed',
  allow: ['partner', 'customer_admin'],
  responses: [{ status: 204, description: 'Removed' }],
  errors: ['not_found', 'forbidden', 'last_admin'],
});
