import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Unit tests of the contract, the docs, the deployment files and the dev tooling rather than of a
 * rule of the business: they load the whole HTTP layer, tree-sitter or shellcheck, which costs more
 * than the rules themselves. `npm test` runs them; `npm run test:fast` (unit + usecase) leaves them out.
 */
const CHECKS = [
  'config',
  'contract',
  'docs',
  'docs-codes',
  'fault-options',
  'functions-core-version',
  'infra',
  'openapi',
  'replies',
  'route-order',
  'routes',
  'structure',
].map((name) => `test/unit/${name}.test.ts`);

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...CHECKS],
        },
      },
      {
        test: {
          name: 'checks',
          include: CHECKS,
        },
      },
      {
        test: {
          name: 'usecase',
          include: ['test/usecase/**/*.test.ts'],
          // One set of local services per worker (test/support/usecase.ts), shared by its files: each
          // file still works in a database, queue and clock of its own.
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'component',
          include: ['test/component/**/*.test.ts'],
          // One local stack for the run (Cosmos server, Azurite, email endpoint, Functions host).
          globalSetup: ['test/support/global-setup.ts'],
          pool: 'forks',
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
