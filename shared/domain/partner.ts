import { iso } from './time';

/**
 * A partner of the program. `partnerId` is the public program id printed on its program card and is
 * what every other party uses to name it; `id` is internal and appears only in operator paths.
 */
export interface Partner {
  id: string;
  partnerId: string;
  name: string;
  email: string;
  cloudEssentials: boolean;
  createdAt: string;
  updatedAt: string;
  /** Keyed hash of the partner's current token: only this token authenticates it. */
  tokenHash: string;
}

export type PartnerChanges = Partial<Pick<Partner, 'name' | 'email' | 'cloudEssentials'>>;

export function newPartner(input: {
  id: string;
  partnerId: string;
  name: string;
  email: string;
  cloudEssentials: boolean;
  tokenHash: string;
  now: Date;
}): Partner {
  const { now, ...fields } = input;
  return { ...fields, createdAt: iso(now), updatedAt: iso(now) };
}

export function withChanges(partner: Partner, changes: PartnerChanges, now: Date): Partner {
  return { ...partner, ...changes, updatedAt: iso(now) };
}

export function withToken(partner: Partner, tokenHash: string, now: Date): Partner {
  return { ...partner, tokenHash, updatedAt: iso(now) };
}
