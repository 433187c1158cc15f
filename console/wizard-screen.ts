import { ApiError } from './api';
import { h, show } from './dom';
import { attempt } from './forms';
import { redrawWith, t, type ConsoleMessageId } from './i18n';
import { inWords } from './messages';
import type { Partner, Redemption } from './types';
import { wizardState } from './wizard-state';

/**
 * What every screen of the wizard shares: its steps, how a screen is shown, and how a step of the
 * live redemption runs. The flow itself (./wizard.ts) draws the screens; the steps drawn elsewhere
 * (./wizard-keys.ts, ./wizard-cancel.ts) move it through `WizardMoves`, handed to them, so that
 * none of them imports the flow back.
 */
export type Step = 'start' | 'keys' | 'verify' | 'confirmed' | 'customer' | 'done';

/** The wizard's three steps as the partner counts them: the keys (to confirmed), the customer, Done. */
const STEP_NUMBER: Record<Step, number> = {
  start: 1,
  keys: 1,
  verify: 1,
  confirmed: 1,
  customer: 2,
  done: 3,
};
const STEPS = 3;

/** How a screen enters the browser's history: a new entry, this one replaced, or none (Back). */
export type Move = 'push' | 'replace' | 'none';

/** The flow's moves (./wizard.ts), as the steps drawn in other modules call them. */
export interface WizardMoves {
  /** The screen of `step`, then its history entry. */
  draw(partner: Partner, step: Step, redemption: Redemption, move: Move): Promise<void>;
  /** The kept redemption, at the step it is in (or at `wanted`, when it may still be shown). */
  resume(partner: Partner, wanted: Step | undefined, move: Move): Promise<void>;
  /** The start screen, `notice` said on it. */
  startScreen(partner: Partner, move: Move, notice?: ConsoleMessageId): Promise<void>;
}

/** Shows a wizard screen: its step's number under the heading and in the tab's title. */
export function screen(step: Step, redraw: () => unknown, ...children: (Node | null)[]): void {
  redrawWith(redraw);
  show(...children);
  const heading = document.querySelector<HTMLElement>('#main h1');
  const number = STEP_NUMBER[step];
  heading?.after(h('p', { class: 'note' }, t('console.wizard.progress', { step: number, steps: STEPS })));
  document.title =
    step === 'start'
      ? t('console.title.wizardStart', { step: number, steps: STEPS })
      : t('console.title.wizard', { heading: heading?.textContent ?? '', step: number, steps: STEPS });
}

function expired(partner: Partner, moves: WizardMoves, form: HTMLElement): void {
  wizardState.forget();
  const restart = h(
    'button',
    { type: 'button', onclick: () => void moves.startScreen(partner, 'push') },
    t('console.wizard.startAgain'),
  );
  form.replaceChildren(
    h('p', { class: 'banner', role: 'alert' }, inWords({ status: 410, code: 'redemption_expired' })),
    restart,
  );
  restart.focus();
}

/** A step of the live redemption, run like any form action; one that expired offers to start again. */
export function redemptionStep(
  partner: Partner,
  moves: WizardMoves,
  form: HTMLElement,
  step: () => Promise<void>,
): Promise<boolean> {
  return attempt(form, async () => {
    try {
      await step();
    } catch (error) {
      if (error instanceof ApiError && error.problem.code === 'redemption_expired')
        expired(partner, moves, form);
      else throw error;
    }
  });
}
