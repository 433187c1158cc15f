import { api } from './api';
import { loadCatalog, skuName } from './catalog';
import { h, show } from './dom';
import { redrawWith, t } from './i18n';
import { offersSection } from './offers';
import type { Page, Partner, Subscription, Tenant, TimelineEvent } from './types';
import { usersSection } from './users';

/** The partner's customers: each tenant, its subscriptions and their term, users, delegates, offers, notices. */
export async function showCustomers(): Promise<void> {
  redrawWith(() => showCustomers());
  const tenants = await api<Page<{ id: string; organizationName: string; domain: string }>>(
    'GET',
    '/tenants',
  );
  show(
    h('h1', {}, t('console.customers.heading')),
    tenants.items.length === 0
      ? h('p', {}, t('console.customers.none'))
      : h(
          'ul',
          { class: 'cards' },
          ...tenants.items.map((tenant) =>
            h(
              'li',
              {},
              h(
                'button',
                { type: 'button', class: 'link', onclick: () => void showTenant(tenant.id) },
                t('console.tenant.name', { organization: tenant.organizationName, domain: tenant.domain }),
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
      ? t('console.term.ends', { at: new Date(e.at) })
      : t('console.term.notice', { days: e.daysBeforeExpiry ?? 0, at: new Date(e.at), status: e.status });
  const span = { start: new Date(subscription.termStart), end: new Date(subscription.termEnd) };
  const bar = h('div', {
    class: 'term',
    role: 'img',
    'aria-label': t('console.term.label', span),
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

/** A customer's page; `said` (what a change of its users just did) in the users' banner, focused. */
async function showTenant(id: string, said?: string): Promise<void> {
  redrawWith(() => showTenant(id));
  await loadCatalog();
  const [tenant, partner] = await Promise.all([
    api<Tenant>('GET', `/tenants/${id}`),
    api<Partner>('GET', '/partners/me'),
  ]);
  const notifications = await api<Page<{ type: string; status: string; createdAt: string }>>(
    'GET',
    `/tenants/${id}/notifications`,
  ).catch(() => null);
  // Users and offers follow from one fact: whether the partner is the customer's delegated admin.
  const administers = tenant.delegatedAdmins.some((d) => d.partnerId === partner.partnerId);
  const [users, offers] = await Promise.all([
    usersSection(tenant, administers, (words) => showTenant(id, words)),
    offersSection(tenant, administers),
  ]);
  show(
    h('h1', {}, `${tenant.organizationName}`),
    h('p', {}, t('console.tenant.place', { domain: tenant.domain, country: tenant.countryCode })),
    h('h2', {}, t('console.tenant.subscriptions')),
    ...tenant.subscriptions.map((s) =>
      h(
        'section',
        { class: 'subscription' },
        h('h3', {}, t('console.tenant.subscription', { product: skuName(s.sku), state: s.state })),
        h(
          'p',
          {},
          t('console.tenant.seatsUsed', {
            assigned: s.assignedSeats,
            seats: s.seats,
            start: new Date(s.termStart),
            end: new Date(s.termEnd),
          }),
        ),
        termPicture(s),
      ),
    ),
    users,
    h('h2', {}, t('console.tenant.delegates')),
    tenant.delegatedAdmins.length
      ? h(
          'ul',
          {},
          ...tenant.delegatedAdmins.map((d) =>
            h('li', {}, t('console.tenant.delegate', { name: d.name, since: new Date(d.since) })),
          ),
        )
      : h('p', {}, t('console.tenant.none')),
    offers,
    h('h2', {}, t('console.tenant.notifications')),
    notifications && notifications.items.length
      ? h(
          'ul',
          {},
          ...notifications.items.map((n) =>
            h(
              'li',
              {},
              t('console.tenant.notification', {
                type: n.type.replace(/_/g, ' '),
                status: n.status,
                at: new Date(n.createdAt),
              }),
            ),
          ),
        )
      : h('p', {}, t('console.tenant.noneYet')),
    h(
      'button',
      { type: 'button', class: 'secondary', onclick: () => void showCustomers() },
      t('console.tenant.all'),
    ),
  );
  const status = users.querySelector<HTMLElement>(':scope > .banner');
  if (said && status) {
    status.textContent = said;
    status.focus();
  }
}
