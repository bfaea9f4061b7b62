// Lint: TypeScript rules, and the layer rule — where code runs is visible in its path.
// electron/core is plain Node (no 'electron'), renderer is DOM only (no Node), shared is neither.
import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Components still to move into the catalogues; each area leaves this list as it does.
const untranslated = [
];

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'worker_threads', 'http', 'url'];

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'out', 'reports', 'test-results', 'playwright-report', 'bench/.work'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['electron/core/**', 'electron/cli/**', 'electron/host/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'The core, CLI and host run under plain Node: no Electron here.' }] }],
      // A deferred transaction that turns into a write cannot wait for another writer (the CLI
      // beside the app) and fails with "database is locked": writes begin IMMEDIATE.
      'no-restricted-syntax': ['error', {
        selector: "CallExpression[arguments.length=0] > CallExpression.callee[callee.property.name='transaction']",
        message: 'Run write transactions with .immediate() so that they wait for another writer.',
      }],
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: [...nodeBuiltins, 'electron', 'better-sqlite3', '**/electron/**'], message: 'The renderer knows the API contract and nothing of Node.' }] }],
    },
  },
  {
    // What the interface says comes from the catalogues (shared/i18n/locales): no words in JSX.
    files: ['renderer/src/**/*.tsx'],
    ignores: untranslated,
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': ['error', {
        mode: 'jsx-only',
        'jsx-attributes': { include: ['title', 'label', 'placeholder', 'alt', 'aria-label', 'aria-description', 'aria-valuetext', 'aria-roledescription'] },
        // Symbols and icons, the address placeholder, the app's name; 🗑 is the remove button's icon.
        words: { exclude: ['[0-9!-/:-@[-`{-~\\s·…×—–→←↑↓⇅▲▼✓✕]+', 'https://…', 'Gloss', '🗑'] },
      }],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: [...nodeBuiltins, 'electron', 'react', '**/electron/**', '**/renderer/**'], message: 'shared/ runs on both sides: no Node, no DOM, no Electron.' }] }],
    },
  },
);
