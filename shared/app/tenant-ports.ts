import type { Tenant } from '../domain/tenant';
import type { Page, PageRequest, Repository, Versioned } from './ports';

/** The tenants' container, with the one work list a timer asks of it (shared/app/ports.ts is full). */
export interface TenantRepository extends Repository<Tenant> {
  /**
   * Tenants with an ended delegation not yet told that ended by `before`, any tenant, in no order: the
   * webhook sweep's work list (shared/app/delegation-removal.ts), each marked told as it is done.
   */
  listUntoldEndings(before: Date, page: PageRequest): Promise<Page<Versioned<Tenant>>>;
}
