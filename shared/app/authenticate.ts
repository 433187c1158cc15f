import { sameSecret } from '../crypto/secrets';
import type { Principal } from '../domain/principal';
import type { AppDeps } from './deps';

/**
 * Resolves a bearer token to its principal, or null when it names nobody. A partner token counts only
 * while the partner record names it as current, so a rotated token stops at once.
 */
export async function principalForToken(
  deps: Pick<AppDeps, 'repos' | 'hasher' | 'settings'>,
  token: string,
): Promise<Principal | null> {
  if (token.startsWith('kcp_')) {
    const tokenHash = deps.hasher.hash('token', token);
    const record = await deps.repos.tokens.get(tokenHash);
    if (!record || record.value.kind !== 'partner') return null;
    const partner = await deps.repos.partners.get(record.value.subjectId);
    if (!partner || partner.value.tokenHash !== tokenHash) return null;
    return { kind: 'partner', partner: partner.value };
  }
  return sameSecret(token, deps.settings.operatorToken) ? { kind: 'operator' } : null;
}
