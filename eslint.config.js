// Lint is also the house's building code. The import zones below say, for each folder, what it may
// import (an allow-list: anything not named is an error), so a wrong arrow between layers fails CI
// instead of waiting for review; test/lint/ proves each zone and cap fires. See docs/ARCHITECTURE.md.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import importZones from './scripts/eslint-import-zones.mjs';

/** Every Node built-in, bare and with the `node:` scheme (`events`, `util`, `fs/promises`, …). */
const NODE = [...new Set(builtinModules.flatMap((m) => (m.startsWith('node:') ? [m] : [m, `node:${m}`])))];

/** The core's cross-cutting files; other root files of electron/core count as nothing special. */
const CROSS_CUTTING = ['./electron/core/errors', './electron/core/log', './electron/core/version'];
const layer = (name) => `./electron/core/${name}/**`;
/** Pure libraries any core layer may use (encodings, schemas). */
const CORE_LIBS = ['zod', 'bip39', 'protobufjs', 'protobufjs/*', '@bokuweb/zstd-wasm'];
const RENDERER_LIBS = [
  'react',
  'react/*',
  'react-dom',
  'react-dom/*',
  'zustand',
  'zustand/*',
  '@tanstack/react-virtual',
  'emoji-picker-react',
];

/** One zone: the files it covers and what they may import. */
function zone(name, files, allow, extra = {}) {
  return {
    files,
    ...(extra.ignores ? { ignores: extra.ignores } : {}),
    plugins: { shallot: importZones },
    rules: {
      'shallot/import-zones': [
        'error',
        {
          zone: name,
          allow,
          ...(extra.allowTypes ? { allowTypes: extra.allowTypes } : {}),
          note: extra.note,
        },
      ],
    },
  };
}

const coreLayer = (name, below, libs = []) =>
  zone(
    `core/${name}`,
    [`electron/core/${name}/**`],
    [...CROSS_CUTTING, ...[name, ...below].map(layer), ...CORE_LIBS, ...libs, ...NODE],
    {
      note: `core/${name} may import only ${[name, ...below].join(', ')}, the cross-cutting files and its libraries (api → services → {network, store} → {protocol, crypto}); never electron or a host.`,
    },
  );

const ZONES = [
  zone('bridge', ['electron/bridge/**'], ['zod', './electron/bridge/**'], {
    note: 'the bridge contract may import only zod and itself: every side imports it, so it must run everywhere.',
  }),
  zone('core root', ['electron/core/*.ts'], [...CROSS_CUTTING, './package.json', ...NODE], {
    note: "the core's root files are cross-cutting (errors, log, version) and import only each other (and the package's version).",
  }),
  // libsodium only behind the crypto layer's backend seam (crypto/backend/): everything else calls
  // the typed crypto functions, so both builds (N-API and wasm) stay interchangeable.
  coreLayer('crypto', [], ['libsodium-wrappers-sumo', 'sodium-native']),
  coreLayer('protocol', ['crypto']),
  coreLayer('network', ['protocol', 'crypto']),
  coreLayer('store', ['protocol', 'crypto'], ['better-sqlite3-multiple-ciphers']),
  coreLayer('services', ['network', 'store', 'protocol', 'crypto'], ['qrcode']),
  zone(
    'core/api',
    ['electron/core/api/**'],
    [
      ...CROSS_CUTTING,
      ...['api', 'services', 'network', 'store', 'protocol', 'crypto'].map(layer),
      './electron/bridge/**',
      ...CORE_LIBS,
      ...NODE,
    ],
    { note: 'core/api may import the layers below it and the bridge contract; never electron or a host.' },
  ),
  zone(
    'host',
    ['electron/host/**'],
    ['./electron/core/**', './electron/bridge/**', './electron/host/**', 'ws', 'zod', ...NODE],
    {
      ignores: ['electron/host/browser/**'],
      note: 'hosts wrap the core; they never import electron, the renderer or localnet.',
    },
  ),
  zone('host/browser', ['electron/host/browser/**'], ['./electron/bridge/**', './electron/host/browser/**'], {
    note: "the web host's browser script runs in the page: the bridge contract only, no Node.",
  }),
  zone(
    'cli',
    ['electron/cli/**'],
    [
      './electron/cli/**',
      './electron/core/**',
      './electron/bridge/**',
      './electron/host/args',
      './electron/host/paths',
      ...NODE,
    ],
    {
      note: 'the CLI runs the core in-process; no electron.',
    },
  ),
  zone(
    'main',
    ['electron/main/**'],
    ['electron', './electron/main/**', './electron/bridge/**', './electron/host/**', ...NODE],
    {
      note: 'the Electron main process relays to the core worker and never runs core code on its thread.',
    },
  ),
  zone('preload', ['electron/preload/**'], ['electron', './electron/preload/**', './electron/bridge/**'], {
    note: 'the preload exposes the bridge and nothing else.',
  }),
  zone('renderer', ['src/**'], [...RENDERER_LIBS, './src/**'], {
    allowTypes: ['./electron/bridge/**'],
    note: 'the renderer has no Node and no Electron: it imports only types from electron/bridge and talks to the core through the bridge it is given.',
  }),
  zone(
    'localnet',
    ['localnet/**'],
    [
      './localnet/**',
      ...CROSS_CUTTING,
      layer('crypto'),
      layer('protocol'),
      ...CORE_LIBS,
      'better-sqlite3-multiple-ciphers',
      'selfsigned',
      'ws',
      ...NODE,
    ],
    {
      note: "localnet is built on the core's crypto and protocol only, never on the client's network or store.",
    },
  ),
];

/** Hand-written files stay small; generated code (protocol/gen) is not linted at all. */
const SIZE = {
  'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
  'max-lines-per-function': ['error', { max: 100, skipBlankLines: true, skipComments: true, IIFEs: true }],
};

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
    settings: { importZonesRoot: import.meta.dirname },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // `import { type A }` alone still loads the module under verbatimModuleSyntax: say `import type`.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'error',
      ...SIZE,
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  ...ZONES,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Stores and views take the bridge they are given; only the composition root reads the global.
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name=/^(window|globalThis|self)$/][property.name='shallot']",
          message:
            'Take the ShallotBridge as a parameter (stores) or from useStores() (views); only src/main.tsx reads window.shallot.',
        },
      ],
    },
  },
  {
    files: ['src/main.tsx'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['electron/host/browser/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // A suite's describe() callback holds the whole suite; the file cap still applies.
    files: ['test/**', 'e2e/**'],
    rules: { 'max-lines-per-function': 'off' },
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
