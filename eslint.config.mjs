import eslint from '@eslint/js';
import vitest from '@vitest/eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.local/',
      'coverage/',
      'docs/examples/out/',
      'docs/examples/keycard-api.d.ts',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Type-aware rules: a promise nobody awaits, one passed where nothing awaits it, an await on a
    // value that is no promise, a switch that forgets a case of a union: each is a bug the types show.
    files: ['**/*.ts', '**/*.mts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // The rules of the business stay free of Azure and of I/O (docs/architecture.md: Layout).
    files: ['shared/domain/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@azure/*', '**/adapters/**', '**/app/**', '**/http/**', 'node:fs*', 'node:http*'],
              message: 'domain code is pure',
            },
            {
              group: ['**/runtime', '**/dev/**', '**/register'],
              message: 'the domain is given what it needs; only the composition root builds things',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/app/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@azure/*', '**/adapters/**'], message: 'use cases get their ports as arguments' },
            {
              group: ['**/runtime', '**/dev/**', '**/register', '**/http/**'],
              message:
                'use cases get their ports as arguments, from the composition root (shared/runtime.ts)',
            },
          ],
        },
      ],
    },
  },
  {
    // Handlers are given their ports (shared/register.ts); the contract's code reaches no global.
    files: ['shared/http/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/runtime', '**/register', '**/adapters/**', '**/dev/**'],
              message: 'the endpoint is given its ports by shared/register.ts',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    plugins: { vitest },
    rules: {
      ...vitest.configs.recommended.rules,
      // A test must be able to fail: every expectation awaited, every test asserting something.
      'vitest/valid-expect': ['error', { alwaysAwait: true, maxArgs: 2 }],
      'vitest/expect-expect': ['error', { assertFunctionNames: ['expect', 'expectProblem', 'fc.assert'] }],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
