import { api, ApiError, type Problem } from './api';
import { loadCatalog, skuName } from './catalog';
import { h } from './dom';
import { attempt, banner, clearWhenFixed, field } from './forms';
import { t } from './i18n';
import { inWords } from './messages';
import type { Page, Partner, Subscription, Tenant, User } from './types';
import type { DoneScreen } from './wizard-state';

/**
 * Step 2 of the wizard: a new customer (its account, its administrator, the partner's roles), or the
 * confirmed keys applied to an existing subscription (renewed, or seats added: keys that would run
 * more than 30 days past its term ask first, saying how many days go unused; a subscription no longer
 * active is to be renewed instead). `renew` preselects the subscription to renew (the Renewals page's
 * "Renew with keys"); `done` is told what the completion made. The screen's nodes are returned for
 * the wizard to show.
 */
export async function stepTwo(
  partner: Partner,
  redemptionId: string,
  options: { renew?: string | undefined; done: (screen: DoneScreen) => void },
): Promise<Node[]> {
  const subscriptions = await api<Page<Subscription>>('GET', '/subscriptions');
  const country = h(
    'select',
    {},
    h('option', { value: '' }, t('console.customer.chooseCountry')),
    ...(await loadCatalog()).countries.map((c) => h('option', { value: c.code }, c.name)),
  );
  const organization = h('input', { autocomplete: 'organization' });
  const prefix = h('input', { autocomplete: 'off', spellcheck: 'false' });
  const availability = h('p', { class: 'help', 'aria-live': 'polite', id: 'availability' });
  let checking = 0;
  prefix.addEventListener('input', () => {
    const asked = (checking += 1);
    const value = prefix.value.trim().toLowerCase();
    if (!/^[a-z][a-z0-9]{2,26}$/.test(value)) {
      availability.textContent = value ? inWords({ status: 400, code: 'domain_prefix_format' }) : '';
      return;
    }
    setTimeout(() => {
      if (asked !== checking) return;
      void api<{ domain: string; available: boolean }>('GET', `/domains/${value}/availability`)
        .then((answer) => {
          if (asked === checking)
            availability.textContent = t(
              answer.available ? 'console.customer.available' : 'console.customer.taken',
              { domain: answer.domain },
            );
        })
        .catch(() => (availability.textContent = ''));
    }, 300);
  });
  const firstName = h('input', { autocomplete: 'given-name' });
  const lastName = h('input', { autocomplete: 'family-name' });
  const email = h('input', { type: 'email', autocomplete: 'email' });
  const por = h('input', { type: 'checkbox', checked: true });
  const delegated = h('input', { type: 'checkbox' });
  const createForm: HTMLFormElement = h(
    'form',
    {
      onsubmit: (event) => {
        event.preventDefault();
        void attempt(createForm, async () => {
          const created = await api<{ tenant: Tenant; subscription: Subscription; adminUser: User }>(
            'POST',
            `/redemptions/${redemptionId}/complete`,
            {
              action: 'create_tenant',
              partnerOfRecord: por.checked,
              delegatedAdministration: partner.cloudEssentials && delegated.checked,
              tenant: {
                organizationName: organization.value,
                countryCode: country.value,
                domainPrefix: prefix.value.trim().toLowerCase(),
                admin: { firstName: firstName.value, lastName: lastName.value, email: email.value },
              },
            },
          );
          options.done({
            tenant: created.tenant,
            subscription: created.subscription,
            admin: created.adminUser,
          });
        });
      },
    },
    banner(),
    field(t('console.customer.country'), country, 'tenant.countryCode', t('console.customer.countryHelp')),
    field(t('console.customer.organization'), organization, 'tenant.organizationName'),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'prefix' }, t('console.customer.domain')),
      h('span', { class: 'inline' }, prefix, '.onmicrosoft.com'),
      availability,
      h('p', { class: 'error', id: 'prefix-error', 'aria-live': 'polite' }),
    ),
    h('h2', {}, t('console.customer.adminHeading')),
    field(t('console.customer.firstName'), firstName, 'tenant.admin.firstName'),
    field(t('console.customer.lastName'), lastName, 'tenant.admin.lastName'),
    field(t('console.customer.email'), email, 'tenant.admin.email', t('console.customer.emailHelp')),
    h('h2', {}, t('console.customer.roleHeading')),
    field(t('console.customer.partnerOfRecord'), por, 'partnerOfRecord'),
    partner.cloudEssentials
      ? field(t('console.customer.delegated'), delegated, 'delegatedAdministration')
      : null,
    h('button', { type: 'submit' }, t('console.customer.create')),
  );
  prefix.id = 'prefix';
  prefix.dataset['path'] = 'tenant.domainPrefix';
  prefix.setAttribute('aria-describedby', 'availability prefix-error');
  clearWhenFixed(prefix);

  const existing = subscriptions.items.filter((s) => s.billing === 'product_key' && s.state !== 'deleted');
  const choice = h(
    'select',
    {},
    ...existing.map((s) =>
      h(
        'option',
        { value: s.id },
        t('console.customer.subscriptionOption', {
          product: skuName(s.sku),
          seats: s.seats,
          end: new Date(s.termEnd),
          ref: s.id.slice(0, 8),
        }),
      ),
    ),
  );
  // Asked before keys whose term outlives the subscription's by more than 30 days are applied.
  const ask = h('div', { class: 'confirm' });
  const buttons = {} as Record<'renew' | 'add_seats', HTMLButtonElement>;
  const apply = (action: 'renew' | 'add_seats', acceptUnusedTerm = false): Promise<void> =>
    attempt(applyForm, async () => {
      ask.replaceChildren();
      const result = await api<{ subscription: Subscription }>(
        'POST',
        `/redemptions/${redemptionId}/complete`,
        {
          action,
          subscriptionId: choice.value,
          ...(acceptUnusedTerm ? { acceptUnusedTerm } : {}),
        },
      ).catch((error: unknown) => {
        if (error instanceof ApiError && error.problem.code === 'key_term_exceeds_remaining')
          return askUnusedDays(error.problem);
        throw error;
      });
      if (!result) return;
      const tenant = await api<Tenant>('GET', `/tenants/${result.subscription.tenantId}`);
      options.done({ tenant, subscription: result.subscription, admin: null });
    }).then((done) => {
      // A subscription no longer active is renewed instead: the banner says so, Renew is next.
      if (
        !done &&
        applyForm.querySelector('.banner')?.textContent === inWords({ code: 'subscription_not_active' })
      )
        buttons.renew.focus();
    });
  const askUnusedDays = (problem: Problem): null => {
    const anyway = h(
      'button',
      { type: 'button', onclick: () => void apply('add_seats', true) },
      t('console.customer.addSeatsAnyway'),
    );
    ask.replaceChildren(
      h(
        'p',
        { class: 'banner', role: 'alert' },
        t('console.customer.unusedDays', { days: problem.unusedDays ?? 31 }),
      ),
      anyway,
    );
    queueMicrotask(() => anyway.focus());
    return null;
  };
  const applyForm: HTMLFormElement = h(
    'form',
    {},
    banner(),
    field(t('console.customer.subscription'), choice, 'subscriptionId'),
    ...(['renew', 'add_seats'] as const).map(
      (action) =>
        (buttons[action] = h(
          'button',
          {
            type: 'button',
            class: action === 'renew' ? '' : 'secondary',
            onclick: () => void apply(action),
          },
          t(action === 'renew' ? 'console.customer.renew' : 'console.customer.addSeats'),
        )),
    ),
    ask,
  );
  const renewing = existing.some((s) => s.id === options.renew);
  if (renewing) choice.value = options.renew as string;
  const created = [h('h2', {}, t('console.customer.new')), createForm];
  const applied = existing.length
    ? [
        h('h2', {}, t(renewing ? 'console.customer.renewing' : 'console.customer.existing')),
        renewing ? h('p', { class: 'note' }, t('console.customer.renewingNote')) : null,
        applyForm,
      ]
    : [];
  // Renewing the subscription chosen on the Renewals page: that comes first, a new customer after.
  const nodes: (Node | null)[] = [
    h('h1', {}, t('console.customer.heading')),
    ...(renewing ? [...applied, ...created] : [...created, ...applied]),
  ];
  return nodes.filter((node): node is Node => node !== null);
}
