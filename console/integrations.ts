import { EVENT_TYPES } from '../shared/domain/event';
import { api, ApiError } from './api';
import { h, show } from './dom';
import { banner, field } from './forms';
import { redrawWith, t } from './i18n';
import {
  attemptWithWords,
  deliveriesSection,
  plain,
  styled,
  typeInWords,
  when,
  type WebhookDelivery,
  type WebhookEndpoint,
} from './integration-deliveries';
import { inWords } from './messages';
import type { Page } from './types';
import { askFirst } from './users';

/**
 * "Integrations": the partner's webhook endpoints (docs/api.md, Webhooks): each with its events, its
 * state (disabled by the partner, or by Keycard for failing, since when and the last errors), "Send
 * test event", "Rotate secret", "Disable" / "Enable again", "Delete" and its recent deliveries; and
 * "Add endpoint". A signing secret is shown once, in this page's memory only (never in the URL or the
 * tab's storage): after the answer that made it, until the partner leaves the page or says it is saved.
 */
interface ShownSecret {
  url: string;
  secret: string;
  /** After a rotation: until when the previous secret signs too. */
  until: string | null;
}

interface Shown {
  secret?: ShownSecret;
  /** What just happened: in that endpoint's banner, or the page's. */
  said?: { text: string; endpointId?: string };
}

export async function showIntegrations(shown: Shown = {}): Promise<void> {
  redrawWith(() => showIntegrations(shown));
  const endpoints = await api<Page<WebhookEndpoint>>('GET', '/webhook-endpoints');
  const said = banner();
  said.id = 'integrations-said';
  const cards = endpoints.items.map(card);
  const secretBox = shown.secret ? secretSection(shown.secret) : null;
  show(
    h('h1', {}, t('console.integrations.heading')),
    h('p', {}, t('console.integrations.intro')),
    said,
    secretBox,
    h('h2', {}, t('console.integrations.endpoints')),
    h('p', { class: 'note' }, t('console.integrations.count', { count: endpoints.items.length })),
    cards.length ? h('ul', { class: 'cards endpoints' }, ...cards.map((c) => c.element)) : null,
    h('h2', { id: 'add-endpoint' }, t('console.integrations.add')),
    addForm(),
  );
  document.title = t('console.integrations.title');
  if (secretBox) {
    secretBox.querySelector<HTMLElement>('h2')?.focus();
  } else if (shown.said) {
    const target =
      cards.find((c) => c.endpoint.id === shown.said?.endpointId)?.status ?? (said as HTMLElement);
    target.textContent = shown.said.text;
    target.focus();
  }
  // The deliveries after: the focus is where the partner reads on meanwhile.
  await Promise.all(cards.map((c) => c.deliveries.reload().catch(() => undefined)));
}

/** The secret, once: marked as such, with Copy and "I have saved it" (which forgets it). */
function secretSection(shown: ShownSecret): HTMLElement {
  const value = h('input', {
    id: 'secret',
    readonly: true,
    class: 'mono',
    value: shown.secret,
    spellcheck: 'false',
  });
  styled(value, { maxWidth: '100%' });
  const copied = h('p', { class: 'note', role: 'status' });
  const copy = h(
    'button',
    {
      type: 'button',
      onclick: () => {
        navigator.clipboard.writeText(shown.secret).then(
          () => (copied.textContent = t('console.integrations.copied')),
          () => {
            copied.textContent = t('console.integrations.copyFailed');
            value.select();
          },
        );
      },
    },
    t('console.integrations.copy'),
  );
  const done = h(
    'button',
    { type: 'button', class: 'secondary', onclick: () => void showIntegrations() },
    t('console.integrations.secretDone'),
  );
  const box = h(
    'section',
    { class: 'secret', 'aria-labelledby': 'secret-heading' },
    styled(
      h(
        'h2',
        { id: 'secret-heading', tabindex: '-1' },
        t('console.integrations.secretHeading', { url: shown.url }),
      ),
      { fontSize: '1.2rem', marginTop: '0', outline: 'none' },
    ),
    styled(h('p', {}, t('console.integrations.secretOnce')), { fontWeight: '600' }),
    shown.until
      ? h('p', { class: 'rotated' }, t('console.integrations.rotated', { until: when(shown.until) }))
      : null,
    field(t('console.integrations.secretLabel'), value, 'secret'),
    copied,
    copy,
    done,
  );
  return styled(box, {
    border: '3px solid #0b5cad',
    background: '#eef5fc',
    borderRadius: '4px',
    padding: '0.75rem 1rem',
    margin: '1rem 0',
  });
}

