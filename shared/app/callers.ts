import { DomainError } from '../domain/errors';
import type { Partner } from '../domain/partner';
import type { Principal } from '../domain/principal';

/**
 * Who may do what, said by the use cases themselves: the endpoint has already refused the principal
 * kinds an operation is not open to (its descriptor's `allow`), and a use case checks again what it
 * relies on, so it is safe whoever calls it (a timer, a test, a future operation).
 */
export function partnerOf(principal: Principal): Partner {
  if (principal.kind !== 'partner') throw new DomainError('forbidden', 'Only a partner may do this.');
  return principal.partner;
}

export function assertOperator(principal: Principal): void {
  if (principal.kind !== 'operator') throw new DomainError('forbidden', 'Only the operator may do this.');
}
