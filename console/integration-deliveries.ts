import type { z } from 'zod';
import type {
  WebhookAttemptView,
  WebhookDeliveryView,
  WebhookEndpointView,
} from '../shared/http/schemas/webhooks';
import { api, ApiError } from './api';
import { h } from './dom';
import { attempt, banner, field } from './forms';
import { currentLanguage, t, type ConsoleMessageId } from './i18n';
import { inWords } from './messages';
import type { Page } from './types';

/**
 * An endpoint's recent deliveries on the Integrations page (console/integrations.ts): each event's
 * type and status in words, its attempts (time, HTTP status, duration, error), "Redeliver", and
 * "Redeliver since…" with a time. Also the page's shared shapes and words (dates in UTC, as Keycard
 * keeps them; event types in words).
 */
/** The shapes the API answers, inferred from the schemas the served document is generated from. */
export type WebhookEndpoint = z.infer<typeof WebhookEndpointView>;
export type WebhookAttempt = z.infer<typeof WebhookAttemptView>;
export type WebhookDelivery = z.infer<typeof WebhookDeliveryView>;

const PAGE_SIZE = 10;

/** "6 Dec 2026, 10:47 UTC", in the console's language. */
export function when(instant: string): string {
  const format = new Intl.DateTimeFormat(currentLanguage(), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  });
  return `${format.format(new Date(instant))} UTC`;
}

/** An event type in words ("Renewal due"); the message's select keys have `_` for `.`. */
export function typeInWords(type: string): string {
  return t('console.integrations.eventType', { type: type.replace(/\./g, '_') });
}

/** Spacing set through the DOM, which the page's Content-Security-Policy allows (style attributes it does not). */
export function styled<E extends HTMLElement>(element: E, styles: Partial<CSSStyleDeclaration>): E {
  Object.assign(element.style, styles);
  return element;
}

/** A list item inside a card, without the card's own box (the stylesheet boxes every item of `.cards`). */
export function plain(item: HTMLLIElement): HTMLLIElement {
  return styled(item, { border: 'none', background: 'none', padding: '0', margin: '0.15rem 0' });
}

/**
 * After a refused send, the sentences of this page's own fields (`url`, `description`, `since`),
 * which the shared field words do not know: only for field problems (validation_failed), so a code's
 * own sentence (an address that may not be called) stays as it is.
 */
export async function attemptWithWords(
  form: HTMLFormElement,
  words: Record<string, ConsoleMessageId>,
  action: () => Promise<void>,
): Promise<boolean> {
  let code = '';
  const done = await attempt(form, async () => {
    try {
      await action();
    } catch (error) {
      if (error instanceof ApiError) code = error.problem.code;
      throw error;
    }
  });
  if (!done && code === 'validation_failed') {
    for (const input of form.querySelectorAll<HTMLElement>('[aria-invalid="true"]')) {
      const id = words[input.dataset['path'] ?? ''];
      const error = document.getElementById(`${input.id}-error`);
      if (id && error) error.textContent = t(id);
    }
  }
  return done;
}

export interface DeliveriesSection {
  element: HTMLElement;
  /** The first page again; the deliveries shown. */
  reload(): Promise<WebhookDelivery[]>;
}

/**
 * The deliveries of `endpoint`, newest first, a page at a time; `status` is the card's banner, where
 * what happened is said (and focused) after each answer.
 */
