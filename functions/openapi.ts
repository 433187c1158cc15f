import { buildOpenApiDocument } from '../shared/http/openapi';
import { ALL_OPERATIONS, openapi } from '../shared/http/operations';
import { content, json } from '../shared/http/responses';
import { registerPublicHttp } from '../shared/register';

/** Generated once per process from the descriptors: the document is the contract as enforced. */
let document: Record<string, unknown> | undefined;

registerPublicHttp(openapi, async () =>
  content(openapi, json(200, (document ??= buildOpenApiDocument(ALL_OPERATIONS)))),
);
