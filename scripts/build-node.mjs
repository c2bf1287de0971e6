// Bundles every non-renderer entry point with esbuild. Dependencies stay external (node_modules is
// shipped beside dist/), except in the browser bridge script, which must be self-contained.
import { build } from 'esbuild';

const common = {
  bundle: true,
  sourcemap: true,
  logLevel: 'warning',
  target: 'node20',
  platform: 'node',
  packages: 'external',
};

const esm = { ...common, format: 'esm', outExtension: { '.js': '.mjs' } };

await Promise.all([
  build({ ...esm, entryPoints: { start: 'electron/host/launcher.ts' }, outdir: 'dist' }),
  build({ ...esm, entryPoints: { web: 'electron/host/web-main.ts' }, outdir: 'dist/host' }),
  build({ ...esm, entryPoints: { shallot: 'electron/cli/main.ts' }, outdir: 'dist/cli' }),
  build({
    ...esm,
    entryPoints: { main: 'electron/main/main.ts', 'core-worker': 'electron/host/core-worker.ts' },
    outdir: 'dist/electron',
  }),
  // A sandboxed preload is a classic script: CommonJS, with only `electron` left external.
  build({
    ...common,
    packages: undefined,
    external: ['electron'],
    format: 'cjs',
    entryPoints: { preload: 'electron/preload/preload.ts' },
    outdir: 'dist/electron',
    outExtension: { '.js': '.cjs' },
  }),
  build({
    ...common,
    packages: undefined,
    platform: 'browser',
    target: 'chrome120',
    format: 'iife',
    entryPoints: { 'shallot-bridge': 'electron/host/browser/bridge-client.ts' },
    outdir: 'dist/renderer',
  }),
]);
