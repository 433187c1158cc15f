import { consoleAsset } from '../shared/http/console-assets';
import { consoleAssets } from '../shared/http/operations';
import { registerPublicHttp } from '../shared/register';

/** The partner console's page and files (built into dist/console by npm run build). */
registerPublicHttp(consoleAssets, async ({ params }) => consoleAsset(params['asset']));
