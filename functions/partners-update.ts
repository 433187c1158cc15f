import { app } from '@azure/functions';
import { updatePartner } from '../shared/app/partners';
import { endpoint } from '../shared/http/endpoint';
import { updatePartner as operation } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { json } from '../shared/http/responses';
import { partnerView } from '../shared/http/views';

export const updatePartnerHandler = endpoint(operation, async ({ body, params, deps }) => {
  const partner = await updatePartner(deps, uuidParam(params['id'], 'partner'), body);
  return json(200, partnerView(partner));
});

app.http('partners-update', {
  route: 'partners/{id}',
  methods: ['PATCH'],
  authLevel: 'anonymous',
  handler: updatePartnerHandler,
});
