// Bundles every non-renderer entry point with esbuild. Dependencies stay external (node_modules is
// shipped beside dist/), except in the browser bridge script, which must be self-contained.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

// Syntax for the lowest Node line that package.json "engines" names; later lines run it as is.
const { engines } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const lowestNode = /\d+\.\d+/.exec(engines.node)[0];

const common = {
  bundle: true,
  sourcemap: true,
  logLevel: 'warning',
  target: `node${lowestNode}`,
  platform: 'node',
  packages: 'external',
};

const esm = { ...common, format: 'esm', outExtension: { '.js': '.mjs' } };

// `node scripts/build-node.mjs cli` builds only the named targets (the CLI builds itself this way).
const TARGETS = {
  launcher: { ...esm, entryPoints: { start: 'electron/host/launcher.ts' }, outdir: 'dist' },
  web: { ...esm, entryPoints: { web: 'electron/host/web-main.ts' }, outdir: 'dist/host' },
  cli: {
    ...esm,
    entryPoints: { shallot: 'electron/cli/main.ts' },
    outdir: 'dist/cli',
    // Runnable as the package's `shallot` bin.
    banner: { js: '#!/usr/bin/env node' },
  },
  electron: {
    ...esm,
    entryPoints: { main: 'electron/main/main.ts', 'core-worker': 'electron/host/core-worker.ts' },
    outdir: 'dist/electron',
  },
  // A sandboxed preload is a classic script: CommonJS, with only `electron` left external.
  preload: {
    ...common,
    packages: undefined,
    external: ['electron'],
    format: 'cjs',
    entryPoints: { preload: 'electron/preload/preload.ts' },
    outdir: 'dist/electron',
    outExtension: { '.js': '.cjs' },
  },
  browser: {
    ...common,
    packages: undefined,
    platform: 'browser',
    target: 'chrome120',
    format: 'iife',
    entryPoints: { 'shallot-bridge': 'electron/host/browser/bridge-client.ts' },
    outdir: 'dist/renderer',
  },
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((t) => !(t in TARGETS));
if (unknown.length > 0) {
  process.stderr.write(
    `unknown build target(s): ${unknown.join(', ')} (known: ${Object.keys(TARGETS).join(', ')})\n`,
  );
  process.exit(2);
}
await Promise.all((wanted.length > 0 ? wanted : Object.keys(TARGETS)).map((t) => build(TARGETS[t])));
