// The app as it ships: every functions/*.ts and what it imports (the Azure SDKs, zod, the app's own
// code) bundled by esbuild into dist/app/main.js, the file package.json `main` names. One file to
// read and compile instead of about a thousand modules to resolve, read and wrap: that is most of a
// cold start (bench/README.md measures it). `npm run build` writes it, so the local stack, the tests
// and infra/package.sh all load this same file.
//
// - ESM sources in, CommonJS out: esbuild tree-shakes the packages' ESM builds, which it cannot do
//   with their CommonJS ones.
// - `@azure/functions-core` stays outside: the Functions worker provides it at run time.
// - `import.meta.url` (used by the Storage SDK's CRC64 module) is this file's URL.
// - The source map has no sources' text, only positions: Node reads it at start-up when source maps
//   are on, and a smaller map is read faster. Names are kept (`keepNames`), so a stack trace names
//   its functions even without the map.
// - The managed identity is a file of its own, dist/app/identity.js, loaded at the first token request
//   (shared/adapters/identity.ts): @azure/identity and MSAL are a fifth of the code and only Azure
//   uses them.
// - It exports the composition root's `createRuntime` and the app's `useRuntime` (the Functions
//   worker ignores a main module's exports): the local stack builds the bundle's own runtime with its
//   clock and store wrapper and passes it to the app instance it loaded, so the code under test is
//   the bundle's, adapters included.
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const functionFiles = readdirSync(join(root, 'functions'))
  .filter((name) => name.endsWith('.ts'))
  .sort();

const out = join(root, 'dist', 'app');
rmSync(out, { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['@azure/functions-core'],
  define: { 'import.meta.url': '__keycardModuleUrl' },
  banner: { js: 'var __keycardModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
  minify: true,
  keepNames: true,
  sourcemap: true,
  sourcesContent: false,
  legalComments: 'linked',
  logLevel: 'warning',
};

// The managed identity (@azure/identity and MSAL): a file of its own, loaded at the first token
// request in Azure (shared/adapters/identity.ts); the app's import of it points at that file.
await build({
  ...common,
  entryPoints: [join(root, 'shared', 'adapters', 'managed-identity.ts')],
  outfile: join(out, 'identity.js'),
});

await build({
  ...common,
  stdin: {
    contents: [
      ...functionFiles.map((name) => `import './functions/${name}';`),
      "export { createRuntime } from './shared/runtime';",
      "export { useRuntime } from './shared/register';",
    ].join('\n'),
    resolveDir: root,
    sourcefile: 'keycard-app.ts',
    loader: 'ts',
  },
  outfile: join(out, 'main.js'),
  plugins: [
    {
      name: 'identity-apart',
      setup(build) {
        build.onResolve({ filter: /^\.\/managed-identity\.js$/ }, () => ({
          path: './identity.js',
          external: true,
        }));
      },
    },
  ],
});
