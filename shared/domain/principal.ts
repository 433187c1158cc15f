import type { Partner } from './partner';

/** Who is calling. The kind decides what may be done; the rest decides what may be seen. */
export type Principal =
  | { kind: 'operator' }
  | { kind: 'partner'; partner: Partner }
  | { kind: 'customer_admin'; tenantId: string; userId: string };

export type PrincipalKind = Principal['kind'];

/** A stable name for the caller, for audit records and idempotency scopes. */
export function principalKey(principal: Principal): string {
  switch (principal.kind) {
    case 'operator':
      return 'operator';
    case 'partner':
      return `partner:${principal.partner.id}`;
    case 'customer_admin':
      return `customer_admin:${principal.userId}`;
  }
}
