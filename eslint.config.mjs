// Lint: type-aware TypeScript, React hooks, and Tulay's own rules (import boundaries,
// no literal UI text). Formatting is Prettier's job, so eslint-config-prettier comes last.
import { defineConfig } from 'eslint/config';
import { builtinRules } from 'eslint/use-at-your-own-risk';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier/flat';
import globals from 'globals';
import tulay from './eslint/index.mjs';

const root = import.meta.dirname;

// ESLint's own "recommended" set, read from the rules' metadata, as @eslint/js builds it
// (that package is not installed: ESLint 10 no longer ships it as a dependency).
const jsRecommended = {
  name: 'tulay/js-recommended',
  rules: Object.fromEntries(
    [...builtinRules]
      .filter(([, rule]) => rule.meta?.docs?.recommended && !rule.meta.deprecated)
      .map(([name]) => [name, 'error']),
  ),
};

export default defineConfig(
  {
    name: 'tulay/ignores',
    ignores: [
      'node_modules/',
      'out/',
      'dist/',
      'release/',
      'test-results/',
      'playwright-report/',
      '.bench/',
      'coverage/',
      '**/*.d.mts',
    ],
  },
  jsRecommended,
  tseslint.configs.recommendedTypeChecked,
  {
    name: 'tulay/typescript',
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // `onClick={async () => …}` is fine in JSX; promises in conditions and spreads are not.
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
    },
  },
  {
    name: 'tulay/plain-js',
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    name: 'tulay/react-hooks',
    files: ['renderer/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    name: 'tulay/boundaries',
    files: ['{renderer,domain,electron,catalogue}/**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    plugins: { tulay },
    rules: { 'tulay/import-boundaries': ['error', { root }] },
  },
  {
    name: 'tulay/ui-text',
    files: ['renderer/**/*.tsx'],
    plugins: { tulay },
    rules: { 'tulay/no-literal-ui-text': 'error' },
  },
  {
    // Enter in a select picks, never submits; a date is typed in one field, left with one Tab.
    name: 'tulay/shared-inputs',
    files: ['renderer/**/*.tsx'],
    plugins: { tulay },
    rules: { 'tulay/shared-inputs': 'error' },
  },
  {
    // The UTC day is yesterday in the Philippines until 08:00: "today" comes from localDay().
    name: 'tulay/local-day',
    files: ['{renderer,domain,electron,catalogue,tests}/**/*.{ts,tsx,mts}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name=/^(slice|substring|substr|split)$/][callee.object.callee.property.name=/^(toISOString|toJSON)$/]',
          message:
            'This is the day in UTC, not where the desk is: use localDay() from domain/localDay.ts.',
        },
      ],
    },
  },
  {
    name: 'tulay/tests',
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `expect(repo.save).toHaveBeenCalled()` passes a method unbound on purpose.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  prettier,
);
