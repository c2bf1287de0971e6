/**
 * build/electron-builder.yml as data, for the checks that must agree with it (the packaging test,
 * the release workflow's fuse check). YAML is read with the parser Playwright bundles (the `yaml`
 * package, in playwright-core's exported utilsBundle): no YAML parser is a dependency of our own.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const { yaml } = require('playwright-core/lib/utilsBundle') as { yaml: { parse(text: string): unknown } };

export const REPO_ROOT = join(import.meta.dirname, '..', '..');
export const BUILDER_CONFIG_PATH = join(REPO_ROOT, 'build', 'electron-builder.yml');

export function parseYaml(text: string): unknown {
  return yaml.parse(text);
}

/** The parts of electron-builder's configuration our checks read; everything else stays unknown. */
export type BuilderConfig = {
  appId?: string;
  productName?: string;
  files?: string[];
  asar?: boolean;
  asarUnpack?: string[];
  npmRebuild?: boolean;
  extraResources?: { from: string; to: string; filter?: string[] }[];
  electronFuses?: Record<string, boolean>;
  fileAssociations?: unknown;
  protocols?: unknown;
  linux?: {
    target?: string[];
    icon?: string;
    executableName?: string;
    desktop?: { entry?: Record<string, string> };
  };
  deb?: { fpm?: string[] };
  rpm?: { fpm?: string[] };
  mac?: {
    target?: string;
    icon?: string;
    hardenedRuntime?: boolean;
    entitlements?: string;
    entitlementsInherit?: string;
    notarize?: unknown;
  };
  win?: { target?: string; icon?: string };
  nsis?: { deleteAppDataOnUninstall?: boolean };
};

export function loadBuilderConfig(path = BUILDER_CONFIG_PATH): BuilderConfig {
  return parseYaml(readFileSync(path, 'utf8')) as BuilderConfig;
}
