import { api, ApiError } from './api';
import { h } from './dom';
import { attempt, banner, field } from './forms';
import { t } from './i18n';
import { inWords } from './messages';
import type { Page, Subscription, Tenant, User } from './types';

/**
 * The users of a customer the partner administers (its delegated administrator): who they are, their
 * role in words, license and sign-in; add one (with or without a license), change a role, remove one
 * (after asking). The licenses used and available are those of the tenant's current subscription.
 */
const GLOBAL_ADMINISTRATOR = 'global_administrator';

/** A user's roles in words: "Global Administrator", or "User" when it has none. */
export function rolesInWords(roles: string[]): string {
  return (roles.length ? roles : ['user']).map((role) => t('console.users.roleValue', { role })).join(', ');
}

/** The subscription licenses are counted on: the tenant's live one (not one moved to direct billing). */
function currentSubscription(tenant: Tenant): Subscription | undefined {
  return tenant.subscriptions.find((s) => s.state !== 'migrated') ?? tenant.subscriptions.at(-1);
}

/**
 * A button that asks first: a click shows the question beside it with "yes" and "no" (focus on
 * "yes"); "no" hides it and gives the focus back to the button.
 */
export function askFirst(
  trigger: HTMLButtonElement,
  question: string,
  labels: { yes: string; no: string },
  onYes: (yes: HTMLButtonElement) => void,
): HTMLElement {
  const id = `ask-${crypto.randomUUID()}`;
  const yes: HTMLButtonElement = h('button', { type: 'button', onclick: () => onYes(yes) }, labels.yes);
  const no = h('button', { type: 'button', class: 'secondary', onclick: () => toggle(false) }, labels.no);
  const group = h(
    'div',
    { id, role: 'group', class: 'ask', 'aria-labelledby': `${id}-q`, hidden: true },
    h('p', { id: `${id}-q` }, question),
    yes,
    no,
  );
  const toggle = (on: boolean) => {
    group.hidden = !on;
    trigger.setAttribute('aria-expanded', String(on));
    (on ? yes : trigger).focus();
  };
  trigger.setAttribute('aria-expanded', 'false');
  trigger.setAttribute('aria-controls', id);
  trigger.addEventListener('click', () => toggle(true));
  return group;
}

/**
 * The users' part of the customer page: the list and forms, or why the partner cannot see them.
 * After a change the page is drawn again by `changed` (the seats used change with the licenses),
 * which says what happened in this section's banner.
 */
export async function usersSection(
  tenant: Tenant,
  administers: boolean,
  changed: (words: string) => Promise<void>,
): Promise<HTMLElement> {
  const section = h('section', { class: 'users', 'aria-labelledby': 'users-heading' });
  if (!administers) {
    section.append(
      h('h2', { id: 'users-heading' }, t('console.tenant.users')),
      h('p', { class: 'note' }, t('console.users.why')),
    );
    return section;
  }
  await drawUsers(section, tenant, changed);
  return section;
}

async function allUsers(tenantId: string): Promise<User[]> {
  const users: User[] = [];
  let token: string | null = null;
  do {
    const query: string = token ? `&continuationToken=${encodeURIComponent(token)}` : '';
    const page: Page<User> = await api<Page<User>>('GET', `/tenants/${tenantId}/users?limit=100${query}`);
    users.push(...page.items);
    token = page.continuationToken;
  } while (token);
  return users;
}

async function drawUsers(section: HTMLElement, tenant: Tenant, redraw: Redraw): Promise<void> {
  let users: User[];
  try {
    users = await allUsers(tenant.id);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    section.replaceChildren(
      h('h2', { id: 'users-heading' }, t('console.tenant.users')),
      h('p', { class: 'note' }, inWords(error.problem)),
    );
    return;
  }
  const status = banner();
  const subscription = currentSubscription(tenant);
  const available = subscription ? Math.max(0, subscription.seats - subscription.assignedSeats) : 0;
  section.replaceChildren(
    h('h2', { id: 'users-heading' }, t('console.tenant.users')),
    status,
    h(
      'p',
      { class: 'licenses' },
      t('console.users.licenses', {
        used: subscription?.assignedSeats ?? 0,
        seats: subscription?.seats ?? 0,
        available,
      }),
    ),
    users.length
      ? h('ul', { class: 'cards users-list' }, ...users.map((user) => userCard(tenant, user, status, redraw)))
      : h('p', {}, t('console.tenant.noneYet')),
    addUserForm(tenant, available, redraw),
  );
}

type Redraw = (words: string) => Promise<void>;

