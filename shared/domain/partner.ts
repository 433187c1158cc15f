import { DEFAULT_LANGUAGE, type Language } from '../text/languages';
import { iso } from './time';
import { assertNotJustReissued } from './token-reissue';

/**
 * A partner of the program. `programId` is the public number printed on its program card and what
 * every other party uses to name it (the API calls it `partnerId`); `id` is internal and appears only in
 * operator paths. Elsewhere in the code `partnerId` always means a partner's internal id.
 */
/** A program id: the 6 to 10 digits on the program card. */
export const PROGRAM_ID = /^\d{6,10}$/;

export interface Partner {
  id: string;
  programId: string;
  name: string;
  email: string;
  cloudEssentials: boolean;
  /** The language the partner is written to in (emails); English unless it chose another. */
  language: Language;
  createdAt: string;
  updatedAt: string;
  /** Keyed hash of the partner's current token: only this token authenticates it. */
  tokenHash: string;
  /** When the operator last issued it a new token (not set by registration). */
  tokenReissuedAt?: string;
}

export type PartnerChanges = Partial<Pick<Partner, 'name' | 'email' | 'cloudEssentials'>>;

export function newPartner(input: {
  id: string;
  programId: string;
  name: string;
  email: string;
  cloudEssentials: boolean;
  /** English when not given. */
  language?: Language | undefined;
  tokenHash: string;
  now: Date;
}): Partner {
  const { now, language, ...fields } = input;
  return { ...fields, language: language ?? DEFAULT_LANGUAGE, createdAt: iso(now), updatedAt: iso(now) };
}

export function withChanges(partner: Partner, changes: PartnerChanges, now: Date): Partner {
  return { ...partner, ...changes, updatedAt: iso(now) };
}

/** The partner written to in `language`; undefined when it already is. */
export function withLanguage(partner: Partner, language: Language, now: Date): Partner | undefined {
  return partner.language === language ? undefined : { ...partner, language, updatedAt: iso(now) };
}

export function withToken(partner: Partner, tokenHash: string, now: Date): Partner {
  assertNotJustReissued(partner.tokenReissuedAt, now);
  return { ...partner, tokenHash, tokenReissuedAt: iso(now), updatedAt: iso(now) };
}
