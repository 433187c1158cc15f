import { ApiError } from './api';
import { h } from './dom';
import { t, type ConsoleMessageId } from './i18n';
import { inWords } from './messages';
import type { Partner } from './types';
import type { WizardMoves } from './wizard-screen';
import { abandon, wizardState } from './wizard-state';

/**
 * Sign out: with a wizard open, asked first ("its keys are released"), then the redemption is
 * abandoned and `signOut` runs; an outage or a completion under way is said, and the partner stays.
 */
export async function signOutAsked(signOut: () => void): Promise<void> {
  const { redemptionId } = wizardState.get();
  if (!redemptionId || !wizardState.open()) {
    wizardState.forget();
    signOut();
    return;
  }
  const main = document.getElementById('main') as HTMLElement;
  main.querySelector(':scope > .leave')?.remove();
  const question = h('p', { id: 'leave-question', tabindex: '-1' }, t('console.signOut.ask'));
  const said = h('p', { class: 'banner', role: 'alert', tabindex: '-1' });
  const yes = h('button', { type: 'button' }, t('console.signOut.yes'));
  const no = h('button', { type: 'button', class: 'secondary' }, t('console.signOut.no'));
  const region = h(
    'div',
    { class: 'leave confirm', role: 'group', 'aria-labelledby': 'leave-question' },
    question,
    said,
    yes,
    no,
  );
  no.addEventListener('click', () => {
    region.remove();
    main.querySelector<HTMLElement>('h1')?.focus();
  });
  yes.addEventListener('click', () => {
    yes.disabled = no.disabled = true;
    void abandon(redemptionId)
      .then(() => {
        wizardState.forget();
        signOut();
      })
      .catch((error: unknown) => {
        if (error instanceof ApiError && error.problem.code === 'redemption_completed') {
          wizardState.forget();
          signOut();
          return;
        }
        yes.disabled = no.disabled = false;
        said.textContent = cancelRefused(error, 'console.signOut.failed');
        said.focus();
      });
  });
  main.prepend(region);
  question.focus();
}

/** Why a Cancel (or a sign-out's) did not abandon the redemption, in words. */
function cancelRefused(error: unknown, notDone: ConsoleMessageId): string {
  if (!(error instanceof ApiError)) throw error;
  if (error.problem.code === 'redemption_completed') return t('console.wizard.cancelCompleted');
  if (error.problem.code === 'request_in_progress') return t('console.wizard.cancelInProgress');
  return `${inWords(error.problem)} ${t(notDone)}`;
}

/** "Cancel the redemption": asked first, then abandoned (its keys free at once), and a new start. */
export function cancelArea(
  partner: Partner,
  moves: WizardMoves,
  redemptionId: string,
  keyCount: () => number,
): HTMLElement {
  const area = h('div', { class: 'wizard-cancel' });
  const cancel = h('button', { type: 'button', class: 'secondary' }, t('console.wizard.cancel'));
  const ask = () => {
    const question = h(
      'p',
      { id: 'cancel-question', tabindex: '-1' },
      t('console.wizard.cancelAsk', { keys: keyCount() }),
    );
    const said = h('p', { class: 'banner', role: 'alert', tabindex: '-1' });
    const yes = h('button', { type: 'button' }, t('console.wizard.cancelYes'));
    const no = h('button', { type: 'button', class: 'secondary' }, t('console.wizard.cancelNo'));
    no.addEventListener('click', () => {
      area.removeAttribute('role');
      area.removeAttribute('aria-labelledby');
      area.replaceChildren(cancel);
      cancel.focus();
    });
    yes.addEventListener('click', () => {
      yes.disabled = no.disabled = true;
      void abandon(redemptionId)
        .then(async () => {
          wizardState.forget();
          await moves.startScreen(partner, 'push', 'console.wizard.cancelled');
        })
        .catch((error: unknown) => {
          yes.disabled = no.disabled = false;
          said.textContent = cancelRefused(error, 'console.wizard.cancelFailed');
          said.focus();
        });
    });
    area.setAttribute('role', 'group');
    area.setAttribute('aria-labelledby', 'cancel-question');
    area.replaceChildren(question, said, yes, no);
    question.focus();
  };
  cancel.addEventListener('click', ask);
  area.append(cancel);
  return area;
}
