import { app } from '@azure/functions';
import { offerByToken } from '../shared/app/delegation';
import { offerStatus } from '../shared/domain/delegation';
import { DomainError } from '../shared/domain/errors';
import { publicEndpoint } from '../shared/http/endpoint';
import { offerGonePage, offerPage as renderOfferPage } from '../shared/http/offer-pages';
import { offerPage } from '../shared/http/operations';
import { OFFER_TOKEN, tokenParam } from '../shared/http/parse';
import { html } from '../shared/http/responses';

/** The page behind the emailed link. Every answer is a page, errors included: a person reads it. */
export const offerPageHandler = publicEndpoint(offerPage, async ({ params, deps }) => {
  try {
    const token = tokenParam(params['token'], OFFER_TOKEN, 'offer');
    const context = await offerByToken(deps, token);
    const status = offerStatus(context.offer, deps.clock.now());
    return status === 'pending'
      ? html(200, renderOfferPage(context, token))
      : html(410, offerGonePage(status));
  } catch (error) {
    if (error instanceof DomainError && error.code === 'not_found')
      return html(404, offerGonePage('unknown'));
    throw error;
  }
});

app.http('offers-page', {
  route: 'offers/{token}',
  methods: ['GET'],
  authLevel: 'anonymous',
  handler: offerPageHandler,
});
