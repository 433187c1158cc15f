import {
  CreatePartnerRequest,
  PartnerView,
  PartnerWithToken,
  TokenView,
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
      headers: ['location'],
    },
  ],
  errors: ['invalid_text', 'partner_exists'],
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

export const partnersUpdate = defineOperation({
  name: 'partners-update',
  method: 'PATCH',
  route: 'partners/{id}',
  tag: 'Partners',
  summary: "Change a partner's name, email or Cloud Essentials enrolment",
  allow: ['operator'],
  body: { name: 'UpdatePartnerRequest', schema: UpdatePartnerRequest },
  responses: [{ status: 200, description: 'The updated partner', schema: PartnerView, name: 'Partner' }],
  errors: ['invalid_text', 'not_found'],
});

export const partnersTokensCreate = defineOperation({
  name: 'partners-tokens-create',
  method: 'POST',
  route: 'partners/{id}/tokens',
  tag: 'Partners',
  summary: 'Issue a new partner token; earlier tokens stop working',
  allow: ['operator'],
  responses: [
    { status: 201, description: 'The new token, shown only once', schema: TokenView, name: 'Token' },
  ],
  errors: ['not_found'],
});
