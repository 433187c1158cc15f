import { app } from '@azure/functions';
import { answerOffer } from '../shared/app/delegation';
import { publicEndpoint } from '../shared/http/endpoint';
import { answerReply } from '../shared/http/offer-answer';
import { declineOffer } from '../shared/http/operations';

export const declineOfferHandler = publicEndpoint(declineOffer, async ({ params, request, deps }) =>
  answerReply(request, params['token'], deps, (token) => answerOffer(deps, token, 'declined'), 'declined'),
);

app.http('offers-decline', {
  route: 'offers/{token}/decline',
  methods: ['POST'],
  authLevel: 'anonymous',
  handler: declineOfferHandler,
});
