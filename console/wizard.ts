import { checkKey, formatKey, normalizeKey } from '../shared/domain/product-key';
import { api, ApiError } from './api';
import { loadCatalog, skuName } from './catalog';
import { dateOf, h, show } from './dom';
import { attempt, banner, field } from './forms';
import { inWords } from './messages';
import type { AddedKey, Partner, Redemption, Subscription, Tenant, User, Page } from './types';

/**
 * "Redeem product keys", step by step as the process runs it: the attestation, the keys (each
 * checked here, with the server's own check-symbol code, before any request), verify, confirm; then
 * step 2: a new customer, or keys applied to an existing subscription. The wizard lives in this
 * page's memory: closing the browser means starting again, and the redemption then expires and
 * frees its keys, as the process says.
 */
export async function startWizard(partner: Partner): Promise<void> {
  await loadCatalog();
  const agree = h('input', { type: 'checkbox', id: 'attest' });
  const form = h(
    'form',
    {
      onsubmit: (event) => {
        event.preventDefault();
        void attempt(form, async () => {
          if (!agree.checked) {
            throw new ApiError({
              status: 422,
              code: 'attestation_required',
              detail: 'Confirm that you are the right person first.',
              errors: [{ path: 'attestation', message: 'Tick this box to go on.' }],
            });
          }
          const redemption = await api<Redemption>('POST', '/redemptions', { attestation: true });
          keysStep(partner, redemption, []);
        });
      },
    },
    banner(),
    field("I'm the right person to redeem product keys for my organization", agree, 'attestation'),
    h('button', { type: 'submit' }, 'Start'),
  );
  show(
    h('h1', {}, 'Redeem product keys'),
    h(
      'ol',
      { class: 'steps' },
      h('li', {}, 'Type each 25-character key from the cards; add as many as you have.'),
      h('li', {}, 'Verify that everything is correct, and confirm.'),
      h('li', {}, "Step 2: create the customer's account, or add the keys to an existing subscription."),
    ),
    h(
      'p',
      { class: 'note' },
      'Finish in this window: if you close it, the keys are released and you start again.',
    ),
    form,
  );
}

/** Groups of five, upper case, as the cards print them. */
function formatAsTyped(input: HTMLInputElement): void {
  const symbols = normalizeKey(input.value).slice(0, 25);
  input.value = symbols.match(/.{1,5}/g)?.join('-') ?? '';
}

function expired(partner: Partner, form: HTMLElement): void {
  const restart = h('button', { type: 'button', onclick: () => void startWizard(partner) }, 'Start again');
  form.replaceChildren(
    h('p', { class: 'banner', role: 'alert' }, inWords({ status: 410, code: 'redemption_expired' })),
    restart,
  );
  restart.focus();
}

/** A step of the live redemption, run like any form action; one that expired offers to start again. */
function redemptionStep(partner: Partner, form: HTMLElement, step: () => Promise<void>): Promise<boolean> {
  return attempt(form, async () => {
    try {
      await step();
    } catch (error) {
      if (error instanceof ApiError && error.problem.code === 'redemption_expired') expired(partner, form);
      else throw error;
    }
  });
}