function userCard(tenant: Tenant, user: User, status: HTMLElement, redraw: Redraw): HTMLElement {
  const name = user.displayName;
  const change = h(
    'button',
    { type: 'button', class: 'secondary', 'aria-label': t('console.users.changeRoleOf', { name }) },
    t('console.users.changeRole'),
  );
  const roleForm = changeRoleForm(tenant, user, change, redraw);
  change.setAttribute('aria-controls', roleForm.id);
  change.setAttribute('aria-expanded', 'false');
  change.addEventListener('click', () => {
    roleForm.hidden = false;
    change.setAttribute('aria-expanded', 'true');
    roleForm.querySelector('select')?.focus();
  });
  const remove = h(
    'button',
    { type: 'button', class: 'secondary', 'aria-label': t('console.users.removeOf', { name }) },
    t('console.users.remove'),
  );
  const confirm = askFirst(
    remove,
    t('console.users.removeConfirm', { name, userName: user.userName }),
    { yes: t('console.users.removeYes'), no: t('console.users.keep') },
    (yes) => {
      yes.disabled = true;
      void api('DELETE', `/tenants/${tenant.id}/users/${user.id}`)
        .then(() => redraw(t('console.users.removed', { name })))
        .catch((error: unknown) => {
          if (!(error instanceof ApiError)) throw error;
          yes.disabled = false;
          confirm.hidden = true;
          remove.setAttribute('aria-expanded', 'false');
          status.textContent = inWords(error.problem);
          status.focus();
        });
    },
  );
  const reason = user.signInAllowed ? 'none' : (user.signInBlockedReason ?? 'other');
  return h(
    'li',
    {},
    h('h3', {}, name),
    h(
      'dl',
      { class: 'summary' },
      h('dt', {}, t('console.users.userName')),
      h('dd', {}, user.userName),
      h('dt', {}, t('console.users.role')),
      h('dd', {}, rolesInWords(user.roles)),
      h('dt', {}, t('console.users.license')),
      h('dd', {}, t('console.users.licensed', { licensed: user.licensed ? 'yes' : 'no' })),
      h('dt', {}, t('console.users.signIn')),
      h('dd', {}, t('console.users.signInValue', { reason })),
      h('dt', {}, t('console.users.email')),
      h('dd', {}, user.email ?? t('console.users.noEmail')),
    ),
    h('div', { class: 'actions' }, change, remove),
    roleForm,
    confirm,
  );
}

function roleSelect(id: string, current: string): HTMLSelectElement {
  return h(
    'select',
    { id },
    ...['user', GLOBAL_ADMINISTRATOR].map((role) =>
      h('option', { value: role, selected: role === current }, t('console.users.roleValue', { role })),
    ),
  );
}

/** Change a user's role: becoming Global Administrator needs a contact email (its token goes there). */
function changeRoleForm(
  tenant: Tenant,
  user: User,
  trigger: HTMLButtonElement,
  redraw: Redraw,
): HTMLFormElement {
  const current = user.roles.includes(GLOBAL_ADMINISTRATOR) ? GLOBAL_ADMINISTRATOR : 'user';
  const role = roleSelect(`role-${user.id}`, current);
  const email = h('input', { id: `email-${user.id}`, type: 'email', autocomplete: 'off' });
  const emailField = user.email
    ? null
    : field(t('console.users.email'), email, 'email', t('console.users.emailHelp'));
  const close = () => {
    form.hidden = true;
    trigger.setAttribute('aria-expanded', 'false');
    trigger.focus();
  };
  const form: HTMLFormElement = h(
    'form',
    {
      id: `change-${user.id}`,
      class: 'inline-form',
      hidden: true,
      onsubmit: (event) => {
        event.preventDefault();
        void attempt(form, async () => {
          const admin = role.value === GLOBAL_ADMINISTRATOR;
          const body: Record<string, unknown> = { roles: admin ? [GLOBAL_ADMINISTRATOR] : [] };
          if (admin && !user.email && email.value.trim()) body['email'] = email.value.trim();
          await api('PATCH', `/tenants/${tenant.id}/users/${user.id}`, body);
          await redraw(t('console.users.roleSaved', { name: user.displayName, role: role.value }));
        });
      },
    },
    banner(),
    field(t('console.users.role'), role, 'roles'),
    emailField,
    h('button', { type: 'submit' }, t('console.users.save')),
    h('button', { type: 'button', class: 'secondary', onclick: close }, t('console.users.cancel')),
  );
  return form;
}

function addUserForm(tenant: Tenant, available: number, redraw: Redraw): HTMLElement {
  const input = (id: string, type = 'text') =>
    h('input', { id, type, autocomplete: 'off', spellcheck: 'false' });
  const firstName = input('new-firstName');
  const lastName = input('new-lastName');
  const userName = input('new-userName');
  const email = input('new-email', 'email');
  const role = roleSelect('new-role', 'user');
  const license = h('input', { id: 'new-license', type: 'checkbox', checked: available > 0 });
  const form: HTMLFormElement = h(
    'form',
    {
      class: 'add-user',
      'aria-labelledby': 'add-user-heading',
      onsubmit: (event) => {
        event.preventDefault();
        void attempt(form, async () => {
          const admin = role.value === GLOBAL_ADMINISTRATOR;
          const added = await api<User>('POST', `/tenants/${tenant.id}/users`, {
            firstName: firstName.value.trim(),
            lastName: lastName.value.trim(),
            userName: userName.value.trim(),
            assignLicense: license.checked,
            ...(admin ? { roles: [GLOBAL_ADMINISTRATOR] } : {}),
            ...(email.value.trim() ? { email: email.value.trim() } : {}),
          });
          await redraw(
            t('console.users.added', {
              name: added.displayName,
              userName: added.userName,
              admin: admin ? 'yes' : 'no',
            }),
          );
        });
      },
    },
    h('h3', { id: 'add-user-heading' }, t('console.users.add')),
    banner(),
    field(t('console.customer.firstName'), firstName, 'firstName'),
    field(t('console.customer.lastName'), lastName, 'lastName'),
    field(
      t('console.users.userName'),
      userName,
      'userName',
      t('console.users.userNameHelp', { domain: tenant.domain }),
    ),
    field(t('console.users.role'), role, 'roles', t('console.users.roleHelp')),
    field(t('console.users.email'), email, 'email', t('console.users.emailHelp')),
    field(t('console.users.assignLicense', { available }), license, 'assignLicense'),
    h('button', { type: 'submit' }, t('console.users.addSubmit')),
  );
  return form;
}
