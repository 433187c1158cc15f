// Before `tsc`: removes compiled files whose TypeScript source is gone (a renamed or deleted function).
// Incremental tsc never deletes outputs, and a stale dist/functions/*.js would still be loaded through
// package.json `main`, locally and in the deployment package.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');

function prune(folder) {
  if (!existsSync(folder)) return;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      prune(path);
      continue;
    }
    const compiled = /\.(js|d\.ts|js\.map|mjs|mjs\.map)$/.exec(entry.name);
    if (!compiled) continue;
    const base = relative(dist, path)
      .replace(/\.(js|d\.ts|js\.map)$/, '')
      .replace(/\.(mjs|mjs\.map)$/, '');
    const sources = compiled[1].startsWith('mjs') ? [`${base}.mts`] : [`${base}.ts`, `${base}.mts`];
    if (!sources.some((source) => existsSync(join(root, source)))) rmSync(path);
  }
}

for (const folder of ['functions', 'shared', 'dev', 'bench', 'test']) prune(join(dist, folder));
