import { api } from './api';
import { loadCatalog, skuName } from './catalog';
import { h, show } from './dom';
import { currentLanguage, redrawWith, t } from './i18n';
import type { Page, Partner, Subscription, TimelineEvent } from './types';
import { startWizard } from './wizard';

/**
 * "Renewals due": the partner's subscriptions (Partner of Record or delegated admin) that end within
 * the next 30, 60 or 90 days, soonest first, from `GET /subscriptions?expiresBefore=`; each with its
 * state in words, its seats, the days left, the renewal notices already sent (its timeline), and
 * "Renew with keys", which opens the wizard on that subscription. Paged as the API pages.
 */
export const HORIZONS = [30, 60, 90] as const;
export type Horizon = (typeof HORIZONS)[number];

const DAY = 86_400_000;
const PAGE_SIZE = 10;

/** Today's start, UTC: Keycard keeps its dates in UTC, and so do the console's dates. */
const today = (): number => Math.floor(Date.now() / DAY) * DAY;

/** Whole days from today to the day `instant` falls on (UTC): 0 is today, negative is past. */
export const daysLeft = (instant: string): number =>
  Math.floor(Date.parse(instant) / DAY) - Math.floor(Date.now() / DAY);

/** The first day not within the horizon: ending before it is ending within the next `days` days. */
const expiresBefore = (days: Horizon): string =>
  new Date(today() + (days + 1) * DAY).toISOString().slice(0, 10);

/** Subscriptions that can still be renewed: not deleted, not moved to direct billing. */
const renewable = (s: Subscription): boolean => s.state !== 'deleted' && s.state !== 'migrated';

export async function showRenewals(partner: Partner, horizon: Horizon = 30): Promise<void> {
  redrawWith(() => showRenewals(partner, horizon));
  await loadCatalog();
  const customers = await customerNames();
  const first = await listPage(horizon, null);
  const list = h('ul', { class: 'cards renewals', id: 'renewals' });
  const status = h('p', { role: 'status', class: 'note' });
  const more = h('div', { class: 'more' });
  let chosen = horizon;

  /** The list for `days`: the first page, then "Show more" while the API has more. */
  const fill = (days: Horizon, page: Page<Subscription>, append: boolean): HTMLElement | null => {
    const shown = page.items.filter(renewable);
    const cards = shown.map((s) => card(partner, s, customers));
    if (append) list.append(...cards);
    else list.replaceChildren(...cards);
    const count = list.children.length;
    status.textContent =
      count === 0 ? t('console.renewals.none', { days }) : t('console.renewals.found', { count, days });
    list.hidden = count === 0;
    more.replaceChildren();
    if (page.continuationToken) {
      const token = page.continuationToken;
      more.append(
        h(
          'button',
          {
            type: 'button',
            class: 'secondary',
            onclick: () =>
              void listPage(days, token).then((next) => {
                if (chosen !== days) return;
                const firstNew = fill(days, next, true);
                // The reader goes on where the new cards begin, not back to the top.
                firstNew?.focus();
              }),
          },
          t('console.renewals.more'),
        ),
      );
    }
    return cards[0]?.querySelector('h2') ?? null;
  };

  const choices = HORIZONS.map((days) => {
    const id = `horizon-${days}`;
    const radio = h('input', {
      type: 'radio',
      name: 'horizon',
      id,
      value: String(days),
      checked: days === horizon,
      onchange: () => {
        chosen = days;
        redrawWith(() => showRenewals(partner, days));
        void listPage(days, null).then((page) => {
          if (chosen === days) fill(days, page, false);
        });
      },
    });
    // A radio beside its label (the stylesheet sizes text inputs to the column).
    radio.style.width = 'auto';
    radio.style.margin = '0 0.5rem 0 0';
    const choice = h(
      'div',
      { class: 'choice' },
      radio,
      h('label', { for: id }, t('console.renewals.within', { days })),
    );
    choice.style.display = 'flex';
    choice.style.alignItems = 'center';
    choice.style.margin = '0.25rem 0';
    return choice;
  });

  show(
    h('h1', {}, t('console.renewals.heading')),
    h('p', {}, t('console.renewals.intro')),
    h('fieldset', { class: 'horizon' }, h('legend', {}, t('console.renewals.horizon')), ...choices),
    status,
    list,
    more,
  );
  fill(chosen, first, false);
}

