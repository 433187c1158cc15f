import * as z from 'zod';
import { SIGN_IN_BLOCKED_REASONS } from '../../domain/subscription';
import { Email, Instant, PersonName, text } from './fields';

/** A tenant's users, their roles and licenses. */
export const Roles = z
  .array(z.enum(['global_administrator']))
  .max(1)
  .meta({
    description: 'global_administrator: can administer the tenant and receives its notices (needs email)',
  });

export const CreateUserRequest = z
  .strictObject({
    firstName: PersonName,
    lastName: PersonName,
    userName: text({ min: 1, max: 128 }).meta({
      description:
        'The sign-in name: "jane.doe" or "jane.doe@<tenant domain>"; letters, digits, ".", "-" and "_", starting ' +
        'and ending with a letter or digit, read in lower case (shared/domain/user.ts checks it)',
      pattern: '^\\s*[A-Za-z0-9](?:[A-Za-z0-9._-]{0,62}[A-Za-z0-9])?(?:@[^@\\s]+)?\\s*$',
      example: 'jane.doe',
    }),
    assignLicense: z.boolean().default(true),
    roles: Roles.optional(),
    email: Email.optional().meta({
      description: 'Contact address; required for a Global Administrator, whose token is emailed there',
    }),
  })
  .superRefine((body, ctx) => {
    if (body.roles?.includes('global_administrator') && !body.email)
      ctx.addIssue({ code: 'custom', path: ['email'], message: 'required for a Global Administrator' });
  })
  .meta({
    // The rule above, stated in the document.
    if: { properties: { roles: { contains: { const: 'global_administrator' } } }, required: ['roles'] },
    then: { properties: { email: { type: 'string' } }, required: ['email'] },
  });

export const UpdateUserRequest = z
  .strictObject({
    firstName: PersonName.optional(),
    lastName: PersonName.optional(),
    email: Email.optional(),
    roles: Roles.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, {
    message: 'give at least one of firstName, lastName, email, roles',
  });

export const UserView = z.object({
  id: z.string(),
  userName: z.string(),
  displayName: z.string(),
  email: z.string().nullable().meta({ description: 'Contact address (every Global Administrator has one)' }),
  roles: z.array(z.string()),
  licensed: z.boolean(),
  signInAllowed: z.boolean().meta({
    description:
      'Whether the user can sign in now: not while the subscription is disabled, unless a Global Administrator',
  }),
  signInBlockedReason: z
    .enum(SIGN_IN_BLOCKED_REASONS)
    .nullable()
    .meta({
      description:
        "Why the user cannot sign in (null when it can): subscription_disabled, the tenant's subscription is " +
        'disabled and only Global Administrators sign in until it is renewed; subscription_deleted, it is ' +
        'deleted. Open: later versions add values',
    }),
  createdAt: Instant,
});
