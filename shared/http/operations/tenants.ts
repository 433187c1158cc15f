import { DomainAvailabilityView, pageOf, PageQuery, TenantView, UpdateTenantRequest } from '../schemas';
import { defineOperation } from '../operation';

/** Tenants: the operations of this part of the contract (docs/api.md). */
export const domainsAvailability = defineOperation({
  name: 'domains-availability',
  method: 'GET',
  route: 'domains/{prefix}/availability',
  tag: 'Tenants',
  summary: 'Whether <prefix>.onmicrosoft.com can be claimed',
  description:
    'A malformed prefix is 400 validation_failed. Reserved names answer available: false, reason "reserved".',
  allow: ['partner'],
  responses: [
    {
      status: 200,
      description: 'The domain and whether it is free',
      schema: DomainAvailabilityView,
      name: 'DomainAvailability',
    },
  ],
  errors: ['validation_failed'],
});

export const tenantsList = defineOperation({
  name: 'tenants-list',
  method: 'GET',
  route: 'tenants',
  tag: 'Tenants',
  summary: 'Tenants the caller sees',
  description: 'A partner: those it is Partner of Record or delegated admin of. A customer admin: its own.',
  allow: ['partner', 'customer_admin'],
  query: PageQuery,
  responses: [
    { status: 200, description: 'A page of tenants', schema: pageOf(TenantView), name: 'TenantPage' },
  ],
  errors: ['invalid_continuation_token'],
});

export const tenantsGet = defineOperation({
  name: 'tenants-get',
  method: 'GET',
  route: 'tenants/{id}',
  tag: 'Tenants',
  summary: 'A tenant, its subscriptions and delegated admins',
  allow: ['partner', 'customer_admin'],
  responses: [{ status: 200, description: 'The tenant', schema: TenantView, name: 'Tenant' }],
  errors: ['not_found'],
});

export const tenantsUpdate = defineOperation({
  name: 'tenants-update',
  method: 'PATCH',
  route: 'tenants/{id}',
  tag: 'Tenants',
  summary: "Change the language the tenant's admins are written to in",
  description:
    'For its customer admins and its delegated-admin partners (those who may change its users). Emails to ' +
    'its admins are written in this language from the next one on.',
  allow: ['partner', 'customer_admin'],
  body: { name: 'UpdateTenantRequest', schema: UpdateTenantRequest },
  responses: [{ status: 200, description: 'The tenant', schema: TenantView, name: 'Tenant' }],
  errors: ['unsupported_language', 'not_found', 'forbidden'],
});
