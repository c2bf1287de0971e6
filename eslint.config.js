// Lint is also the house's building code: the import rules below keep every layer in its place
// (docs/ARCHITECTURE.md), so a wrong arrow fails CI instead of waiting for review.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'crypto',
  'child_process',
  'worker_threads',
  'net',
  'http',
  'https',
  'stream',
  'url',
  'buffer',
  'zlib',
  'better-sqlite3-multiple-ciphers',
  'ws',
];

/** One `no-restricted-imports` rule per folder, listing the layers it must not reach. */
function forbid(files, patterns, extra = []) {
  return {
    files,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' },
          ],
          patterns: [
            ...patterns.map((p) => ({
              group: [`**/${p}`, `**/${p}/**`, `./${p}`, `./${p}/**`],
              message: `This layer must not import ${p} (see docs/ARCHITECTURE.md).`,
            })),
            ...extra,
          ],
        },
      ],
    },
  };
}

const layer = (p) => `core/${p}`;

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'electron/core/protocol/gen/**',
      'test-results/**',
      'playwright-report/**',
      'reports/**',
      '.localnet/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: NODE_BUILTINS.filter((n) => !n.includes('*'))
            .map((name) => ({
              name,
              message: 'The renderer has no Node: ask the core through the bridge.',
            }))
            .concat([{ name: 'electron', message: 'The renderer has no Electron: use window.shallot.' }]),
          patterns: [
            { group: ['node:*'], message: 'The renderer has no Node: ask the core through the bridge.' },
            {
              group: ['**/electron/**', '!**/electron/bridge', '!**/electron/bridge/**'],
              message: 'The renderer may only import from electron/bridge.',
            },
            {
              group: ['**/electron/bridge', '**/electron/bridge/**'],
              allowTypeImports: true,
              message: 'The renderer may import only types from electron/bridge.',
            },
          ],
        },
      ],
    },
  },
  forbid(
    ['electron/core/crypto/**'],
    [layer('protocol'), 'protocol', 'network', 'store', 'services', 'api', 'bridge'],
  ),
  forbid(['electron/core/protocol/**'], ['network', 'store', 'services', 'api', 'bridge']),
  forbid(['electron/core/network/**'], ['store', 'services', 'api', 'bridge']),
  forbid(['electron/core/store/**'], ['network', 'services', 'api', 'bridge']),
  forbid(['electron/core/services/**'], ['api', 'bridge']),
  forbid(['electron/core/api/**', 'electron/bridge/**', 'electron/host/**', 'electron/cli/**'], []),
  forbid(['localnet/**'], ['network', 'store', 'services', 'api', 'bridge', 'host', 'main', 'preload']),
  {
    files: ['electron/main/**', 'electron/preload/**'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    files: ['electron/host/browser/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['test/**', 'e2e/**', 'bench/**', 'scripts/**', '.ci/**', 'localnet/cli.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // Playwright fixtures without dependencies must be declared with an empty pattern.
    files: ['e2e/fixtures/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
);