export function deliveriesSection(endpoint: WebhookEndpoint, status: HTMLElement): DeliveriesSection {
  const base = `/webhook-endpoints/${endpoint.id}`;
  const headingId = `deliveries-${endpoint.id}`;
  const list = h('ul', { class: 'cards deliveries' });
  const empty = h('p', { class: 'note', hidden: true }, t('console.integrations.noDeliveries'));
  const more = h('div', {});
  const say = (words: string) => {
    status.textContent = words;
    status.focus();
  };

  const item = (d: WebhookDelivery): HTMLElement => {
    const itemId = `delivery-${endpoint.id}-${d.eventId.replace(/\W/g, '-')}`;
    const redeliver = h(
      'button',
      {
        type: 'button',
        class: 'secondary',
        'aria-describedby': itemId,
        onclick: () => {
          redeliver.disabled = true;
          void api('POST', `${base}/deliveries/${encodeURIComponent(d.eventId)}/redeliver`)
            .then(() => {
              say(t('console.integrations.redelivered'));
              setTimeout(() => void section.reload(), 1_500);
            })
            .catch((error: unknown) => {
              if (!(error instanceof ApiError)) throw error;
              redeliver.disabled = false;
              say(inWords(error.problem));
            });
        },
      },
      t('console.integrations.redeliver'),
    );
    const attempts = d.attempts.map((a) =>
      plain(
        h(
          'li',
          {},
          t('console.integrations.attempt', {
            at: when(a.at),
            answered: a.status === null ? 'no' : 'yes',
            status: a.status ?? 0,
            ms: a.durationMs,
          }),
          a.error ? h('span', { class: 'error' }, ` ${a.error}`) : null,
        ),
      ),
    );
    return h(
      'li',
      { class: 'delivery', 'data-event': d.eventId, 'data-type': d.eventType, 'data-status': d.status },
      styled(
        h(
          'p',
          { id: itemId },
          `${typeInWords(d.eventType)}: ${t('console.integrations.deliveryStatus', { status: d.status })}`,
        ),
        { fontWeight: '600', margin: '0' },
      ),
      h('p', { class: 'note' }, t('console.integrations.eventAt', { at: when(d.createdAt) })),
      attempts.length
        ? styled(h('ul', { class: 'attempts' }, ...attempts), { margin: '0.25rem 0', paddingLeft: '1.25rem' })
        : h('p', { class: 'note' }, t('console.integrations.noAttempts')),
      d.status === 'pending' && d.nextAttemptAt
        ? h('p', { class: 'note' }, t('console.integrations.nextAttempt', { at: when(d.nextAttemptAt) }))
        : null,
      // A ping is not in the feed: only events are delivered again.
      d.eventType === 'ping' ? null : redeliver,
    );
  };

  const page = (token: string | null): Promise<Page<WebhookDelivery>> => {
    const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
    if (token) query.set('continuationToken', token);
    return api<Page<WebhookDelivery>>('GET', `${base}/deliveries?${query.toString()}`);
  };
  const fill = (answer: Page<WebhookDelivery>, append: boolean): HTMLElement[] => {
    const items = answer.items.map(item);
    if (append) list.append(...items);
    else list.replaceChildren(...items);
    empty.hidden = list.children.length > 0;
    list.hidden = list.children.length === 0;
    more.replaceChildren();
    const token = answer.continuationToken;
    if (token) {
      more.append(
        h(
          'button',
          {
            type: 'button',
            class: 'secondary',
            onclick: () =>
              void page(token).then((next) => {
                // The reader goes on where the new ones begin.
                const first = fill(next, true)[0]?.querySelector('button');
                first?.focus();
              }),
          },
          t('console.integrations.more'),
        ),
      );
    }
    return items;
  };

  const refresh = h(
    'button',
    { type: 'button', class: 'secondary', onclick: () => void section.reload() },
    t('console.integrations.refresh'),
  );
  const since = sinceForm(base, endpoint.id, say);
  const openSince = h(
    'button',
    {
      type: 'button',
      class: 'secondary',
      'aria-expanded': 'false',
      'aria-controls': since.id,
      onclick: () => {
        since.hidden = !since.hidden;
        openSince.setAttribute('aria-expanded', String(!since.hidden));
        if (!since.hidden) since.querySelector('input')?.focus();
      },
    },
    t('console.integrations.redeliverSince'),
  );

  const section: DeliveriesSection = {
    element: h(
      'section',
      { class: 'webhook-deliveries', 'aria-labelledby': headingId },
      styled(h('h4', { id: headingId }, t('console.integrations.deliveries')), { margin: '1rem 0 0.25rem' }),
      empty,
      list,
      more,
      h('div', { class: 'actions' }, refresh, openSince),
      since,
    ),
    reload: async () => {
      // A reload planned before the page moved on (a test event's outcome, a redelivery's) finds the
      // card gone, its endpoint maybe deleted: nothing to show, nothing to ask.
      if (!section.element.isConnected) return [];
      const answer = await page(null).catch((error: unknown) => {
        if (section.element.isConnected) throw error;
        return null; // the card went while the request was on its way
      });
      if (!answer) return [];
      fill(answer, false);
      return answer.items;
    },
  };
  return section;
}

/** "Redeliver since…": a UTC time (24 hours ago to begin with), every event since then sent again. */
function sinceForm(base: string, endpointId: string, say: (words: string) => void): HTMLFormElement {
  const input = h('input', {
    id: `since-${endpointId}`,
    type: 'datetime-local',
    value: new Date(Date.now() - 86_400_000).toISOString().slice(0, 16),
  });
  const form: HTMLFormElement = h(
    'form',
    {
      id: `since-form-${endpointId}`,
      hidden: true,
      novalidate: true,
      onsubmit: (event) => {
        event.preventDefault();
        void attemptWithWords(form, { since: 'console.integrations.sinceField' }, async () => {
          // The input's time is UTC, as its label says; empty or unreadable: the server says which.
          const value = input.value
            ? `${input.value.length === 16 ? `${input.value}:00` : input.value}Z`
            : '';
          const answer = await api<{ queued: number }>('POST', `${base}/redeliver`, { since: value });
          say(t('console.integrations.queued', { queued: answer.queued }));
        });
      },
    },
    banner(),
    field(t('console.integrations.sinceLabel'), input, 'since', t('console.integrations.sinceHelp')),
    h('button', { type: 'submit' }, t('console.integrations.sinceSubmit')),
  );
  return form;
}
