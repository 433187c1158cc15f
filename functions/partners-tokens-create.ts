import { app } from '@azure/functions';
import { rotatePartnerToken } from '../shared/app/partners';
import { endpoint } from '../shared/http/endpoint';
import { rotatePartnerToken as operation } from '../shared/http/operations';
import { uuidParam } from '../shared/http/parse';
import { json } from '../shared/http/responses';

export const rotatePartnerTokenHandler = endpoint(operation, async ({ params, deps }) => {
  const token = await rotatePartnerToken(deps, uuidParam(params['id'], 'partner'));
  return json(201, { token });
});

app.http('partners-tokens-create', {
  route: 'partners/{id}/tokens',
  methods: ['POST'],
  authLevel: 'anonymous',
  handler: rotatePartnerTokenHandler,
});
