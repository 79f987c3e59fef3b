// ESLint: the recommended rules of ESLint, typescript-eslint (type-checked) and eslint-plugin-svelte.
// `npm run lint`. Formatting is Prettier's job (`npm run format:check`), not ESLint's.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default defineConfig(
  globalIgnores(['dist*/', 'build/', 'coverage/', 'node_modules/', 'test-results/', 'reports/', '.stryker-tmp/', 'tests/fixtures/']),
  js.configs.recommended,
  ts.configs.recommendedTypeChecked,
  svelte.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        // One TypeScript program for .ts and .svelte files: each must be in tsconfig.json's
        // include (a new root config file too).
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.svelte'],
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, svelteConfig } },
  },
  {
    // Plain JavaScript config files are outside tsconfig.json: no type information for them.
    files: ['**/*.js'],
    extends: [ts.configs.disableTypeChecked],
  },
  {
    files: ['**/*.svelte'],
    rules: {
      // The linter's TypeScript program cannot read .svelte files, so every imported component's
      // props are `any` to it and a callback prop's parameters look unsafe. svelte-check
      // (`npm run check`) type-checks the markup with the components' real types instead.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // `{' '}` and `{'. '}` are deliberate: they keep a space (or a screen-reader pause) that
      // markup on one line would otherwise lose or a formatter could move.
      'svelte/no-useless-mustaches': 'off',
    },
  },
  {
    files: ['tests/**', '**/*.test.ts'],
    rules: {
      // Tests read JSON files, page.evaluate results and fixtures as `any` on purpose and check
      // the shape with assertions (a written `any` still needs its eslint-disable comment); stubs
      // of async APIs are async functions without await; and tests save prototype methods
      // (Storage.prototype.setItem) to restore them afterwards.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/unbound-method': 'off',
      // Fixtures are built loosely on purpose (a lesson file with a field broken, a fetch stub):
      // `any` and belt-and-braces casts there say what the test means, not what the code does.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      'no-regex-spaces': 'off',
    },
  },
  {
    rules: {
      // `_` (or `_name`) marks a binding that is there on purpose and not used: a property left
      // out of a rest object (`const { id: _, ...rest } = x`), a parameter kept for its position.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
);
