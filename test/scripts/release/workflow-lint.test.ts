/**
 * The GitHub workflows lint clean (action-validator, offline), say what docs/RELEASING.md and the
 * README say they do, and use the files they name.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, parseYaml } from '../../../scripts/release/builder-config';
import { lintWorkflows } from '../../../scripts/release/workflow-lint';

type Step = { name?: string; uses?: string; run?: string; if?: string; with?: Record<string, unknown> };
type Job = {
  'runs-on': string;
  needs?: string;
  if?: string;
  steps: Step[];
  strategy?: { matrix: Record<string, unknown> };
};
type Workflow = { on: Record<string, unknown>; env?: Record<string, string>; jobs: Record<string, Job> };

const read = (rel: string) => readFileSync(join(REPO_ROOT, rel), 'utf8');
const release = parseYaml(read('.github/workflows/release.yml')) as Workflow;
const ci = parseYaml(read('.github/workflows/ci.yml')) as Workflow;

describe('lint', () => {
  it('every workflow and local action is clean', () => {
    const results = lintWorkflows(REPO_ROOT);
    expect(results.map((r) => r.file)).toEqual([
      '.github/actions/setup/action.yml',
      '.github/workflows/ci.yml',
      '.github/workflows/release.yml',
    ]);
    expect(results.filter((r) => r.errors.length > 0)).toEqual([]);
  });

  it('finds the mistakes it is there for', () => {
    const root = mkdtempSync(join(tmpdir(), 'shallot-wf-'));
    mkdirSync(join(root, '.github', 'workflows'), { recursive: true });
    writeFileSync(
      join(root, '.github', 'workflows', 'bad.yml'),
      'on: push\njobs:\n  a:\n    steps:\n      - run: echo hi\n    timeout-minutes: soon\n',
    );
    const [result] = lintWorkflows(root);
    expect(result?.errors.length).toBeGreaterThan(0);
  });
});

describe('release workflow', () => {
  const job = release.jobs['package']!;
  const include = (job.strategy?.matrix['include'] ?? []) as { name: string; os: string; targets: string }[];
  const runs = job.steps.map((s) => s.run ?? '').join('\n');

  it('runs on version tags (and by hand as a dry run)', () => {
    expect(release.on['push']).toEqual({ tags: ['v*'] });
    expect(Object.keys(release.on)).toContain('workflow_dispatch');
  });

  it('builds on Linux, macOS x64 and arm64, and Windows', () => {
    expect(include.map((m) => [m.os, m.targets])).toEqual([
      ['ubuntu-latest', '--linux AppImage deb rpm'],
      ['macos-13', '--mac dmg'],
      ['macos-14', '--mac dmg'],
      ['windows-latest', '--win nsis'],
    ]);
  });

  it('tests, rebuilds SQLCipher for Electron, builds, packages, checks fuses and smoke-tests, in that order', () => {
    const order = [
      'bash .ci/run',
      'npx vitest run',
      'node node_modules/electron/install.js',
      '${ELECTRON_REBUILD}',
      'npm run build',
      '${ELECTRON_BUILDER}',
      'scripts/release/check-fuses.ts',
      'e2e/packaged/playwright.config.ts',
      'sha256sum',
    ].map((needle) => runs.indexOf(needle));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('names files that exist', () => {
    for (const file of [
      'scripts/release/check-fuses.ts',
      'e2e/packaged/playwright.config.ts',
      'build/electron-builder.yml',
      'build/entitlements.mac.plist',
    ]) {
      expect(runs.includes(file) || read('build/electron-builder.yml').includes(file), file).toBe(true);
      expect(existsSync(join(REPO_ROOT, file)), file).toBe(true);
    }
  });

  it('takes signing and notarisation only from secrets, and builds unsigned without them', () => {
    const pack = job.steps.find((s) => s.name === 'Package');
    expect(Object.values((pack as { env?: Record<string, string> })?.env ?? {})).toEqual(
      Object.values((pack as { env?: Record<string, string> })?.env ?? {}).filter((v) =>
        /^\$\{\{ secrets\.\w+ \}\}$/.test(v),
      ),
    );
    expect(pack?.run).toContain('CSC_IDENTITY_AUTO_DISCOVERY=false');
    expect(pack?.run).toContain('-c.mac.notarize=true');
  });

  it('publishes a draft release with the checksums and the commit, only from a tag', () => {
    const publish = release.jobs['publish']!;
    expect(publish.needs).toBe('package');
    expect(publish.if).toBe("startsWith(github.ref, 'refs/tags/v')");
    const script = publish.steps.map((s) => s.run ?? '').join('\n');
    expect(script).toContain('sha256sum --check --strict');
    expect(script).toContain('commit: ${GITHUB_SHA}');
    expect(script).toMatch(/gh release create .*--draft/);
  });

  it('pins the tools the README’s "Building installers" section names', () => {
    const readme = read('README.md');
    const section = readme.slice(readme.indexOf('## Building installers'));
    for (const key of ['ELECTRON_BUILDER', 'ELECTRON_REBUILD']) {
      expect(section, key).toContain(release.env?.[key] ?? 'unset');
    }
    expect(section).toContain('.github/workflows/release.yml');
  });
});

describe('CI workflow', () => {
  it('runs bash .ci/run on pull requests on the three operating systems', () => {
    expect(Object.keys(ci.on)).toContain('pull_request');
    const job = ci.jobs['ci']!;
    expect(job.strategy?.matrix['os']).toEqual(['ubuntu-latest', 'macos-14', 'windows-latest']);
    expect(job.steps.some((s) => s.run === 'bash .ci/run')).toBe(true);
  });
});
