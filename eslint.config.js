import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';

export default tseslint.config(
  { ignores: ['dist', '.bench-dist', 'node_modules', 'test-results', 'playwright-report', 'docs'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended, jsxA11y.flatConfigs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'API data is rendered as text only.',
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // Imports flow one way: shared code (components, lib, config), then features, then app.
  // A feature never imports another; the app's routes compose them.
  ...['ask', 'auth', 'conversation', 'followups', 'inbox', 'outcomes', 'recordings'].map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@/features/*', `!@/features/${feature}`, '@/app/*'], message: 'A feature does not import another feature or the app: compose them in src/app.' }] }],
    },
  })),
  {
    files: ['src/components/**', 'src/lib/**', 'src/config/**', 'src/hooks/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@/features/*', '@/app/*'], message: 'Shared code does not import features or the app.' }] }],
    },
  },
  {
    files: ['sample-api/**', 'scripts/**', 'e2e/**', 'deploy/**', '*.config.ts'],
    rules: { 'no-console': 'off' },
  },
);
