import { DomainError } from './errors';
import { iso } from './time';
import { assertNotJustReissued } from './token-reissue';

/** A person of a tenant. Licenses are held on the subscription (the one place that counts them). */
export const GLOBAL_ADMINISTRATOR = 'global_administrator';
export type Role = typeof GLOBAL_ADMINISTRATOR;

export interface User {
  id: string;
  tenantId: string;
  /** The sign-in name, `<name>@<tenant domain>`, lower case. */
  userName: string;
  firstName: string;
  lastName: string;
  displayName: string;
  /** Where the service writes to this person (the admin's welcome email); not a sign-in name. */
  contactEmail: string | null;
  phone: string | null;
  roles: Role[];
  createdAt: string;
  /** 'provisioning' until every step of adding the user is done (a retry resumes it). */
  status: 'provisioning' | 'active';
  /** Keyed hash of the admin's `kca_` token; only this token authenticates the admin. */
  tokenHash: string | null;
  /** When another admin or its partner last had it a new token (not set by the first one). */
  tokenReissuedAt?: string;
}

const LOCAL_PART = /^[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?$/;

/** `jane.doe` or `jane.doe@contoso.onmicrosoft.com` → the full sign-in name, or why not. */
export function userNameFor(input: string, domain: string): string {
  const lower = input.trim().toLowerCase();
  const [local, at] = lower.includes('@')
    ? [lower.slice(0, lower.indexOf('@')), lower.slice(lower.indexOf('@') + 1)]
    : [lower, domain];
  if (at !== domain) {
    throw new DomainError('validation_failed', `A user name must be at ${domain}.`, {
      errors: [{ path: 'userName', message: `must be a name at ${domain}` }],
    });
  }
  if (!LOCAL_PART.test(local ?? '')) {
    throw new DomainError(
      'validation_failed',
      'A user name has letters, digits, dots, hyphens and underscores.',
      {
        errors: [
          {
            path: 'userName',
            message: 'letters, digits, ".", "-" and "_", starting and ending with a letter or digit',
          },
        ],
      },
    );
  }
  return `${local}@${domain}`;
}

export function newUser(input: {
  id: string;
  tenantId: string;
  userName: string;
  firstName: string;
  lastName: string;
  contactEmail?: string | null;
  phone?: string | null;
  roles?: Role[];
  tokenHash?: string | null;
  status: User['status'];
  now: Date;
}): User {
  return {
    id: input.id,
    tenantId: input.tenantId,
    userName: input.userName,
    firstName: input.firstName,
    lastName: input.lastName,
    displayName: `${input.firstName} ${input.lastName}`,
    contactEmail: input.contactEmail ?? null,
    phone: input.phone ?? null,
    roles: input.roles ?? [],
    createdAt: iso(input.now),
    status: input.status,
    tokenHash: input.tokenHash ?? null,
  };
}

export function isGlobalAdmin(user: User): boolean {
  return user.roles.includes(GLOBAL_ADMINISTRATOR);
}

export interface UserChanges {
  firstName?: string;
  lastName?: string;
  email?: string;
  roles?: Role[];
}

/**
 * A user changed as asked. A Global Administrator must keep a contact address (notices and tokens go
 * there); a user who stops being one loses its token (it authenticated it as an admin only).
 */
export function withChanges(user: User, changes: UserChanges): User {
  const roles = changes.roles ?? user.roles;
  const contactEmail = changes.email ?? user.contactEmail;
  if (roles.includes(GLOBAL_ADMINISTRATOR) && !contactEmail) {
    throw new DomainError('validation_failed', 'A Global Administrator needs a contact email.', {
      errors: [{ path: 'email', message: 'required for a Global Administrator' }],
    });
  }
  const firstName = changes.firstName ?? user.firstName;
  const lastName = changes.lastName ?? user.lastName;
  const admin = roles.includes(GLOBAL_ADMINISTRATOR);
  return {
    ...user,
    firstName,
    lastName,
    displayName: `${firstName} ${lastName}`,
    contactEmail,
    roles: [...new Set(roles)],
    tokenHash: admin ? user.tokenHash : null,
  };
}

/** The user's admin token replaced: the previous one stops working at once. */
/** A token for the admin: its first, or (`now` given) a reissue, refused a moment after the last. */
export function withToken(user: User, tokenHash: string, reissuedAt?: Date): User {
  if (!isGlobalAdmin(user) || !user.contactEmail) {
    throw new DomainError(
      'user_not_administrator',
      'Only a Global Administrator with a contact email has a token.',
    );
  }
  if (!reissuedAt) return { ...user, tokenHash };
  assertNotJustReissued(user.tokenReissuedAt, reissuedAt);
  return { ...user, tokenHash, tokenReissuedAt: reissuedAt.toISOString() };
}

export function activated(user: User): User | undefined {
  return user.status === 'active' ? undefined : { ...user, status: 'active' };
}
