import { app } from '@azure/functions';
import { listRedemptions } from '../shared/app/redemptions';
import { endpoint, partnerOf } from '../shared/http/endpoint';
import { listRedemptions as operation } from '../shared/http/operations';
import { decodeContinuation, encodeContinuation } from '../shared/http/paging';
import { json } from '../shared/http/responses';
import { redemptionView } from '../shared/http/views';

export const listRedemptionsHandler = endpoint(operation, async ({ query, principal, deps }) => {
  const partner = partnerOf(principal);
  const scope = `redemptions:${partner.id}:${query.status ?? '*'}`;
  const page = await listRedemptions(deps, partner, query.status, {
    limit: query.limit,
    continuationToken: decodeContinuation(query.continuationToken, scope),
  });
  const now = deps.clock.now();
  return json(200, {
    items: page.items.map((redemption) => redemptionView(redemption, now)),
    continuationToken: encodeContinuation(page.continuationToken, scope),
  });
});

app.http('redemptions-list', {
  route: 'redemptions',
  methods: ['GET'],
  authLevel: 'anonymous',
  handler: listRedemptionsHandler,
});
