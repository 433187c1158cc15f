import { app } from '@azure/functions';
import { endpoint, partnerOf } from '../shared/http/endpoint';
import { getOwnPartner } from '../shared/http/operations';
import { json } from '../shared/http/responses';
import { partnerView } from '../shared/http/views';

export const getOwnPartnerHandler = endpoint(getOwnPartner, async ({ principal }) =>
  json(200, partnerView(partnerOf(principal))),
);

app.http('partners-me', {
  route: 'partners/me',
  methods: ['GET'],
  authLevel: 'anonymous',
  handler: getOwnPartnerHandler,
});
