import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'storybook-static', 'node_modules', 'coverage', 'demo/dist'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', 'i18next', 'react-i18next', '@tanstack/*', '../react/*', '../react-query/*'] }],
    },
  },
  {
    // On the normalizer's path an object spread that later gains members costs V8 ~1.5 µs
    // (measured with npm run bench): name the members instead. The store is not on that path.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/store.ts'],
    rules: {
      'no-restricted-syntax': ['error', { selector: 'ObjectExpression > SpreadElement', message: 'No object spread on the normalizer path: list the members (see eslint.config.js).' }],
    },
  },
);
