import { checkKey, formatKey, normalizeKey } from '../shared/domain/product-key';
import { api, ApiError } from './api';
import { loadCatalog, skuName } from './catalog';
import { h, show } from './dom';
import { attempt, banner, field } from './forms';
import { redrawWith, t } from './i18n';
import { inWords } from './messages';
import { stepTwo } from './step-two';
import type { AddedKey, Partner, Redemption } from './types';

/**
 * "Redeem product keys", step by step as the process runs it: the attestation, the keys (each
 * checked here, with the server's own check-symbol code, before any request), verify, confirm; then
 * step 2: a new customer, or keys applied to an existing subscription. The wizard lives in this
 * page's memory: closing the browser means starting again, and the redemption then expires and
 * frees its keys, as the process says.
 */
export async function startWizard(partner: Partner): Promise<void> {
  redrawWith(() => startWizard(partner));
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
              detail: t('console.wizard.attestationFirst'),
              errors: [{ path: 'attestation', message: t('console.wizard.attestationTick') }],
            });
          }
          const redemption = await api<Redemption>('POST', '/redemptions', { attestation: true });
          keysStep(partner, redemption, []);
        });
      },
    },
    banner(),
    field(t('console.wizard.attestation'), agree, 'attestation'),
    h('button', { type: 'submit' }, t('console.wizard.start')),
  );
  show(
    h('h1', {}, t('console.wizard.heading')),
    h(
      'ol',
      { class: 'steps' },
      h('li', {}, t('console.wizard.stepKeys')),
      h('li', {}, t('console.wizard.stepVerify')),
      h('li', {}, t('console.wizard.stepCustomer')),
    ),
    h('p', { class: 'note' }, t('console.wizard.finishHere')),
    form,
  );
}

/** Groups of five, upper case, as the cards print them. */
function formatAsTyped(input: HTMLInputElement): void {
  const symbols = normalizeKey(input.value).slice(0, 25);
  input.value = symbols.match(/.{1,5}/g)?.join('-') ?? '';
}

function expired(partner: Partner, form: HTMLElement): void {
  const restart = h(
    'button',
    { type: 'button', onclick: () => void startWizard(partner) },
    t('console.wizard.startAgain'),
  );
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
  redrawWith(() => keysStep(partner, redemption, keys));
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
  const list = h('ul', { class: 'keys', 'aria-label': t('console.keys.listLabel') });
  const next = h('button', { type: 'button', disabled: keys.length === 0 }, t('console.keys.next'));
  const addLabel = () => t(keys.length ? 'console.keys.addAnother' : 'console.keys.add');
  const add = h('button', { type: 'submit' }, addLabel());
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
              error.problem.errors = [
                { path: 'key', message: inWords(error.problem), code: error.problem.code },
              ];
            throw error;
          });
          keys.push(added);
          render();
          input.value = '';
          add.textContent = addLabel();
          input.focus();
        });
      },
    },
    banner(),
    field(t('console.keys.field'), input, 'key', t('console.keys.fieldHelp')),
    add,
  );
  const render = () => {
    list.replaceChildren(
      ...keys.map((key) =>
        h(
          'li',
          {},
          h('span', { class: 'mono' }, key.maskedKey),
          ` ${t('console.keys.item', { product: skuName(key.sku), seats: key.seats, months: key.termMonths })} `,
          h(
            'button',
            {
              type: 'button',
              class: 'link',
              'aria-label': t('console.keys.removeLabel', { key: key.maskedKey }),
              onclick: () =>
                void redemptionStep(partner, form, async () => {
                  await api('DELETE', `/redemptions/${redemption.id}/keys/${key.keyRef}`);
                  const at = keys.indexOf(key);
                  keys.splice(at, 1);
                  render();
                  // On to the next key's Remove (the one removed is gone), else to the key field.
                  const removes = list.querySelectorAll('button');
                  (removes[Math.min(at, removes.length - 1)] ?? input).focus();
                }),
            },
            t('console.keys.remove'),
          ),
        ),
      ),
    );
    next.disabled = keys.length === 0;
  };
  next.addEventListener('click', () => void verifyStep(partner, redemption.id));
  render();
  show(h('h1', {}, t('console.keys.heading')), form, h('h2', {}, t('console.keys.listHeading')), list, next);
  input.focus();
}

async function verifyStep(partner: Partner, redemptionId: string): Promise<void> {
  redrawWith(() => verifyStep(partner, redemptionId));
  const redemption = await api<Redemption>('GET', `/redemptions/${redemptionId}`);
  const summary = redemption.summary;
  const confirm = h('button', { type: 'submit' }, t('console.verify.confirm'));
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
      t('console.verify.back'),
    ),
    confirm,
  );
  show(
    h('h1', {}, t('console.verify.heading')),
    h(
      'dl',
      { class: 'summary' },
      h('dt', {}, t('console.verify.product')),
      h('dd', {}, summary ? skuName(summary.sku) : '—'),
      h('dt', {}, t('console.verify.seats')),
      h('dd', {}, String(summary?.totalSeats ?? 0)),
      h('dt', {}, t('console.verify.term')),
      h('dd', {}, t('console.verify.months', { months: summary?.termMonths ?? 0 })),
      h('dt', {}, t('console.verify.keys')),
      h('dd', {}, redemption.keys.map((k) => k.maskedKey).join(', ')),
    ),
    form,
  );
}

function confirmed(partner: Partner, redemptionId: string): void {
  redrawWith(() => confirmed(partner, redemptionId));
  show(
    h('h1', {}, t('console.confirmed.heading')),
    h('p', {}, t('console.confirmed.text')),
    h(
      'button',
      { type: 'button', onclick: () => void stepTwo(partner, redemptionId, () => startWizard(partner)) },
      t('console.confirmed.next'),
    ),
  );
}
