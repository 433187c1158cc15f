import { principalForToken } from '../app/authenticate';
import type { AppDeps } from '../app/deps';
import { DomainError } from '../domain/errors';
import type { Principal, PrincipalKind } from '../domain/principal';

const BEARER = /^Bearer[ \t]+([\x21-\x7e]{1,512})[ \t]*$/i;

/** `Authorization: Bearer <token>`; anything missing, malformed or unknown is a 401. */
export async function authenticate(
  authorization: string | null,
  deps: Pick<AppDeps, 'repos' | 'hasher' | 'settings'>,
): Promise<Principal> {
  if (!authorization) {
    throw new DomainError('unauthenticated', 'Send Authorization: Bearer <token>.');
  }
  const token = BEARER.exec(authorization)?.[1];
  const principal = token ? await principalForToken(deps, token) : null;
  if (!principal) {
    throw new DomainError(
      'unauthenticated',
      'This token is not valid; it may have been replaced by a newer one.',
    );
  }
  return principal;
}

export function authorize(principal: Principal, allowed: readonly PrincipalKind[]): void {
  if (!allowed.includes(principal.kind)) {
    throw new DomainError(
      'forbidden',
      `This operation is not open to the ${principal.kind.replace('_', ' ')}.`,
    );
  }
}
