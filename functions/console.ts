import { consoleAsset } from '../shared/http/console-assets';
import { consoleAssets } from '../shared/http/operations';
import { content } from '../shared/http/responses';
import { registerPublicHttp } from '../shared/register';

/** The partner console's page and files (built into dist/console by npm run build). */
registerPublicHttp(consoleAssets, async ({ params }) =>
  content(consoleAssets, consoleAsset(params['asset'])),
);
