import openWc from '@open-wc/eslint-config';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Text shown to people lives in locale files, never in element sources.
const hardCodedText = [
  {
    selector: 'Literal[value=/[\\u3400-\\u9fff]/]',
    message: 'Chinese text belongs in the locale files (locales/*.ts), not in element sources.',
  },
  {
    selector: 'TemplateElement[value.raw=/[\\u3400-\\u9fff]/]',
    message: 'Chinese text belongs in the locale files (locales/*.ts), not in element sources.',
  },
  {
    selector: 'TaggedTemplateExpression[tag.name="html"] TemplateElement[value.raw=/>[^<>]*[A-Za-z]{2,}[^<>]*</]',
    message: 'Visible text belongs in the locale files; use this.t().',
  },
  {
    selector:
      'TaggedTemplateExpression[tag.name="html"] TemplateElement[value.raw=/(aria-label|title|alt|placeholder)="[^"$]*[A-Za-z\\u3400-\\u9fff]/]',
    message: 'Text for screen readers belongs in the locale files; use this.t().',
  },
];

export default [
  {
    ignores: ['**/dist/**', '**/node_modules/**', 'storybook-static/**', '.cache/**', 'custom-elements.json'],
  },
  ...openWc,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      // TypeScript resolves imports (with the `source` condition); the import plugin cannot.
      'import-x/no-unresolved': 'off',
      'import-x/extensions': 'off',
      'import-x/no-extraneous-dependencies': 'off',
      'class-methods-use-this': 'off',
      'arrow-parens': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['packages/*/src/**/*.ts', 'kiosk/**/*.ts'],
    // The published calendars are data: each year carries the title of its State Council notice.
    // The traditional-to-simplified table is data too: characters, not text shown to anyone.
    ignores: [
      '**/locales/**',
      '**/test/**',
      '**/stories/**',
      'packages/hall-server/**',
      'packages/core/src/date/published-calendars.ts',
      'packages/service-guide/src/search/traditional.ts',
    ],
    rules: { 'no-restricted-syntax': ['error', ...hardCodedText] },
  },
  {
    files: ['**/test/**/*.ts', '**/stories/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['packages/hall-server/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off', 'no-await-in-loop': 'off', 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.mjs', 'scripts/**', 'test/bench/**', '*.config.*', 'storybook/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'import-x/no-extraneous-dependencies': 'off',
      'import-x/no-unresolved': 'off',
      'no-console': 'off',
      'arrow-parens': 'off',
    },
  },
];