function listPage(days: Horizon, continuationToken: string | null): Promise<Page<Subscription>> {
  const query = new URLSearchParams({ expiresBefore: expiresBefore(days), limit: String(PAGE_SIZE) });
  if (continuationToken) query.set('continuationToken', continuationToken);
  return api<Page<Subscription>>('GET', `/subscriptions?${query.toString()}`);
}

/** The customers' names by tenant id, from the first page of `GET /tenants` (the id otherwise). */
async function customerNames(): Promise<Map<string, string>> {
  const tenants = await api<Page<{ id: string; organizationName: string; domain: string }>>(
    'GET',
    '/tenants?limit=100',
  );
  return new Map(
    tenants.items.map((tenant) => [
      tenant.id,
      t('console.tenant.name', { organization: tenant.organizationName, domain: tenant.domain }),
    ]),
  );
}

/** "in 21 days", "tomorrow", "3 days ago": in the console's language. */
function relativeDays(days: number): string {
  return new Intl.RelativeTimeFormat(currentLanguage(), { numeric: 'auto' }).format(days, 'day');
}

/** The renewal notices already sent, as "60 and 30 days before the end", or none yet. */
function noticesSent(subscription: Subscription): string {
  const sent = subscription.timeline
    .filter((e: TimelineEvent) => e.event === 'renewal_notice' && e.status === 'sent')
    .map((e) => e.daysBeforeExpiry ?? 0)
    .sort((a, b) => b - a);
  if (sent.length === 0) return t('console.renewals.noNotices');
  const list = new Intl.ListFormat(currentLanguage(), { type: 'conjunction' }).format(sent.map(String));
  return t('console.renewals.noticesSent', { list, last: sent[sent.length - 1] ?? 0 });
}

/**
 * The card's own spacing, set through the DOM (which the page's Content-Security-Policy allows, unlike
 * style attributes): compact, the end date first to the eye.
 */
function styled<E extends HTMLElement>(element: E, styles: Partial<CSSStyleDeclaration>): E {
  Object.assign(element.style, styles);
  return element;
}

function card(partner: Partner, s: Subscription, customers: Map<string, string>): HTMLElement {
  const headingId = `renewal-${s.id}`;
  const days = daysLeft(s.termEnd);
  const line = (kind: string, text: string, strong = false) =>
    styled(h('p', { class: kind }, text), { margin: '0.2rem 0', fontWeight: strong ? '600' : '' });
  const heading = styled(
    h(
      'h2',
      { id: headingId, tabindex: '-1' },
      t('console.renewals.subscription', {
        product: skuName(s.sku),
        customer: customers.get(s.tenantId) ?? s.tenantId,
      }),
    ),
    { fontSize: '1.15rem', margin: '0 0 0.5rem' },
  );
  return styled(
    h(
      'li',
      { class: 'renewal', 'data-subscription': s.id },
      heading,
      line(
        'ends',
        t('console.renewals.ends', {
          past: days < 0 ? 'yes' : 'no',
          end: new Date(s.termEnd),
          relative: relativeDays(days),
        }),
        true,
      ),
      line('state', t('console.renewals.state', { state: s.state })),
      line('seats', t('console.renewals.seats', { seats: s.seats, assigned: s.assignedSeats })),
      line('notices', noticesSent(s)),
      s.billing === 'product_key'
        ? styled(
            h(
              'button',
              {
                type: 'button',
                'aria-describedby': headingId,
                onclick: () => void startWizard(partner, { renew: { subscriptionId: s.id } }),
              },
              t('console.renewals.renew'),
            ),
            { marginTop: '0.5rem' },
          )
        : h('p', { class: 'note' }, t('console.renewals.direct')),
    ),
    { padding: '0.75rem 1rem' },
  );
}
