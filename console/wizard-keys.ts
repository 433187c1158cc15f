import { checkKey, formatKey, normalizeKey } from '../shared/domain/product-key';
import { api, ApiError } from './api';
import { skuName } from './catalog';
import { h } from './dom';
import { banner, field } from './forms';
import { t } from './i18n';
import { inWords } from './messages';
import type { AddedKey, Page, Partner, Redemption } from './types';
import { cancelArea } from './wizard-cancel';
import { redemptionStep, screen, type WizardMoves } from './wizard-screen';
import { abandon, wizardState } from './wizard-state';

/** Groups of five, upper case, as the cards print them. */
function formatAsTyped(input: HTMLInputElement): void {
  const symbols = normalizeKey(input.value).slice(0, 25);
  input.value = symbols.match(/.{1,5}/g)?.join('-') ?? '';
}

/**
 * The partner's own other wizard holding this key, if there is exactly one: the problem does not
 * name it, so the partner's open and confirmed redemptions are asked, matched by the key's last group.
 */
async function ownHolder(currentId: string, normalized: string): Promise<Listed | null> {
  const last = normalized.slice(-5);
  const pages = await Promise.all(
    ['open', 'confirmed'].map((status) => api<Page<Listed>>('GET', `/redemptions?status=${status}`)),
  );
  const holders = pages
    .flatMap((page) => page.items)
    .filter((r) => r.id !== currentId && r.keys.some((k) => k.maskedKey.endsWith(last)));
  return holders.length === 1 ? (holders[0] as Listed) : null;
}

/** A redemption as the list shows it: when it was started, too. */
type Listed = Redemption & { createdAt?: string };

export function keysStep(
  partner: Partner,
  moves: WizardMoves,
  redemption: Redemption,
  keys: AddedKey[],
): void {
  const open = redemption.status === 'open';
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
  // Where a key held by another of the partner's wizards offers to open that one.
  const elsewhere = h('div', { id: 'key-elsewhere' });
  const form: HTMLFormElement = h(
    'form',
    {
      onsubmit: (event) => {
        event.preventDefault();
        elsewhere.replaceChildren();
        const check = checkKey(input.value);
        if (!check.ok) {
          // Caught here: no request for a mistyped key.
          const error = document.getElementById('key-error') as HTMLElement;
          error.textContent = inWords({ status: 422, code: check.code });
          input.setAttribute('aria-invalid', 'true');
          input.focus();
          return;
        }
        let holder: Listed | null = null;
        void redemptionStep(partner, moves, form, async () => {
          const added = await api<AddedKey>('POST', `/redemptions/${redemption.id}/keys`, {
            key: formatKey(check.normalized),
          }).catch(async (error: unknown) => {
            if (error instanceof ApiError && error.problem.code === 'key_reserved')
              holder = await ownHolder(redemption.id, check.normalized).catch(() => null);
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
        }).then(() => {
          if (holder) offerHolder(holder);
        });
      },
    },
    banner(),
    field(t('console.keys.field'), input, 'key', t('console.keys.fieldHelp')),
    elsewhere,
    add,
  );
  /** The key is in the partner's own other wizard: said so, and "Open that wizard" (this one cancelled). */
  const offerHolder = (other: Listed) => {
    (document.getElementById('key-error') as HTMLElement).textContent = t('console.keys.elsewhere', {
      at: new Date(other.createdAt ?? other.expiresAt),
    });
    const note = h(
      'p',
      { class: 'note', id: 'key-elsewhere-note' },
      t('console.keys.openElsewhereNote', { keys: keys.length }),
    );
    const go = h(
      'button',
      { type: 'button', class: 'secondary', 'aria-describedby': 'key-error key-elsewhere-note' },
      t('console.keys.openElsewhere'),
    );
    go.addEventListener('click', () => {
      void redemptionStep(partner, moves, form, async () => {
        await abandon(redemption.id);
        wizardState.keep({ redemptionId: other.id });
        await moves.resume(partner, undefined, 'push');
      });
    });
    elsewhere.replaceChildren(note, go);
  };
  const render = () => {
    list.replaceChildren(
      ...keys.map((key) =>
        h(
          'li',
          {},
          h('span', { class: 'mono' }, key.maskedKey),
          ` ${t('console.keys.item', { product: skuName(key.sku), seats: key.seats, months: key.termMonths })} `,
          open
            ? h(
                'button',
                {
                  type: 'button',
                  class: 'link',
                  'aria-label': t('console.keys.removeLabel', { key: key.maskedKey }),
                  onclick: () =>
                    void redemptionStep(partner, moves, form, async () => {
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
              )
            : null,
        ),
      ),
    );
    next.disabled = keys.length === 0;
  };
  next.addEventListener('click', () => {
    void api<Redemption>('GET', `/redemptions/${redemption.id}`).then((latest) =>
      moves.draw(partner, 'verify', latest, 'push'),
    );
  });
  render();
  screen(
    'keys',
    () => keysStep(partner, moves, redemption, keys),
    h('h1', {}, t('console.keys.heading')),
    // Confirmed: the list stands as it is (Back from step 2 shows it).
    open ? form : h('p', { class: 'note' }, t('console.keys.confirmedNote')),
    h('h2', {}, t('console.keys.listHeading')),
    list,
    next,
    cancelArea(partner, moves, redemption.id, () => keys.length),
  );
  if (open) input.focus();
}