function keysStep(partner: Partner, redemption: Redemption, keys: AddedKey[]): void {
  const input = h('input', {
    id: 'key',
    autocomplete: 'off',
    spellcheck: 'false',
    autocapitalize: 'characters',
    inputmode: 'text',
    maxlength: '29',
    placeholder: 'XXXXX-XXXXX-XXXXX-XXXXX-XXXXX',
    oninput: () => formatAsTyped(input),
  });
  const list = h('ul', { class: 'keys', 'aria-label': 'Keys added' });
  const next = h('button', { type: 'button', disabled: keys.length === 0 }, 'Next: verify');
  const add = h('button', { type: 'submit' }, keys.length ? 'Add another product key' : 'Add product key');
  const form: HTMLFormElement = h(
    'form',
    {
      onsubmit: (event) => {
        event.preventDefault();
        const check = checkKey(input.value);
        if (!check.ok) {
          // Caught here: no request for a mistyped key.
          const error = document.getElementById('key-error') as HTMLElement;
          error.textContent = inWords({ status: 422, code: check.code });
          input.setAttribute('aria-invalid', 'true');
          input.focus();
          return;
        }
        void redemptionStep(partner, form, async () => {
          const added = await api<AddedKey>('POST', `/redemptions/${redemption.id}/keys`, {
            key: formatKey(check.normalized),
          }).catch((error: unknown) => {
            // What is wrong with the key is said next to it.
            if (error instanceof ApiError && error.problem.code !== 'redemption_expired')
              error.problem.errors = [{ path: 'key', message: inWords(error.problem) }];
            throw error;
          });
          keys.push(added);
          render();
          input.value = '';
          add.textContent = 'Add another product key';
          input.focus();
        });
      },
    },
    banner(),
    field('Product key', input, 'key', '25 letters and digits, as printed on the card.'),
    add,
  );
  const render = () => {
    list.replaceChildren(
      ...keys.map((key) =>
        h(
          'li',
          {},
          h('span', { class: 'mono' }, key.maskedKey),
          ` ${skuName(key.sku)}, ${key.seats} seats, ${key.termMonths} months `,
          h(
            'button',
            {
              type: 'button',
              class: 'link',
              'aria-label': `Remove key ${key.maskedKey}`,
              onclick: () =>
                void redemptionStep(partner, form, async () => {
                  await api('DELETE', `/redemptions/${redemption.id}/keys/${key.keyRef}`);
                  keys.splice(keys.indexOf(key), 1);
                  render();
                }),
            },
            'Remove',
          ),
        ),
      ),
    );
    next.disabled = keys.length === 0;
  };
  next.addEventListener('click', () => void verifyStep(partner, redemption.id));
  render();
  show(h('h1', {}, 'Add product keys'), form, h('h2', {}, 'Keys in this redemption'), list, next);
  input.focus();
}

async function verifyStep(partner: Partner, redemptionId: string): Promise<void> {
  const redemption = await api<Redemption>('GET', `/redemptions/${redemptionId}`);
  const summary = redemption.summary;
  const confirm = h('button', { type: 'submit' }, 'Confirm');
  const form: HTMLFormElement = h(
    'form',
    {
      onsubmit: (event) => {
        event.preventDefault();
        void redemptionStep(partner, form, async () => {
          await api('POST', `/redemptions/${redemptionId}/confirm`);
          confirmed(partner, redemptionId);
        });
      },
    },
    banner(),
    h(
      'button',
      { type: 'button', class: 'secondary', onclick: () => keysStep(partner, redemption, redemption.keys) },
      'Back to the keys',
    ),
    confirm,
  );
  show(
    h('h1', {}, 'Verify that everything is correct'),
    h(
      'dl',
      { class: 'summary' },
      h('dt', {}, 'Product'),
      h('dd', {}, summary ? skuName(summary.sku) : '—'),
      h('dt', {}, 'Seats'),
      h('dd', {}, String(summary?.totalSeats ?? 0)),
      h('dt', {}, 'Term'),
      h('dd', {}, `${summary?.termMonths ?? 0} months`),
      h('dt', {}, 'Keys'),
      h('dd', {}, redemption.keys.map((k) => k.maskedKey).join(', ')),
    ),
    form,
  );
}

function confirmed(partner: Partner, redemptionId: string): void {
  show(
    h('h1', {}, 'Product key addition completed'),
    h('p', {}, 'The keys are held for this redemption. Now use them for a customer.'),
    h('button', { type: 'button', onclick: () => void stepTwo(partner, redemptionId) }, 'Start step 2'),
  );
}

