import { app } from '@azure/functions';
import { answerOffer } from '../shared/app/delegation';
import { publicEndpoint } from '../shared/http/endpoint';
import { answerReply } from '../shared/http/offer-answer';
import { acceptOffer } from '../shared/http/operations';

export const acceptOfferHandler = publicEndpoint(acceptOffer, async ({ params, request, deps }) =>
  answerReply(request, params['token'], deps, (token) => answerOffer(deps, token, 'accepted'), 'accepted'),
);

app.http('offers-accept', {
  route: 'offers/{token}/accept',
  methods: ['POST'],
  authLevel: 'anonymous',
  handler: acceptOfferHandler,
});
