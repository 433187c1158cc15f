import { api, ApiError, session } from './api';
import { loadCatalog, skuName } from './catalog';
import { doneScreen } from './done';
import { h } from './dom';
import { attempt, banner, field } from './forms';
import { t, type ConsoleMessageId } from './i18n';
import { stepTwo } from './step-two';
import type { Partner, Redemption } from './types';
import { cancelArea } from './wizard-cancel';
import { keysStep } from './wizard-keys';
import { redemptionStep, screen, type Move, type Step, type WizardMoves } from './wizard-screen';
import { wizardState } from './wizard-state';

export { signOutAsked } from './wizard-cancel';

/**
 * "Redeem product keys", step by step as the process runs it: the attestation, the keys (each
 * checked here, with the server's own check-symbol code, before any request), verify, confirm; then
 * step 2: a new customer, or keys applied to an existing subscription; then Done.
 *
 * The wizard survives the browser: its redemption id is kept in the tab's sessionStorage
 * (./wizard-state.ts), each screen is a browser history entry, and a reload, the navigation or
 * Back/Forward resume it at the step the redemption is in (the API knows it). "Cancel", or signing
 * out with a wizard open, abandons the redemption at once and its keys are free again.
 */

/** A history entry of the wizard: the screen, and the redemption it showed. */
interface Entry {
  keycardWizard: Step;
  redemptionId?: string | undefined;
}

/** The partner whose wizard is on view (Back/Forward draw its screens). */
let partnerOnView: Partner | null = null;

export interface WizardOptions {
  /** Renew this subscription with the keys: step 2 has it chosen, "Renew" first. */
  renew?: { subscriptionId: string };
}

/**
 * Opens the wizard: the one the tab has open, at the step its redemption is in, else a new one.
 * `renew` chooses the subscription step 2 renews.
 */
export async function startWizard(partner: Partner, options: WizardOptions = {}): Promise<void> {
  partnerOnView = partner;
  if (options.renew) {
    // A wizard already finished gives way to the renewal; one under way takes it for its step 2.
    if (wizardState.get().done) wizardState.forget();
    wizardState.keep({ renew: options.renew.subscriptionId });
  }
  await resume(partner, undefined, 'replace');
}

/** The flow's moves, handed to the steps drawn in other modules (./wizard-keys.ts, ./wizard-cancel.ts). */
const moves: WizardMoves = { draw, resume, startScreen };

/**
 * The kept redemption, at the step it is in (or at `wanted`, a history entry's, when it may still be
 * shown: a confirmed one's keys, read only); one expired, abandoned or gone is forgotten, said so.
 */
async function resume(partner: Partner, wanted: Step | undefined, move: Move): Promise<void> {
  const id = wizardState.get().redemptionId;
  if (!id) return startScreen(partner, move);
  let redemption: Redemption;
  try {
    redemption = await api<Redemption>('GET', `/redemptions/${id}`);
  } catch (error) {
    if (!(error instanceof ApiError) || !['not_found', 'forbidden'].includes(error.problem.code)) throw error;
    wizardState.forget();
    return startScreen(partner, move, 'console.wizard.resumedGone');
  }
  switch (redemption.status) {
    case 'open':
      return draw(
        partner,
        wanted === 'verify' && redemption.keys.length ? 'verify' : 'keys',
        redemption,
        move,
      );
    case 'confirmed':
      return draw(
        partner,
        wanted && wanted !== 'start' && wanted !== 'done' ? wanted : 'customer',
        redemption,
        move,
      );
    case 'completed':
      return draw(partner, 'done', redemption, move);
    default:
      wizardState.forget();
      return startScreen(
        partner,
        move,
        redemption.status === 'expired'
          ? 'console.wizard.resumedExpired'
          : redemption.status === 'abandoned'
            ? 'console.wizard.resumedAbandoned'
            : 'console.wizard.resumedGone',
      );
  }
}

