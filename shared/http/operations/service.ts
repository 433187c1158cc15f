import { Catalog, Health } from '../schemas';
import { defineOperation } from '../operation';

/** Service: the operations of this part of the contract (docs/api.md). */
export const health = defineOperation({
  name: 'health',
  method: 'GET',
  route: 'health',
  tag: 'Service',
  summary: 'Service health',
  description: 'Answers 503 with status "degraded" when the store cannot be reached.',
  allow: 'anyone',
  responses: [
    { status: 200, description: 'The service and its store answer', schema: Health, name: 'Health' },
    {
      status: 503,
      description: 'Degraded: the settings are unusable or the store does not answer; the body says which',
      schema: Health,
      name: 'Health',
    },
  ],
  errors: [],
  withoutStore: true,
});

export const openapi = defineOperation({
  name: 'openapi',
  method: 'GET',
  route: 'openapi.json',
  tag: 'Service',
  summary: 'This OpenAPI 3.1 document',
  allow: 'anyone',
  responses: [
    {
      status: 200,
      description: 'The OpenAPI document, generated from the validating schemas',
      contentType: 'application/json',
    },
  ],
  errors: [],
  withoutStore: true,
});

export const catalog = defineOperation({
  name: 'catalog',
  method: 'GET',
  route: 'catalog',
  tag: 'Service',
  summary: 'Products sold and countries where the service is offered',
  allow: 'anyone',
  responses: [{ status: 200, description: 'The catalog', schema: Catalog, name: 'Catalog' }],
  errors: [],
  withoutStore: true,
});

export const consoleAssets = defineOperation({
  name: 'console',
  method: 'GET',
  route: 'console/{*asset}',
  tag: 'Service',
  summary: 'The partner console (a web page, its script and style)',
  description:
    'GET /console/ is the console: sign in with the partner token (kept in the browser tab only), redeem ' +
    'keys in the wizard, see customers. Served with a strict Content-Security-Policy.',
  allow: 'anyone',
  responses: [{ status: 200, description: 'The console page or one of its files', contentType: 'text/html' }],
  errors: ['not_found'],
  withoutStore: true,
});
