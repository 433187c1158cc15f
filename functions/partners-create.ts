import { app } from '@azure/functions';
import { registerPartner } from '../shared/app/partners';
import { endpoint } from '../shared/http/endpoint';
import { createPartner } from '../shared/http/operations';
import { json } from '../shared/http/responses';
import { partnerView } from '../shared/http/views';

export const createPartnerHandler = endpoint(createPartner, async ({ body, deps }) => {
  const { partner, token } = await registerPartner(deps, body);
  return json(201, { ...partnerView(partner), token }, { location: `/api/v1/partners/${partner.id}` });
});

app.http('partners-create', {
  route: 'partners',
  methods: ['POST'],
  authLevel: 'anonymous',
  handler: createPartnerHandler,
});
