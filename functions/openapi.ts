import { app } from '@azure/functions';
import { publicEndpoint } from '../shared/http/endpoint';
import { buildOpenApiDocument } from '../shared/http/openapi';
import { ALL_OPERATIONS, openApiDocument } from '../shared/http/operations';
import { json } from '../shared/http/responses';

let document: Record<string, unknown> | undefined;

export const getOpenApiDocument = publicEndpoint(openApiDocument, async () => {
  document ??= buildOpenApiDocument(ALL_OPERATIONS);
  return json(200, document);
});

app.http('openapi', {
  route: 'openapi.json',
  methods: ['GET'],
  authLevel: 'anonymous',
  handler: getOpenApiDocument,
});
