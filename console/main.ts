import { api, ApiError, session, whenTokenRefused } from './api';
import { h, show } from './dom';
import { attempt, banner, field } from './forms';
import { inWords } from './messages';
import { showCustomers } from './customers';
import { showRenewals } from './renewals';
import { showIntegrations } from './integrations';
import {
  applyLanguage,
  CONSOLE_LANGUAGES,
  currentLanguage,
  onLanguageChange,
  redrawWith,
  setLanguage,
  t,
  type ConsoleLanguage,
  type ConsoleMessageId,
} from './i18n';
import type { Partner } from './types';
import { signOutAsked, startWizard } from './wizard';

/**
 * The partner console: sign in with the partner's token (kept in sessionStorage only), then the
 * "Redeem product keys" wizard and the customers. Served by the Function App at /api/v1/console/.
 */
function signIn(reason?: ConsoleMessageId): void {
  redrawWith(() => signIn(reason));
  whenTokenRefused(null);
  signedInAs = null;
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
    field(t('console.signIn.token'), token, 'token', t('console.signIn.tokenHelp')),
    h('button', { type: 'submit' }, t('console.signIn.submit')),
  );
  show(h('h1', {}, t('console.signIn.heading')), form);
  if (reason) (form.querySelector('.banner') as HTMLElement).textContent = t(reason);
}

/** The partner signed in, whose header is drawn again when the language changes. */
let signedInAs: Partner | null = null;

/** The header's links; with no partner yet (an outage at load), Redeem asks for it first. */
function navigation(partner: Partner | null): void {
  const nav = document.getElementById('nav') as HTMLElement;
  nav.setAttribute('aria-label', t('console.nav.label'));
  const link = (label: string, go: () => Promise<void>) =>
    h('button', { type: 'button', class: 'link', onclick: () => void go().catch(failed) }, label);
  nav.replaceChildren(
    ...(partner
      ? [
          h(
            'span',
            { class: 'who' },
            t('console.nav.who', { name: partner.name, partnerId: partner.partnerId }),
          ),
        ]
      : []),
    link(t('console.nav.redeem'), () => (partner ? startWizard(partner) : load())),
    link(t('console.nav.customers'), () => showCustomers()),
    link(t('console.nav.renewals'), () => (partner ? showRenewals(partner) : load())),
    link(t('console.nav.integrations'), () => (partner ? showIntegrations() : load())),
    // With a wizard open, asked first: its redemption is abandoned and its keys released.
    link(t('console.nav.signOut'), () =>
      signOutAsked(() => {
        session.end();
        signIn();
      }),
    ),
  );
}

async function home(partner: Partner): Promise<void> {
  signedInAs = partner;
  // A token rotated or revoked while the console is open: signed out, said so, on any request.
  whenTokenRefused(() => signIn('console.signIn.tokenStopped'));
  navigation(partner);
  await startWizard(partner);
}

/** The language switch in the header: the browser's language until the partner picks another. */
function languageSwitch(): HTMLElement {
  const select = h(
    'select',
    { id: 'language', onchange: () => setLanguage(select.value as ConsoleLanguage) },
    ...Object.entries(CONSOLE_LANGUAGES).map(([tag, name]) =>
      h('option', { value: tag, lang: tag, selected: tag === currentLanguage() }, name),
    ),
  );
  const label = h('label', { for: 'language', class: 'language' }, t('console.language'));
  onLanguageChange(() => {
    label.textContent = t('console.language');
    select.value = currentLanguage();
    // The screen is drawn again and takes the focus: give it back to the switch.
    setTimeout(() => select.focus());
  });
  return h('div', { class: 'language' }, label, select);
}

/** A failure outside any form: signed out if the token no longer works, else said in words. */
function failed(error: unknown): void {
  if (error instanceof ApiError && error.problem.code === 'unauthenticated') {
    session.end();
    signIn('console.signIn.tokenStopped');
    return;
  }
  const main = document.getElementById('main') as HTMLElement;
  // One banner at a time: the newest replaces the one before; the next screen drawn clears it.
  main.querySelector(':scope > .page-banner')?.remove();
  const words = error instanceof ApiError ? inWords(error.problem) : t('console.problem.fallback');
  const said = h('p', { class: 'banner page-banner', role: 'alert', tabindex: '-1' }, words);
  main.prepend(said);
  said.focus();
}

/** Keycard out at load: the page still, with its heading, the navigation and "Try again". */
function outage(error: unknown): void {
  redrawWith(() => outage(error));
  if (!signedInAs) navigation(null);
  const words = error instanceof ApiError ? inWords(error.problem) : t('console.problem.fallback');
  show(
    h('h1', {}, t('console.outage.heading')),
    h('p', { class: 'banner', role: 'alert' }, words),
    h('button', { type: 'button', onclick: () => void load() }, t('console.outage.retry')),
  );
}

/** The partner signed in and the first screen, or the outage page if Keycard does not answer. */
async function load(): Promise<void> {
  try {
    await home(await api<Partner>('GET', '/partners/me'));
  } catch (error) {
    if (error instanceof ApiError && error.problem.code === 'unauthenticated') failed(error);
    else outage(error);
  }
}

window.addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  failed(event.reason);
});

async function start(): Promise<void> {
  applyLanguage();
  document.querySelector('header')?.append(languageSwitch());
  onLanguageChange(() => {
    if (signedInAs) navigation(signedInAs);
  });
  if (!session.token()) return signIn();
  await load();
}

void start();
