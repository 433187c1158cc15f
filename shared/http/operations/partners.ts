import {
  CreatePartnerRequest,
  pageOf,
  PageQuery,
  PartnerView,
  PartnerWithToken,
  TokenView,
  UpdateOwnPartnerRequest,
  UpdatePartnerRequest,
} from '../schemas';
import { defineOperation } from '../operation';

/** Partners: the operations of this part of the contract (docs/api.md). */
export const partnersCreate = defineOperation({
  name: 'partners-create',
  method: 'POST',
  route: 'partners',
  tag: 'Partners',
  summary: 'Register a partner',
  description: 'The token in the response is shown only once; it is stored only as a keyed hash.',
  allow: ['operator'],
  body: { name: 'CreatePartnerRequest', schema: CreatePartnerRequest },
  responses: [
    {
      status: 201,
      description: 'The partner and its token',
      schema: PartnerWithToken,
      name: 'PartnerWithToken',
      headers: ['location', 'cache-control'],
    },
  ],
  errors: ['invalid_text', 'unsupported_language', 'partner_exists'],
});

export const partnersList = defineOperation({
  name: 'partners-list',
  method: 'GET',
  route: 'partners',
  tag: 'Partners',
  summary: 'The registered partners, newest first',
  description: 'Newest registration first (never a token). Read from one partition: the partner directory.',
  allow: ['operator'],
  query: PageQuery,
  responses: [
    { status: 200, description: 'A page of partners', schema: pageOf(PartnerView), name: 'PartnerPage' },
  ],
  errors: ['invalid_continuation_token'],
});

export const partnersMe = defineOperation({
  name: 'partners-me',
  method: 'GET',
  route: 'partners/me',
  tag: 'Partners',
  summary: 'The calling partner',
  allow: ['partner'],
  responses: [
    {
      status: 200,
      description: 'The partner (never its token)',
      schema: PartnerView,
      name: 'Partner',
    },
  ],
  errors: [],
});

/**
 * Named so it comes before "partners-update" (PATCH `partners/{id}`): Azure tries HTTP routes in the
 * order of the function names, and that one would answer its requests
 * (test/component/registrations.test.ts).
 */
export const partnersMeUpdate = defineOperation({
  name: 'partners-me-update',
  method: 'PATCH',
  route: 'partners/me',
  tag: 'Partners',
  summary: 'Change the language the calling partner is written to in',
  description: 'Emails to the partner are written in this language from the next one on.',
  allow: ['partner'],
  body: { name: 'UpdateOwnPartnerRequest', schema: UpdateOwnPartnerRequest },
  responses: [
    { status: 200, description: 'The partner (never its token)', schema: PartnerView, name: 'Partner' },
  ],
  errors: ['unsupported_language'],
});

/**
 * Not "partners-get": Azure tries HTTP routes in the order of the function names, and a
 * `partners/{id}` named "partners-get" would come before "partners-me" and answer its requests
 * (test/component/registrations.test.ts).
 */
export const partnersRead = defineOperation({
  name: 'partners-read',
  method: 'GET',
  route: 'partners/{id}',
  tag: 'Partners',
  summary: 'A partner, by its internal id',
  description: 'Where POST /partners points (Location). Never the token.',
  allow: ['operator'],
  responses: [
    { status: 200, description: 'The partner', schema: PartnerView, name: 'Partner', headers: ['etag'] },
  ],
  errors: ['not_found'],
});

export const partnersUpdate = defineOperation({
  name: 'partners-update',
  method: 'PATCH',
  route: 'partners/{id}',
  tag: 'Partners',
  summary: "Change a partner's name, email or Cloud Essentials enrolment",
  allow: ['operator'],
  body: { name: 'UpdatePartnerRequest', schema: UpdatePartnerRequest },
  responses: [
    {
      status: 200,
      description: 'The updated partner',
      schema: PartnerView,
      name: 'Partner',
      headers: ['etag'],
    },
  ],
  errors: ['invalid_text', 'not_found', 'precondition_failed'],
});

export const partnersTokensCreate = defineOperation({
  name: 'partners-tokens-create',
  method: 'POST',
  route: 'partners/{id}/tokens',
  tag: 'Partners',
  summary: 'Issue a new partner token; earlier tokens stop working',
  allow: ['operator'],
  responses: [
    {
      status: 201,
      description: 'The new token, shown only once',
      schema: TokenView,
      name: 'Token',
      headers: ['location', 'cache-control'],
    },
  ],
  errors: ['not_found'],
});
