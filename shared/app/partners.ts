import { derivedId } from '../domain/derived-id';
import { newToken } from '../crypto/secrets';
import { DomainError } from '../domain/errors';
import {
  newPartner,
  withChanges,
  withLanguage,
  withToken,
  type Partner,
  type PartnerChanges,
} from '../domain/partner';
import { iso } from '../domain/time';
import type { Principal } from '../domain/principal';
import type { Language } from '../text/languages';
import { assertOperator, partnerOf } from './callers';
import type { AppDeps } from './deps';
import { createOnce, modify, modifyIfMatch, replaceUnlessChanged } from './modify';
import { pageOfList, type ListRequest } from './paging';
import { AlreadyExistsError, PARTNER_DIRECTORY, type Page, type Versioned } from './ports';

/** A partner's internal id is derived from its program id, so the id is the uniqueness claim. */
export function internalPartnerId(programId: string): string {
  return derivedId('partner', programId);
}

export interface PartnerRegistration {
  name: string;
  /** The public number on the partner's program card (the API's `partnerId`). */
  programId: string;
  email: string;
  cloudEssentials: boolean;
  /** The language it is written to in: English when not given. */
  language?: Language | undefined;
}

type Deps = Pick<AppDeps, 'clock' | 'repos' | 'hasher'>;

/**
 * The directory entry and the token record are written first and the partner last: a crash in
 * between leaves an entry that the list leaves out (it names no partner yet) and a token that
 * authenticates nobody (auth requires the partner to name it), and a retry succeeds. The entry is
 * never written after the partner: a crash there would leave a partner that a retry (409
 * partner_exists) could never put in the list.
 */
export async function registerPartner(
  deps: Deps,
  principal: Principal,
  registration: PartnerRegistration,
): Promise<{ partner: Partner; token: string }> {
  assertOperator(principal);
  const now = deps.clock.now();
  const id = internalPartnerId(registration.programId);
  const existing = await deps.repos.partners.get(id);
  if (existing) {
    // A partner registered before the directory existed gets its entry now: registering it again
    // (409) is how an operator puts it in the list (docs/decisions.md).
    await createOnce(deps.repos.partnerDirectory, {
      id,
      directory: PARTNER_DIRECTORY,
      createdAt: existing.value.createdAt,
    });
    throw partnerExists(registration.programId);
  }

  await createOnce(deps.repos.partnerDirectory, { id, directory: PARTNER_DIRECTORY, createdAt: iso(now) });
  const token = newToken('kcp_');
  const tokenHash = deps.hasher.hash('token', token);
  await deps.repos.tokens.create({ id: tokenHash, kind: 'partner', subjectId: id, createdAt: iso(now) });
  try {
    const created = await deps.repos.partners.create(newPartner({ ...registration, id, tokenHash, now }));
    return { partner: created.value, token };
  } catch (error) {
    if (!(error instanceof AlreadyExistsError)) throw error;
    await deps.repos.tokens.delete(tokenHash);
    throw partnerExists(registration.programId);
  }
}

function partnerExists(programId: string): DomainError {
  return new DomainError('partner_exists', `A partner with program id ${programId} is already registered.`);
}

function partnerNotFound(): DomainError {
  return new DomainError('not_found', 'No such partner.');
}

/**
 * The registered partners, newest first, a page at a time: the directory's entries (one partition),
 * each checked against its partner. An entry whose partner was never written (a registration that
 * crashed and was not retried) is left out, so a page may hold fewer than `limit`.
 */
export function listPartners(
  deps: Pick<AppDeps, 'repos'>,
  principal: Principal,
  request: ListRequest,
): Promise<Page<Partner>> {
  assertOperator(principal);
  return pageOfList(
    'partners',
    request,
    (page) => deps.repos.partnerDirectory.listNewestFirst(page),
    async (entries) => {
      const partners = await Promise.all(entries.map((entry) => deps.repos.partners.get(entry.id)));
      return partners.flatMap((found) => (found ? [found.value] : []));
    },
  );
}

/** A partner by its internal id, for the operator (never its token), and its version (ETag). */
export async function getPartner(
  deps: Pick<AppDeps, 'repos'>,
  principal: Principal,
  id: string,
): Promise<Versioned<Partner>> {
  assertOperator(principal);
  const found = await deps.repos.partners.get(id);
  if (!found) throw partnerNotFound();
  return found;
}

/** The calling partner, as it is registered. */
export function ownPartner(principal: Principal): Partner {
  return partnerOf(principal);
}

/** The calling partner, now written to in `language` (its emails from now on). */
export async function setOwnLanguage(
  deps: Pick<AppDeps, 'clock' | 'repos'>,
  principal: Principal,
  language: Language,
): Promise<Versioned<Partner>> {
  const { id } = partnerOf(principal);
  const now = deps.clock.now();
  const updated = await modify(deps.repos.partners.at(id), (partner) => withLanguage(partner, language, now));
  if (!updated) throw partnerNotFound();
  return updated;
}

/**
 * Changes the partner as asked, and answers it with its new version. With `ifMatch` (the version the
 * operator read) the change applies to that version only: 412 precondition_failed otherwise.
 */
export async function updatePartner(
  deps: Deps,
  principal: Principal,
  id: string,
  changes: PartnerChanges,
  ifMatch: string | null = null,
): Promise<Versioned<Partner>> {
  assertOperator(principal);
  const now = deps.clock.now();
  const updated = await modifyIfMatch(deps.repos.partners.at(id), ifMatch, (partner) =>
    withChanges(partner, changes, now),
  );
  if (!updated) throw partnerNotFound();
  return updated;
}

/**
 * Issues a new token; the previous one stops working the moment the partner names the new one.
 * The partner names it with a conditional write from the version read: of concurrent rotations one
 * wins, the others remove their token and answer 409 request_in_progress, so no answer carries a
 * token that does not work. The old token record is then removed, only to keep the store tidy.
 */
export async function rotatePartnerToken(deps: Deps, principal: Principal, id: string): Promise<string> {
  assertOperator(principal);
  const now = deps.clock.now();
  const current = await deps.repos.partners.get(id);
  if (!current) throw partnerNotFound();

  const token = newToken('kcp_');
  const tokenHash = deps.hasher.hash('token', token);
  const next = withToken(current.value, tokenHash, now);
  await deps.repos.tokens.create({ id: tokenHash, kind: 'partner', subjectId: id, createdAt: iso(now) });
  await replaceUnlessChanged(deps.repos.partners.at(id), current, next, () =>
    deps.repos.tokens.delete(tokenHash),
  );
  await deps.repos.tokens.delete(current.value.tokenHash);
  return token;
}