async function stepTwo(partner: Partner, redemptionId: string): Promise<void> {
  const subscriptions = await api<Page<Subscription>>('GET', '/subscriptions');
  const country = h(
    'select',
    {},
    h('option', { value: '' }, 'Choose a country'),
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
            availability.textContent = answer.available
              ? `${answer.domain} is available.`
              : `${answer.domain} is taken.`;
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
          done(partner, created.tenant, created.subscription, created.adminUser);
        });
      },
    },
    banner(),
    field('Country or region', country, 'tenant.countryCode', 'A country not in this list is not served.'),
    field('Organization name', organization, 'tenant.organizationName'),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'prefix' }, 'Domain name'),
      h('span', { class: 'inline' }, prefix, '.onmicrosoft.com'),
      availability,
      h('p', { class: 'error', id: 'prefix-error', 'aria-live': 'polite' }),
    ),
    h('h2', {}, "The customer's administrator"),
    field('First name', firstName, 'tenant.admin.firstName'),
    field('Last name', lastName, 'tenant.admin.lastName'),
    field('Email', email, 'tenant.admin.email', 'The welcome email with the sign-in token goes here.'),
    h('h2', {}, 'Your role'),
    field('Be the Partner of Record of this subscription', por, 'partnerOfRecord'),
    partner.cloudEssentials
      ? field(
          'Offer delegated administration (the customer must accept)',
          delegated,
          'delegatedAdministration',
        )
      : null,
    h('button', { type: 'submit' }, 'Create account'),
  );
  prefix.id = 'prefix';
  prefix.dataset['path'] = 'tenant.domainPrefix';
  prefix.setAttribute('aria-describedby', 'availability prefix-error');

  const existing = subscriptions.items.filter((s) => s.billing === 'product_key' && s.state !== 'deleted');
  const choice = h(
    'select',
    {},
    ...existing.map((s) =>
      h(
        'option',
        { value: s.id },
        `${skuName(s.sku)}, ${s.seats} seats, ends ${dateOf(s.termEnd)} (${s.id.slice(0, 8)})`,
      ),
    ),
  );
  const applyForm: HTMLFormElement = h(
    'form',
    {},
    banner(),
    field('Subscription', choice, 'subscriptionId'),
    ...(['renew', 'add_seats'] as const).map((action) =>
      h(
        'button',
        {
          type: 'button',
          class: action === 'renew' ? '' : 'secondary',
          onclick: () =>
            void attempt(applyForm, async () => {
              const result = await api<{ subscription: Subscription }>(
                'POST',
                `/redemptions/${redemptionId}/complete`,
                {
                  action,
                  subscriptionId: choice.value,
                },
              );
              const tenant = await api<Tenant>('GET', `/tenants/${result.subscription.tenantId}`);
              done(partner, tenant, result.subscription, null);
            }),
        },
        action === 'renew' ? 'Renew it with these keys' : 'Add these seats to it',
      ),
    ),
  );
  show(
    h('h1', {}, 'Step 2: the customer'),
    h('h2', {}, 'A new customer'),
    createForm,
    existing.length ? h('h2', {}, 'Or an existing subscription') : null,
    existing.length ? applyForm : null,
  );
}

function done(partner: Partner, tenant: Tenant, subscription: Subscription, admin: User | null): void {
  show(
    h('h1', {}, 'Done'),
    h(
      'dl',
      { class: 'summary' },
      h('dt', {}, 'Customer'),
      h('dd', {}, `${tenant.organizationName} (${tenant.domain})`),
      h('dt', {}, 'Subscription'),
      h('dd', {}, `${skuName(subscription.sku)}, ${subscription.seats} seats, ${subscription.state}`),
      h('dt', {}, 'Term'),
      h('dd', {}, `${dateOf(subscription.termStart)} to ${dateOf(subscription.termEnd)}`),
      admin ? h('dt', {}, 'Administrator') : null,
      admin ? h('dd', {}, `${admin.displayName} (${admin.userName}), licensed`) : null,
    ),
    h(
      'p',
      {},
      admin
        ? 'The administrator has been emailed a welcome with their sign-in token. '
        : 'The keys are applied. ',
      `Renewal notices go to the customer's administrators and the Partner of Record 60, 30, 7 and 1 days before ${dateOf(subscription.termEnd)}.`,
    ),
    h('button', { type: 'button', onclick: () => void startWizard(partner) }, 'Redeem more keys'),
  );
}