interface Card {
  endpoint: WebhookEndpoint;
  element: HTMLElement;
  status: HTMLElement;
  deliveries: { reload(): Promise<WebhookDelivery[]> };
}

/** The state in words: enabled, or disabled by whom and since when (and why, when it was failing). */
function stateInWords(e: WebhookEndpoint): string {
  if (e.enabled) return t('console.integrations.enabled');
  const at = when(e.disabledAt ?? e.updatedAt);
  return e.disabledReason === 'failing'
    ? t('console.integrations.disabledFailing', {
        at,
        since: when(e.failingSince ?? e.disabledAt ?? e.updatedAt),
      })
    : t('console.integrations.disabledByYou', { at });
}

function card(endpoint: WebhookEndpoint): Card {
  const base = `/webhook-endpoints/${endpoint.id}`;
  const headingId = `endpoint-${endpoint.id}`;
  const status = banner();
  const say = (words: string) => {
    status.textContent = words;
    status.focus();
  };
  const refused = (error: unknown, button: HTMLButtonElement) => {
    if (!(error instanceof ApiError)) throw error;
    button.disabled = false;
    say(inWords(error.problem));
  };
  const deliveries = deliveriesSection(endpoint, status);
  const button = (label: string, onclick: (self: HTMLButtonElement) => void, secondary = true) => {
    const b: HTMLButtonElement = h(
      'button',
      {
        type: 'button',
        class: secondary ? 'secondary' : undefined,
        'aria-describedby': headingId,
        onclick: () => onclick(b),
      },
      label,
    );
    return b;
  };

  const test = button(t('console.integrations.test'), (self) => {
    self.disabled = true;
    void api<WebhookDelivery>('POST', `${base}/test`)
      .then(async (delivery) => {
        say(t('console.integrations.testSent'));
        self.disabled = false;
        // Its outcome after a moment: the deliveries again until it is no longer on its way.
        for (let tries = 0; tries < 10; tries += 1) {
          await new Promise((resolve) => setTimeout(resolve, 1_000));
          if (!status.isConnected) return; // the page moved on (the endpoint deleted, another page)
          const listed = (await deliveries.reload()).find((d) => d.eventId === delivery.eventId);
          if (listed && (listed.status === 'delivered' || listed.status === 'failed')) {
            status.textContent = t('console.integrations.testOutcome', { status: listed.status });
            return;
          }
        }
        status.textContent = t('console.integrations.testOutcome', { status: 'pending' });
      })
      .catch((error: unknown) => refused(error, self));
  });
  const toggle = button(
    t(endpoint.enabled ? 'console.integrations.disable' : 'console.integrations.enableAgain'),
    (self) => {
      self.disabled = true;
      void api('PATCH', base, { enabled: !endpoint.enabled })
        .then(() =>
          showIntegrations({
            said: {
              endpointId: endpoint.id,
              text: t(
                endpoint.enabled ? 'console.integrations.disabledNow' : 'console.integrations.enabledNow',
              ),
            },
          }),
        )
        .catch((error: unknown) => refused(error, self));
    },
    endpoint.enabled,
  );
  const rotate = button(t('console.integrations.rotate'), () => undefined);
  const rotateAsk = askFirst(
    rotate,
    t('console.integrations.rotateConfirm'),
    { yes: t('console.integrations.rotateYes'), no: t('console.integrations.rotateNo') },
    (yes) => {
      yes.disabled = true;
      void api<WebhookEndpoint & { secret: string }>('POST', `${base}/secret`)
        .then((rotated) =>
          showIntegrations({
            secret: { url: rotated.url, secret: rotated.secret, until: rotated.previousSecretExpiresAt },
          }),
        )
        .catch((error: unknown) => {
          rotateAsk.hidden = true;
          refused(error, yes);
        });
    },
  );
  const remove = button(t('console.integrations.delete'), () => undefined);
  const removeAsk = askFirst(
    remove,
    t('console.integrations.deleteConfirm', { url: endpoint.url }),
    { yes: t('console.integrations.deleteYes'), no: t('console.integrations.deleteNo') },
    (yes) => {
      yes.disabled = true;
      void api('DELETE', base)
        .then(() =>
          showIntegrations({ said: { text: t('console.integrations.deleted', { url: endpoint.url }) } }),
        )
        .catch((error: unknown) => {
          removeAsk.hidden = true;
          refused(error, yes);
        });
    },
  );

  const failing = endpoint.failingSince !== null || endpoint.disabledReason === 'failing';
  const element = h(
    'li',
    { class: 'endpoint', 'data-endpoint': endpoint.id, 'data-enabled': String(endpoint.enabled) },
    styled(h('h3', { id: headingId }, endpoint.description || endpoint.url), {
      fontSize: '1.15rem',
      margin: '0 0 0.5rem',
    }),
    h(
      'dl',
      { class: 'summary' },
      h('dt', {}, t('console.integrations.url')),
      h('dd', { class: 'mono' }, endpoint.url),
      h('dt', {}, t('console.integrations.events')),
      h(
        'dd',
        { class: 'event-types' },
        endpoint.eventTypes === null
          ? t('console.integrations.allEvents')
          : endpoint.eventTypes.map(typeInWords).join(', '),
      ),
      h('dt', {}, t('console.integrations.state')),
      h('dd', { class: 'state' }, stateInWords(endpoint)),
    ),
    endpoint.enabled && endpoint.failingSince
      ? h(
          'p',
          { class: 'banner failing' },
          t('console.integrations.failing', { since: when(endpoint.failingSince) }),
        )
      : null,
    failing && endpoint.lastErrors.length
      ? h(
          'div',
          { class: 'last-errors' },
          styled(h('h4', {}, t('console.integrations.lastErrors')), { margin: '0.5rem 0 0.25rem' }),
          h(
            'ul',
            {},
            ...endpoint.lastErrors.map((e) =>
              plain(h('li', {}, t('console.integrations.errorAt', { at: when(e.at), error: e.error }))),
            ),
          ),
        )
      : null,
    endpoint.enabled ? null : h('p', { class: 'note' }, t('console.integrations.enableNote')),
    status,
    h('div', { class: 'actions' }, test, rotate, toggle, remove),
    rotateAsk,
    removeAsk,
    deliveries.element,
  );
  return { endpoint, element: styled(element, { padding: '0.75rem 1rem' }), status, deliveries };
}

