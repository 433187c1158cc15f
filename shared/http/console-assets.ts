import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../domain/errors';
import { html, type Reply } from './responses';
import { ROUTE_PREFIX } from './routes';

/**
 * The console's files, built by `npm run build` (esbuild) into dist/console and shipped in the
 * package beside the functions. Read once per process. Only the few names the build writes are
 * served; anything else is a 404.
 */
const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  map: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
};
const NAMES = /^(index\.html|app\.js|app\.js\.map|console\.css|favicon\.svg)$/;
const CONSOLE_BASE = `/${ROUTE_PREFIX}/console/`;

/**
 * dist/console: beside the bundle (dist/app/main.js, what ships), or from a module of its own
 * (dist/shared/http compiled, shared/http in tests from source).
 */
function folder(): string {
  const candidates = [
    join(__dirname, '..', 'console'),
    join(__dirname, '..', '..', 'console'),
    join(__dirname, '..', '..', 'dist', 'console'),
  ];
  const found = candidates.find((path) => existsSync(join(path, 'app.js')));
  if (!found) throw new Error('The console is not built: run "npm run build".');
  return found;
}

const cache = new Map<string, string>();

function read(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    const path = join(folder(), name);
    // The package leaves source maps out: a map that is not there is a 404, not an error.
    if (!existsSync(path)) throw new DomainError('not_found', 'No such file of the console.');
    text = readFileSync(path, 'utf8');
    // Absolute addresses, so /console and /console/ both load the same files.
    if (name === 'index.html')
      text = text
        .replaceAll('href="console.css"', `href="${CONSOLE_BASE}console.css"`)
        .replaceAll('href="favicon.svg"', `href="${CONSOLE_BASE}favicon.svg"`)
        .replaceAll('src="app.js"', `src="${CONSOLE_BASE}app.js"`);
    cache.set(name, text);
  }
  return text;
}

export function consoleAsset(asset: string | undefined): Reply {
  const name = asset ? asset : 'index.html';
  if (!NAMES.test(name)) throw new DomainError('not_found', 'No such file of the console.');
  if (name === 'index.html') return html(200, read(name), { scriptSrc: ["'self'"], styleSrc: ["'self'"] });
  const type = TYPES[name.split('.').pop() as string] as string;
  return {
    status: 200,
    body: read(name),
    headers: { 'content-type': type, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' },
  };
}
