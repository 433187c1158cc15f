import { api, ApiError } from './api';
import { loadCatalog, skuName } from './catalog';
import { dateOf, h, show } from './dom';
import { attempt, banner, field } from './forms';
import type { Page, Subscription, Tenant, TimelineEvent, User } from './types';

/** The partner's customers: each tenant, its subscriptions and their term, users, delegates, notices. */
export async function showCustomers(): Promise<void> {
  const tenants = await api<Page<{ id: string; organizationName: string; domain: string }>>(
    'GET',
    '/tenants',
  );
  show(
    h('h1', {}, 'Customers'),
    tenants.items.length === 0
      ? h('p', {}, 'No customers yet. Redeem product keys to create one.')
      : h(
          'ul',
          { class: 'cards' },
          ...tenants.items.map((t) =>
            h(
              'li',
              {},
              h(
                'button',
                { type: 'button', class: 'link', onclick: () => void showTenant(t.id) },
                `${t.organizationName} (${t.domain})`,
              ),
            ),
          ),
        ),
  );
}

/** The term as a picture: a bar from start to end, the notice dates and the end marked on it. */
function termPicture(subscription: Subscription): HTMLElement {
  const start = Date.parse(subscription.termStart);
  const end = Date.parse(subscription.termEnd);
  const at = (instant: string) =>
    `${Math.max(0, Math.min(100, ((Date.parse(instant) - start) / (end - start)) * 100)).toFixed(1)}%`;
  const marks = subscription.timeline.filter(
    (e: TimelineEvent) => e.event === 'renewal_notice' || e.event === 'expiry',
  );
  const label = (e: TimelineEvent) =>
    e.event === 'expiry'
      ? `Ends ${dateOf(e.at)}`
      : `Notice ${e.daysBeforeExpiry} day${e.daysBeforeExpiry === 1 ? '' : 's'} before, ${dateOf(e.at)} (${e.status})`;
  const bar = h('div', {
    class: 'term',
    role: 'img',
    'aria-label': `Term ${dateOf(subscription.termStart)} to ${dateOf(subscription.termEnd)}`,
  });
  bar.append(h('div', { class: 'elapsed' }));
  (bar.lastChild as HTMLElement).style.width = at(new Date().toISOString());
  for (const e of marks) {
    const mark = h('span', { class: `mark ${e.event}`, title: label(e) });
    mark.style.left = at(e.at);
    bar.append(mark);
  }
  return h(
    'figure',
    {},
    bar,
    h('figcaption', {}, h('ul', { class: 'marks' }, ...marks.map((e) => h('li', {}, label(e))))),
  );
}

async function showTenant(id: string): Promise<void> {
  await loadCatalog();
  const tenant = await api<Tenant>('GET', `/tenants/${id}`);
  const users = await api<Page<User>>('GET', `/tenants/${id}/users`).catch((error: unknown) => {
    if (error instanceof ApiError) return null;
    throw error;
  });
  const notifications = await api<Page<{ type: string; status: string; createdAt: string }>>(
    'GET',
    `/tenants/${id}/notifications`,
  ).catch(() => null);
  const message = h('textarea', { rows: '4', maxlength: '2000' });
  const offerForm: HTMLFormElement = h(
    'form',
    {
      onsubmit: (event) => {
        event.preventDefault();
        void attempt(offerForm, async () => {
          await api('POST', `/tenants/${id}/delegation-offers`, { message: message.value });
          const sent = offerForm.querySelector('.banner') as HTMLElement;
          sent.textContent = "Sent: the customer's administrators were emailed a link to accept or decline.";
          message.value = '';
        });
      },
    },
    banner(),
    field('Message to the customer', message, 'message'),
    h('button', { type: 'submit' }, 'Offer delegated administration'),
  );
  show(
    h('h1', {}, `${tenant.organizationName}`),
    h('p', {}, `${tenant.domain}, ${tenant.countryCode}`),
    h('h2', {}, 'Subscriptions'),
    ...tenant.subscriptions.map((s) =>
      h(
        'section',
        { class: 'subscription' },
        h('h3', {}, `${skuName(s.sku)}: ${s.state}`),
        h(
          'p',
          {},
          `${s.assignedSeats} of ${s.seats} seats used, ${dateOf(s.termStart)} to ${dateOf(s.termEnd)}`,
        ),
        termPicture(s),
      ),
    ),
    h('h2', {}, 'Users'),
    users
      ? h(
          'ul',
          {},
          ...users.items.map((u) =>
            h(
              'li',
              {},
              `${u.displayName} (${u.userName})${u.licensed ? ', licensed' : ''}${u.roles.length ? `, ${u.roles.join(', ')}` : ''}`,
            ),
          ),
        )
      : h('p', { class: 'note' }, 'Only a delegated administrator sees the users.'),
    h('h2', {}, 'Delegated administrators'),
    tenant.delegatedAdmins.length
      ? h('ul', {}, ...tenant.delegatedAdmins.map((d) => h('li', {}, `${d.name} since ${dateOf(d.since)}`)))
      : h('p', {}, 'None.'),
    offerForm,
    h('h2', {}, 'Notifications sent'),
    notifications && notifications.items.length
      ? h(
          'ul',
          {},
          ...notifications.items.map((n) =>
            h('li', {}, `${n.type.replace(/_/g, ' ')}: ${n.status}, ${dateOf(n.createdAt)}`),
          ),
        )
      : h('p', {}, 'None yet.'),
    h('button', { type: 'button', class: 'secondary', onclick: () => void showCustomers() }, 'All customers'),
  );
}
