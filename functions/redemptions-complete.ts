import { app } from '@azure/functions';
import { completeRedemption } from '../shared/app/complete';
import { getRedemption } from '../shared/app/redemptions';
import { assertNotClosed } from '../shared/domain/redemption';
import { subscriptionDetails, tenantDetails } from '../shared/app/subscriptions';
import { endpoint, partnerOf } from '../shared/http/endpoint';
import { completeRedemption as operation } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { json } from '../shared/http/responses';
import { subscriptionView, tenantView, userView } from '../shared/http/views';

export const completeRedemptionHandler = endpoint(
  operation,
  async ({ body, params, principal, deps }) => {
    const partner = partnerOf(principal);
    const outcome = await completeRedemption(deps, partner, uuidParam(params['id'], 'redemption'), body);
    const now = deps.clock.now();
    const policy = deps.settings.lifecycle;
    if (outcome.action !== 'create_tenant' || !outcome.adminUser) {
      const [subscription] = await subscriptionDetails(deps, [outcome.subscription], [partner]);
      if (!subscription) throw new Error('no subscription details');
      return json(200, { subscription: subscriptionView(subscription, now, policy) });
    }
    const tenant = await tenantDetails(deps, outcome.tenant, [outcome.subscription], [partner]);
    const [subscription] = tenant.subscriptions;
    if (!subscription) throw new Error('no subscription details');
    return json(
      201,
      {
        tenant: tenantView(tenant, now, policy),
        subscription: subscriptionView(subscription, now, policy),
        adminUser: userView(
          outcome.adminUser,
          outcome.subscription.licenseHolders.includes(outcome.adminUser.id),
        ),
      },
      { location: `/api/v1/tenants/${outcome.tenant.id}` },
    );
  },
  {
    // A completed (or expired) redemption says so, whatever the new body is.
    whenBodyInvalid: async ({ principal, params, deps }) => {
      const redemption = await getRedemption(
        deps,
        partnerOf(principal),
        uuidParam(params['id'], 'redemption'),
      );
      assertNotClosed(redemption, deps.clock.now());
    },
  },
);

app.http('redemptions-complete', {
  route: 'redemptions/{id}/complete',
  methods: ['POST'],
  authLevel: 'anonymous',
  handler: completeRedemptionHandler,
});
