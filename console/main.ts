import { api, ApiError, session } from './api';
import { h, show } from './dom';
import { attempt, banner, field } from './forms';
import { showCustomers } from './customers';
import type { Partner } from './types';
import { startWizard } from './wizard';

/**
 * The partner console: sign in with the partner's token (kept in sessionStorage only), then the
 * "Redeem product keys" wizard and the customers. Served by the Function App at /api/v1/console/.
 */
function signIn(reason?: string): void {
  document.getElementById('nav')?.replaceChildren();
  const token = h('input', { type: 'password', autocomplete: 'off', spellcheck: 'false' });
  const form: HTMLFormElement = h(
    'form',
    {
      onsubmit: (event) => {
        event.preventDefault();
        void attempt(form, async () => {
          session.start(token.value.trim());
          try {
            await home(await api<Partner>('GET', '/partners/me'));
          } catch (error) {
            session.end();
            throw error;
          }
        });
      },
    },
    banner(),
    field(
      'Partner token',
      token,
      'token',
      'The kcp_ token your operator gave you. It is kept only until you close the browser.',
    ),
    h('button', { type: 'submit' }, 'Sign in'),
  );
  show(h('h1', {}, 'Sign in to Keycard'), form);
  if (reason) (form.querySelector('.banner') as HTMLElement).textContent = reason;
}

async function home(partner: Partner): Promise<void> {
  const nav = document.getElementById('nav') as HTMLElement;
  const link = (label: string, go: () => Promise<void>) =>
    h('button', { type: 'button', class: 'link', onclick: () => void go().catch(failed) }, label);
  nav.replaceChildren(
    h('span', { class: 'who' }, `${partner.name} (${partner.partnerId})`),
    link('Redeem product keys', () => startWizard(partner)),
    link('Customers', () => showCustomers()),
    link('Sign out', async () => {
      session.end();
      signIn();
    }),
  );
  await startWizard(partner);
}

/** A failure outside any form: signed out if the token no longer works, else said in words. */
function failed(error: unknown): void {
  if (error instanceof ApiError && error.problem.code === 'unauthenticated') {
    session.end();
    signIn('Your token no longer works (it may have been replaced). Sign in again.');
    return;
  }
  const main = document.getElementById('main') as HTMLElement;
  main.prepend(
    h('p', { class: 'banner', role: 'alert' }, error instanceof Error ? error.message : String(error)),
  );
}

window.addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  failed(event.reason);
});

async function start(): Promise<void> {
  if (!session.token()) return signIn();
  try {
    await home(await api<Partner>('GET', '/partners/me'));
  } catch (error) {
    failed(error);
  }
}

void start();
