/**
 * `npm run lint` (part of `npm test`), with dependency-cruiser's loop check after it:
 * typescript-eslint's recommended rules and the layer boundaries, checked on resolved paths, so
 * the UI's `@contracts/*` and `@domain/*` aliases count as the files they name
 * (docs/decisions/0021-lint-and-boundaries.md).
 */
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const FORGE = { group: ['@forge/*'], message: 'Only src/adapters and src/resolvers talk to Forge.' };
const NODE = { group: ['node:*'], message: 'The domain does no I/O: pass what it needs in.' };

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'static/*/build/', 'coverage/'] },
  // `declare global { var ... }` carries `no-var` disables that this rule set does not need.
  { linterOptions: { reportUnusedDisableDirectives: 'off' } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,mjs,js,cjs}'],
    plugins: { 'import-x': importX },
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    settings: {
      'import-x/resolver-next': [
        // Each tree with its own tsconfig: the root one for src/, dev/ and test/, static/'s for its aliases.
        createTypeScriptImportResolver({ project: ['tsconfig.json', 'static/tsconfig.json'], alwaysTryTypes: true, noWarnOnMultipleProjects: true }),
      ],
    },
    rules: {
      // A boundary is only checked on an import that resolves: an unresolved one must fail too.
      'import-x/no-unresolved': 'error',
      // Import loops are dependency-cruiser's (.dependency-cruiser.cjs): import-x/no-cycle skips type-only imports.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/domain',
              from: './',
              except: ['./src/domain', './node_modules'],
              message: 'src/domain is pure: it imports only src/domain (and pure libraries).',
            },
            {
              target: './src/application',
              from: ['./src/adapters', './src/resolvers'],
              message: 'Use cases reach adapters through ports (src/application/ports).',
            },
            {
              target: './static',
              from: './src',
              except: ['./contracts', './domain'],
              message: 'The UI shares only src/contracts and src/domain with the server.',
            },
            {
              target: ['./src', './static'],
              from: './dev',
              message: 'Nothing in src/ or static/ imports the local host or dev tools.',
            },
          ],
        },
      ],
    },
  },
  {
    rules: {
      // A leading underscore names what is left out on purpose (`const { id: _id, ...rest } = x`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // src/contracts/text.ts strips control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    // Tests reach into answers with `as any`, load modules lazily, and build odd Unicode on purpose.
    files: ['test/**', '**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-require-imports': 'off',
      'no-misleading-character-class': 'off',
    },
  },
  {
    // The resolver table's payload default (issue 11 point 2 reworks this file).
    files: ['src/resolvers/define-resolver.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/domain/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [FORGE, NODE] }] },
  },
  {
    files: ['src/application/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [FORGE] }] },
  },
  {
    // The build, manifest and host scripts run in Node.
    files: ['dev/**/*.mjs', '**/*.cjs', 'jest.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly', URL: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
