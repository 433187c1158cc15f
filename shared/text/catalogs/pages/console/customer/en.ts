/**
 * English (the partner console's customer page): the users of a customer the partner administers
 * and the offer of delegated administration, spread into ../en.ts. Every other language has exactly
 * these messages.
 */
export const enCustomer = {
  'console.field.userFirstName': "Type the user's first name (up to 64 characters).",
  'console.field.userLastName': "Type the user's last name (up to 64 characters).",
  'console.field.userName':
    'Type a user name like jane.doe: letters, digits, dots, hyphens and underscores, starting and ending with a letter or digit.',
  'console.field.contactEmail':
    'Type an email address like name@example.com (a Global Administrator needs one).',
  'console.field.role': 'Choose a role from the list.',
  'console.users.why':
    "You can see and manage this customer's users once you are its delegated administrator. Offer delegated administration below: the customer decides.",
  'console.users.licenses':
    '{used, number} of {seats, plural, one {# license} other {# licenses}} assigned, {available, number} available.',
  'console.users.userName': 'User name',
  'console.users.userNameHelp':
    'Like jane.doe: letters, digits, dots, hyphens and underscores. The user signs in as jane.doe@{domain}.',
  'console.users.role': 'Role',
  'console.users.roleValue':
    '{role, select, global_administrator {Global Administrator} user {User} other {{role}}}',
  'console.users.roleHelp': 'A Global Administrator can administer this customer and receives its notices.',
  'console.users.license': 'License',
  'console.users.licensed': '{licensed, select, yes {Yes} other {No}}',
  'console.users.signIn': 'Sign-in',
  'console.users.signInValue':
    '{reason, select, none {Allowed} subscription_disabled {Blocked: the subscription is disabled} subscription_deleted {Blocked: the subscription is deleted} other {Blocked}}',
  'console.users.email': 'Contact email',
  'console.users.emailHelp': 'Needed for a Global Administrator: their sign-in token is emailed there.',
  'console.users.noEmail': 'None',
  'console.users.changeRole': 'Change role',
  'console.users.changeRoleOf': 'Change role of {name}',
  'console.users.save': 'Save',
  'console.users.cancel': 'Cancel',
  'console.users.roleSaved':
    'The role of {name} is now {role, select, global_administrator {Global Administrator} user {User} other {{role}}}.',
  'console.users.remove': 'Remove',
  'console.users.removeOf': 'Remove {name}',
  'console.users.removeConfirm':
    'Remove {name} ({userName})? Their license is freed and they can no longer sign in.',
  'console.users.removeYes': 'Yes, remove',
  'console.users.keep': 'Keep the user',
  'console.users.removed': '{name} was removed.',
  'console.users.add': 'Add a user',
  'console.users.assignLicense': 'Assign a license ({available, number} available)',
  'console.users.addSubmit': 'Add user',
  'console.users.added':
    '{name} was added as {userName}.{admin, select, yes { Their sign-in token was emailed to their contact email.} other {}}',
  'console.offers.delegated': "You are this customer's delegated administrator: there is no offer to send.",
  'console.offers.pending': 'Your offer is waiting for an answer',
  'console.offers.pendingSince':
    'Sent on {sent, date, long}; the customer can answer until {expires, date, long}.',
  'console.offers.withdraw': 'Withdraw',
  'console.offers.withdrawConfirm': "Withdraw this offer? The link in the customer's email stops working.",
  'console.offers.withdrawYes': 'Yes, withdraw',
  'console.offers.keep': 'Keep the offer',
  'console.offers.withdrawn': 'The offer was withdrawn. You can send a new one.',
} as const;
