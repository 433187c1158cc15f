import { skuName } from './catalog';
import { h } from './dom';
import { t } from './i18n';
import type { DoneScreen } from './wizard-state';

/**
 * The wizard's last screen: the customer, its subscription and term, who was told what. Without
 * what the completion answered (the redemption was completed in another tab), that it is done.
 */
export function doneScreen(done: DoneScreen | null, redeemMore: () => void): Node[] {
  const again = h('button', { type: 'button', onclick: () => redeemMore() }, t('console.done.again'));
  if (!done) return [h('h1', {}, t('console.done.heading')), h('p', {}, t('console.done.resumed')), again];
  const { tenant, subscription, admin } = done;
  const [start, end] = [new Date(subscription.termStart), new Date(subscription.termEnd)];
  return [
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
    again,
  ];
}
