import { skuName } from './catalog';
import { h, show } from './dom';
import { redrawWith, t } from './i18n';
import type { Subscription, Tenant, User } from './types';

/** The wizard's last screen: the customer, its subscription and term, who was told what. */
export function showDone(
  tenant: Tenant,
  subscription: Subscription,
  admin: User | null,
  redeemMore: () => Promise<void>,
): void {
  redrawWith(() => showDone(tenant, subscription, admin, redeemMore));
  const [start, end] = [new Date(subscription.termStart), new Date(subscription.termEnd)];
  show(
    h('h1', {}, t('console.done.heading')),
    h(
      'dl',
      { class: 'summary' },
      h('dt', {}, t('console.done.customer')),
      h('dd', {}, t('console.tenant.name', { organization: tenant.organizationName, domain: tenant.domain })),
      h('dt', {}, t('console.done.subscription')),
      h(
        'dd',
        {},
        t('console.done.subscriptionValue', {
          product: skuName(subscription.sku),
          seats: subscription.seats,
          state: subscription.state,
        }),
      ),
      h('dt', {}, t('console.done.term')),
      h('dd', {}, t('console.term.span', { start, end })),
      admin ? h('dt', {}, t('console.done.administrator')) : null,
      admin
        ? h(
            'dd',
            {},
            t('console.done.administratorValue', { name: admin.displayName, userName: admin.userName }),
          )
        : null,
    ),
    h('p', {}, t(admin ? 'console.done.welcomeSent' : 'console.done.applied')),
    h('p', {}, t('console.done.notices', { end })),
    h('button', { type: 'button', onclick: () => void redeemMore() }, t('console.done.again')),
  );
}
