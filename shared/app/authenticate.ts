import { sameSecret } from '../crypto/secrets';
import type { Principal } from '../domain/principal';
import { isGlobalAdmin } from '../domain/user';
import type { AppDeps } from './deps';

/**
 * Resolves a bearer token to its principal, or null when it names nobody. A token counts only while
 * its partner or admin names it as current, so a replaced token stops at once, and an admin's token
 * only while that user is still a global administrator.
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
  if (token.startsWith('kca_')) {
    const tokenHash = deps.hasher.hash('token', token);
    const record = await deps.repos.tokens.get(tokenHash);
    if (!record || record.value.kind !== 'customer_admin' || !record.value.tenantId) return null;
    const user = await deps.repos.users.get(record.value.tenantId, record.value.subjectId);
    if (!user || user.value.tokenHash !== tokenHash || !isGlobalAdmin(user.value)) return null;
    return { kind: 'customer_admin', tenantId: user.value.tenantId, userId: user.value.id };
  }
  return sameSecret(token, deps.settings.operatorToken) ? { kind: 'operator' } : null;
}