/** "Add endpoint": URL, description, the events (all by default, else those ticked). */
function addForm(): HTMLFormElement {
  const url = h('input', { type: 'url', autocomplete: 'off', spellcheck: 'false', maxlength: '2048' });
  const description = h('input', { type: 'text', maxlength: '200' });
  const all = h('input', { type: 'checkbox', id: 'all-events', checked: true });
  const types = EVENT_TYPES.map((type) =>
    h('input', { type: 'checkbox', id: `type-${type.replace(/\W/g, '-')}`, value: type }),
  );
  const choices = h(
    'div',
    { class: 'event-choices', hidden: true },
    ...types.map((box) => field(typeInWords(box.value), box, `eventTypes.${box.value}`)),
  );
  all.addEventListener('change', () => {
    choices.hidden = all.checked;
  });
  const form: HTMLFormElement = h(
    'form',
    {
      novalidate: true,
      'aria-labelledby': 'add-endpoint',
      onsubmit: (event) => {
        event.preventDefault();
        // What the page said before (an endpoint deleted) gives way to this form's answer.
        const before = document.getElementById('integrations-said');
        if (before) before.textContent = '';
        const chosen = types.filter((box) => box.checked).map((box) => box.value);
        const summary = form.querySelector<HTMLElement>('.banner') as HTMLElement;
        if (!all.checked && chosen.length === 0) {
          summary.textContent = t('console.integrations.typesNeeded');
          summary.focus();
          return;
        }
        void attemptWithWords(
          form,
          { url: 'console.integrations.urlField', description: 'console.integrations.descriptionField' },
          async () => {
            const created = await api<WebhookEndpoint & { secret: string }>('POST', '/webhook-endpoints', {
              url: url.value.trim(),
              ...(description.value.trim() ? { description: description.value.trim() } : {}),
              ...(all.checked ? {} : { eventTypes: chosen }),
            });
            await showIntegrations({ secret: { url: created.url, secret: created.secret, until: null } });
          },
        );
      },
    },
    banner(),
    field(t('console.integrations.url'), url, 'url', t('console.integrations.urlHelp')),
    field(
      t('console.integrations.description'),
      description,
      'description',
      t('console.integrations.descriptionHelp'),
    ),
    h(
      'fieldset',
      { class: 'event-types' },
      h('legend', {}, t('console.integrations.eventsLegend')),
      field(t('console.integrations.allEvents'), all, 'allEvents'),
      choices,
    ),
    h('button', { type: 'submit' }, t('console.integrations.addSubmit')),
  );
  return form;
}
