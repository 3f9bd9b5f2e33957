import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TEST_CODE = ['src/**/*.test.{ts,tsx}', 'src/testing/**', 'e2e/**', 'scripts/bench*.ts'];
const importResolver = fileURLToPath(new URL('./tooling/eslint-import-resolver.cjs', import.meta.url));

// Imports flow one way, checked on the file each import resolves to (so `@/features/x` and
// `../../x` alike): shared code, then features, then what composes them (the app, and the boot
// code that paints the first screen before React loads). A feature never imports another.
const architecture = {
  plugins: { boundaries },
  settings: {
    'import/resolver': { [importResolver]: {} },
    'boundaries/include': ['src/**/*'],
    'boundaries/elements': [
      { type: 'shared', pattern: 'src/{components,lib,config,hooks}/**', partialMatch: false },
      { type: 'feature', pattern: 'src/features/*/**', partialMatch: false, capture: ['feature'] },
      { type: 'app', pattern: 'src/app/**', partialMatch: false },
      { type: 'boot', pattern: 'src/boot/**', partialMatch: false },
      { type: 'testing', pattern: 'src/testing/**', partialMatch: false },
    ],
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'allow',
        policies: [
          {
            from: { element: { type: 'shared' } },
            disallow: { to: { element: { type: ['feature', 'app', 'boot'] } } },
            message: 'Shared code does not import features, the app or the boot code.',
          },
          {
            from: { element: { type: 'feature' } },
            disallow: { to: { element: { type: ['app', 'boot'] } } },
            message: 'A feature does not import the app or the boot code: compose them in src/app.',
          },
          {
            from: { element: { type: 'feature' } },
            disallow: { to: { element: { type: 'feature', captured: { feature: '!{{ from.element.captured.feature }}' } } } },
            message: 'A feature does not import another feature: compose them in src/app.',
          },
          {
            // The boot chunk paints the header and summary before React: pure pieces only, no
            // hooks, no app (it loads the app's entry, src/main.tsx, by a dynamic import).
            from: { element: { type: 'boot' } },
            disallow: { to: [{ element: { type: 'feature', path: '**/hooks/**' } }, { element: { type: 'app' } }] },
            message: 'The boot code paints before React: it takes no hooks and nothing of the app but its entry.',
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist', '.bench-dist', 'node_modules', 'test-results', 'playwright-report', 'docs'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended, jsxA11y.flatConfigs.recommended],
    languageOptions: { ecmaVersion: 2022 },
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
  // Each file gets the globals of where it runs (tsconfig.*.json draw the same lines): the app the
  // browser's, the server code and scripts Node's, the tests and the Playwright code both.
  { files: ['src/**'], ignores: [...TEST_CODE], languageOptions: { globals: globals.browser } },
  { files: ['**/*.{ts,tsx,js,cjs}'], ignores: ['src/**', ...TEST_CODE], languageOptions: { globals: globals.node } },
  { files: TEST_CODE, languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  { files: ['src/**'], ...architecture },
  {
    files: ['sample-api/**', 'scripts/**', 'e2e/**', 'deploy/**', '*.config.ts'],
    rules: { 'no-console': 'off' },
  },
);
