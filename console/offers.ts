import { api, ApiError } from './api';
import { h } from './dom';
import { attempt, banner, field } from './forms';
import { t } from './i18n';
import { inWords } from './messages';
import type { DelegationOffer, Page, Tenant } from './types';
import { askFirst } from './users';

/**
 * The offer of delegated administration on the customer page: none when the partner already is the
 * customer's delegated administrator; the pending offer, with "Withdraw" (after asking), while one
 * waits for the customer's answer; else the form to send one.
 */
export async function offersSection(tenant: Tenant, administers: boolean): Promise<HTMLElement> {
  const section = h('section', { class: 'offers' });
  if (administers) section.append(h('p', { class: 'note' }, t('console.offers.delegated')));
  else await drawOffers(section, tenant);
  return section;
}

/** Draws the section from the API's pending offers; `said` (what just happened) in its banner, focused. */
async function drawOffers(section: HTMLElement, tenant: Tenant, said?: string): Promise<void> {
  const status = banner();
  let pending: Page<DelegationOffer> | null = null;
  try {
    pending = await api<Page<DelegationOffer>>(
      'GET',
      `/tenants/${tenant.id}/delegation-offers?status=pending`,
    );
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    section.replaceChildren(status, h('p', { class: 'note' }, inWords(error.problem)));
  }
  const offer = pending?.items[0];
  if (pending)
    section.replaceChildren(
      status,
      offer ? pendingOffer(section, tenant, offer) : offerForm(section, tenant),
    );
  if (said) {
    status.textContent = said;
    status.focus();
  }
}

function pendingOffer(section: HTMLElement, tenant: Tenant, offer: DelegationOffer): HTMLElement {
  const withdraw = h('button', { type: 'button', class: 'secondary' }, t('console.offers.withdraw'));
  const confirm = askFirst(
    withdraw,
    t('console.offers.withdrawConfirm'),
    { yes: t('console.offers.withdrawYes'), no: t('console.offers.keep') },
    (yes) => {
      yes.disabled = true;
      void api('DELETE', `/delegation-offers/${offer.id}`)
        .then(() => drawOffers(section, tenant, t('console.offers.withdrawn')))
        .catch((error: unknown) => {
          if (!(error instanceof ApiError)) throw error;
          // Answered or expired meanwhile: the section as it is now, and why it could not be withdrawn.
          return drawOffers(section, tenant, inWords(error.problem));
        });
    },
  );
  return h(
    'div',
    { class: 'pending-offer' },
    h('h3', {}, t('console.offers.pending')),
    h(
      'p',
      {},
      t('console.offers.pendingSince', {
        sent: new Date(offer.createdAt),
        expires: new Date(offer.expiresAt),
      }),
    ),
    offer.message ? h('blockquote', {}, offer.message) : null,
    withdraw,
    confirm,
  );
}

function offerForm(section: HTMLElement, tenant: Tenant): HTMLFormElement {
  const message = h('textarea', { rows: '4', maxlength: '2000' });
  const form: HTMLFormElement = h(
    'form',
    {
      onsubmit: (event) => {
        event.preventDefault();
        void attempt(form, async () => {
          await api('POST', `/tenants/${tenant.id}/delegation-offers`, { message: message.value });
          await drawOffers(section, tenant, t('console.tenant.offerSent'));
        });
      },
    },
    banner(),
    field(t('console.tenant.offerMessage'), message, 'message'),
    h('button', { type: 'submit' }, t('console.tenant.offer')),
  );
  return form;
}
