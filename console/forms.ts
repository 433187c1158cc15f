import { checkKey } from '../shared/domain/product-key';
import { ApiError, type Problem } from './api';
import { h } from './dom';
import { fieldInWords, inWords } from './messages';

/**
 * A labelled field whose error is shown next to it (`aria-describedby`), matched to the API's
 * `errors[].path` by `data-path`.
 */
export function field(
  label: string,
  input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
  path: string,
  help?: string,
): HTMLElement {
  const id = input.id || `f-${path.replace(/\W/g, '-')}`;
  input.id = id;
  input.dataset['path'] = path;
  const errorId = `${id}-error`;
  const helpId = help ? `${id}-help` : '';
  input.setAttribute('aria-describedby', [helpId, errorId].filter(Boolean).join(' '));
  clearWhenFixed(input);
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    input,
    help ? h('p', { class: 'help', id: helpId }, help) : null,
    h('p', { class: 'error', id: errorId, 'aria-live': 'polite' }),
  );
}

/** Whether what the field holds is still wrong, as far as the page can tell without asking. */
function stillWrong(input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): boolean {
  if (input instanceof HTMLInputElement && input.type === 'checkbox')
    return input.dataset['path'] === 'attestation' && !input.checked;
  const value = input.value.trim();
  switch (input.dataset['path']) {
    case 'key':
      return !checkKey(value).ok;
    case 'tenant.domainPrefix':
      return !/^[a-z][a-z0-9]{2,26}$/.test(value.toLowerCase());
    case 'tenant.admin.email':
      return !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
    default:
      return value === '';
  }
}

/**
 * A field marked invalid is marked only while it is: once edited into something the page cannot
 * fault, its error and `aria-invalid` go (the server may still refuse it on the next send); when the
 * last field of a form is fixed, the banner that pointed to them goes too.
 */
export function clearWhenFixed(input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): void {
  const recheck = () => {
    if (input.getAttribute('aria-invalid') !== 'true' || stillWrong(input)) return;
    input.removeAttribute('aria-invalid');
    const error = document.getElementById(`${input.id}-error`);
    if (error) error.textContent = '';
    const form = input.closest('form');
    const banner = form?.querySelector<HTMLElement>('.banner');
    if (banner?.dataset['fields'] && !form?.querySelector('[aria-invalid="true"]')) {
      banner.textContent = '';
      delete banner.dataset['fields'];
    }
  };
  input.addEventListener('input', recheck);
  input.addEventListener('change', recheck);
}

export function clearErrors(form: HTMLElement): void {
  for (const error of form.querySelectorAll<HTMLElement>('.error')) error.textContent = '';
  for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
  const banner = form.querySelector<HTMLElement>('.banner');
  if (banner) {
    banner.textContent = '';
    delete banner.dataset['fields'];
  }
}

/** Puts each problem next to its field; what belongs to no field goes in the form's banner. */
export function showProblem(form: HTMLElement, problem: Problem): void {
  clearErrors(form);
  const unplaced: string[] = [];
  for (const issue of problem.errors ?? []) {
    const input = form.querySelector<HTMLElement>(`[data-path="${CSS.escape(issue.path)}"]`);
    const error = input ? document.getElementById(`${input.id}-error`) : null;
    if (input && error) {
      error.textContent = fieldInWords(issue);
      input.setAttribute('aria-invalid', 'true');
    } else unplaced.push(fieldInWords(issue));
  }
  // Said once: next to the field when it belongs to one, else (or for a list of fields) up top.
  const placedAll = (problem.errors?.length ?? 0) > 0 && unplaced.length === 0;
  const banner = form.querySelector<HTMLElement>('.banner');
  if (banner && (!placedAll || problem.code === 'validation_failed')) {
    banner.textContent = [inWords(problem), ...new Set(unplaced)].join(' ');
    if (placedAll) banner.dataset['fields'] = 'true';
  }
}

export function banner(): HTMLElement {
  return h('p', { class: 'banner', role: 'alert', tabindex: '-1' });
}

/**
 * After a server's answer, the focus goes where the partner reads on: the form's summary when it
 * says something, else its first field marked invalid (never left on a button the request disabled,
 * which would drop it on the page's body).
 */
export function focusSummary(form: HTMLElement): void {
  const summary = form.querySelector<HTMLElement>('.banner');
  if (summary?.textContent) return summary.focus();
  form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}

/** Runs `action`; an API problem is shown on `form` (and returned as false). */
export async function attempt(form: HTMLElement, action: () => Promise<void>): Promise<boolean> {
  const buttons = [...form.querySelectorAll('button')];
  buttons.forEach((b) => (b.disabled = true));
  try {
    clearErrors(form);
    await action();
    return true;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    showProblem(form, error.problem);
    buttons.forEach((b) => (b.disabled = false));
    focusSummary(form);
    return false;
  } finally {
    buttons.forEach((b) => (b.disabled = false));
  }
}
