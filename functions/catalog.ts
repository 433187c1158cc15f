import { getCatalog } from '../shared/app/catalog';
import { catalog } from '../shared/http/operations';
import { ok } from '../shared/http/responses';
import { catalogView } from '../shared/http/views';
import { registerPublicHttp } from '../shared/register';

registerPublicHttp(catalog, async () => ok(catalog, catalogView(getCatalog())));
