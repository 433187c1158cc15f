import { app } from '@azure/functions';
import { SKUS, SUPPORTED_COUNTRIES } from '../shared/domain/catalog';
import { publicEndpoint } from '../shared/http/endpoint';
import { catalog } from '../shared/http/operations';
import { json } from '../shared/http/responses';

export const getCatalog = publicEndpoint(catalog, async () =>
  json(200, { skus: SKUS, countries: SUPPORTED_COUNTRIES }),
);

app.http('catalog', { route: 'catalog', methods: ['GET'], authLevel: 'anonymous', handler: getCatalog });
