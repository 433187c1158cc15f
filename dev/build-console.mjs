// The partner console: console/*.ts bundled by esbuild into dist/console/app.js (with its source
// map), beside index.html and console.css. Part of `npm run build`, so what the tests load is what
// the package ships.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const out = join(root, 'dist', 'console');
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [join(root, 'console', 'main.ts')],
  outfile: join(out, 'app.js'),
  bundle: true,
  format: 'iife',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  logLevel: 'warning',
});
for (const file of ['index.html', 'console.css', 'favicon.svg'])
  copyFileSync(join(root, 'console', file), join(out, file));