/** The screen of `step`, then its history entry (a new one, this one replaced, or none for Back). */
async function draw(partner: Partner, step: Step, redemption: Redemption, move: Move): Promise<void> {
  switch (step) {
    case 'keys':
      keysStep(partner, moves, redemption, [...redemption.keys]);
      break;
    case 'verify':
      verifyStep(partner, redemption);
      break;
    case 'confirmed':
      confirmed(partner, redemption);
      break;
    case 'customer':
      await customerStep(partner, redemption);
      break;
    case 'done':
      doneStep(partner);
      break;
    case 'start':
      await startScreen(partner, 'none');
      break;
  }
  record(step, move);
}

function record(step: Step, move: Move): void {
  if (move === 'none') return;
  const entry: Entry = { keycardWizard: step, redemptionId: wizardState.get().redemptionId };
  if (move === 'push') history.pushState(entry, '');
  else history.replaceState(entry, '');
}

window.addEventListener('popstate', (event) => {
  const entry = event.state as Entry | null;
  if (!entry?.keycardWizard || !partnerOnView || !session.token()) return;
  // An entry of a wizard since cancelled or finished: the one kept now, else a new one.
  const same = entry.redemptionId === wizardState.get().redemptionId;
  void resume(partnerOnView, same ? entry.keycardWizard : undefined, 'none');
});

async function startScreen(partner: Partner, move: Move, notice?: ConsoleMessageId): Promise<void> {
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
          wizardState.keep({ redemptionId: redemption.id });
          // The start screen gives way to the keys: Back leaves the wizard rather than open another.
          await draw(partner, 'keys', redemption, 'replace');
        });
      },
    },
    banner(),
    field(t('console.wizard.attestation'), agree, 'attestation'),
    h('button', { type: 'submit' }, t('console.wizard.start')),
  );
  screen(
    'start',
    () => startScreen(partner, 'none', notice),
    h('h1', {}, t('console.wizard.heading')),
    notice ? h('p', { class: 'banner', role: 'status' }, t(notice)) : null,
    wizardState.get().renew ? h('p', { class: 'note' }, t('console.wizard.renewing')) : null,
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
  record('start', move);
}

function verifyStep(partner: Partner, redemption: Redemption): void {
  const summary = redemption.summary;
  const confirm = h('button', { type: 'submit' }, t('console.verify.confirm'));
  const form: HTMLFormElement = h(
    'form',
    {
      onsubmit: (event) => {
        event.preventDefault();
        void redemptionStep(partner, moves, form, async () => {
          await api('POST', `/redemptions/${redemption.id}/confirm`);
          await draw(partner, 'confirmed', { ...redemption, status: 'confirmed' }, 'push');
        });
      },
    },
    banner(),
    h(
      'button',
      {
        type: 'button',
        class: 'secondary',
        onclick: () => void draw(partner, 'keys', redemption, 'push'),
      },
      t('console.verify.back'),
    ),
    confirm,
  );
  screen(
    'verify',
    () => verifyStep(partner, redemption),
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
    cancelArea(partner, moves, redemption.id, () => redemption.keys.length),
  );
}

function confirmed(partner: Partner, redemption: Redemption): void {
  screen(
    'confirmed',
    () => confirmed(partner, redemption),
    h('h1', {}, t('console.confirmed.heading')),
    h('p', {}, t('console.confirmed.text')),
    h(
      'button',
      { type: 'button', onclick: () => void draw(partner, 'customer', redemption, 'push') },
      t('console.confirmed.next'),
    ),
    cancelArea(partner, moves, redemption.id, () => redemption.keys.length),
  );
}

async function customerStep(partner: Partner, redemption: Redemption): Promise<void> {
  const nodes = await stepTwo(partner, redemption.id, {
    renew: wizardState.get().renew,
    done: (done) => {
      wizardState.keep({ done });
      void draw(partner, 'done', { ...redemption, status: 'completed' }, 'push');
    },
  });
  screen(
    'customer',
    () => customerStep(partner, redemption),
    ...nodes,
    cancelArea(partner, moves, redemption.id, () => redemption.keys.length),
  );
}

function doneStep(partner: Partner): void {
  const again = () => {
    wizardState.forget();
    void startScreen(partner, 'push');
  };
  screen('done', () => doneStep(partner), ...doneScreen(wizardState.get().done ?? null, again));
}
