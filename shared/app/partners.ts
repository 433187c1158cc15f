import { v5 as uuidv5 } from 'uuid';
import { newToken } from '../crypto/secrets';
import { DomainError } from '../domain/errors';
import { newPartner, withChanges, withToken, type Partner, type PartnerChanges } from '../domain/partner';
import { iso } from '../domain/time';
import type { AppDeps } from './deps';
import { modify } from './modify';
import { AlreadyExistsError } from './ports';

/** Fixed namespace: a partner's internal id is derived from its program id, so the id is the uniqueness claim. */
const PARTNER_ID_NAMESPACE = '6f0c3c55-3a55-4c7b-9a9e-2d0f0c7a4b10';

export function internalPartnerId(programId: string): string {
  return uuidv5(programId, PARTNER_ID_NAMESPACE);
}

export interface PartnerRegistration {
  name: string;
  partnerId: string;
  email: string;
  cloudEssentials: boolean;
}

type Deps = Pick<AppDeps, 'clock' | 'repos' | 'hasher'>;

/**
 * The token record is written first and the partner second: a crash in between leaves only a
 * token that authenticates nobody (auth requires the partner to name it), and a retry succeeds.
 */
export async function registerPartner(
  deps: Deps,
  registration: PartnerRegistration,
): Promise<{ partner: Partner; token: string }> {
  const now = deps.clock.now();
  const id = internalPartnerId(registration.partnerId);
  if (await deps.repos.partners.get(id)) throw partnerExists(registration.partnerId);

  const token = newToken('kcp_');
  const tokenHash = deps.hasher.hash('token', token);
  await deps.repos.tokens.create({ id: tokenHash, kind: 'partner', subjectId: id, createdAt: iso(now) });
  try {
    const created = await deps.repos.partners.create(newPartner({ ...registration, id, tokenHash, now }));
    return { partner: created.value, token };
  } catch (error) {
    if (!(error instanceof AlreadyExistsError)) throw error;
    await deps.repos.tokens.delete(tokenHash);
    throw partnerExists(registration.partnerId);
  }
}

function partnerExists(programId: string): DomainError {
  return new DomainError('partner_exists', `A partner with program id ${programId} is already registered.`);
}

function partnerNotFound(): DomainError {
  return new DomainError('not_found', 'No such partner.');
}

export async function getPartner(deps: Pick<AppDeps, 'repos'>, id: string): Promise<Partner> {
  const found = await deps.repos.partners.get(id);
  if (!found) throw partnerNotFound();
  return found.value;
}

export async function updatePartner(deps: Deps, id: string, changes: PartnerChanges): Promise<Partner> {
  const now = deps.clock.now();
  const updated = await modify(deps.repos.partners, id, undefined, (partner) =>
    withChanges(partner, changes, now),
  );
  if (!updated) throw partnerNotFound();
  return updated.value;
}

/**
 * Issues a new token; the previous one stops working the moment the partner names the new one.
 * The old token record is then removed, only to keep the store tidy.
 */
export async function rotatePartnerToken(deps: Deps, id: string): Promise<string> {
  const now = deps.clock.now();
  const current = await deps.repos.partners.get(id);
  if (!current) throw partnerNotFound();

  const token = newToken('kcp_');
  const tokenHash = deps.hasher.hash('token', token);
  await deps.repos.tokens.create({ id: tokenHash, kind: 'partner', subjectId: id, createdAt: iso(now) });
  let previousHash: string | undefined;
  await modify(deps.repos.partners, id, undefined, (partner) => {
    previousHash = partner.tokenHash;
    return withToken(partner, tokenHash, now);
  });
  if (previousHash) await deps.repos.tokens.delete(previousHash);
  return token;
}
