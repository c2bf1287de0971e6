/**
 * What build/electron-builder.yml must keep true, checked without building: every native module
 * in package.json is unpacked from the archive, the fuses are the hardened ones, each platform has
 * its target and icons, and no file type or URL scheme is claimed.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_SIZES, TRAY_VARIANTS } from '../../scripts/icons/sizes';
import { REPO_ROOT, loadBuilderConfig } from '../../scripts/release/builder-config';
import { expectedFuses } from '../../scripts/release/fuses';

const config = loadBuilderConfig();
const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
};

/** A dependency carries native code if it has a gyp build, declares an addon, or ships .node files. */
function isNative(name: string): boolean {
  const dir = join(REPO_ROOT, 'node_modules', name);
  const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    gypfile?: boolean;
    addon?: boolean;
  };
  if (meta.gypfile === true || meta.addon === true || existsSync(join(dir, 'binding.gyp'))) return true;
  const hasNode = (d: string, depth: number): boolean =>
    readdirSync(d).some((f) => {
      if (f === 'node_modules') return false;
      const p = join(d, f);
      if (f.endsWith('.node')) return true;
      return depth > 0 && statSync(p).isDirectory() && hasNode(p, depth - 1);
    });
  return hasNode(dir, 4);
}

const nativeModules = Object.keys(pkg.dependencies).filter(isNative).sort();

describe('native modules', () => {
  it('are found: SQLCipher (V8 ABI, rebuilt for Electron) and sodium-native (N-API prebuilds)', () => {
    expect(nativeModules).toEqual(['better-sqlite3-multiple-ciphers', 'sodium-native']);
  });

  it('each one is unpacked from the asar archive, whole', () => {
    expect(config.asar).toBe(true);
    for (const name of nativeModules) expect(config.asarUnpack).toContain(`node_modules/${name}/**`);
  });

  it('unpacks nothing that is not a dependency', () => {
    for (const pattern of config.asarUnpack ?? []) {
      const name = /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(pattern)?.[1];
      expect(name && pkg.dependencies[name], pattern).toBeTruthy();
    }
  });

  it('are not rebuilt behind our back (the workflow rebuilds SQLCipher in its own step)', () => {
    expect(config.npmRebuild).toBe(false);
    const workflow = readFileSync(join(REPO_ROOT, '.github', 'workflows', 'release.yml'), 'utf8');
    expect(workflow).toMatch(/--only better-sqlite3-multiple-ciphers/);
  });

  it('keep their loadable binaries: only sources, build leftovers and other platforms are left out', () => {
    const excluded = (config.files ?? []).filter((f) => f.startsWith('!node_modules/'));
    expect(excluded.length).toBeGreaterThan(0);
    for (const pattern of excluded) {
      expect(pattern).not.toMatch(/better_sqlite3\.node|prebuilds\/\*\*|prebuilds\/\{?(linux|darwin|win32)/);
    }
  });
});

describe('the app', () => {
  it('ships the built bundles and package.json, whose main is among them', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/**', 'package.json']));
    expect(pkg.main.startsWith('dist/')).toBe(true);
  });

  it('flips the hardened fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // Every configured key is a fuse @electron/fuses knows, or the one packaging option.
    const names = [...expectedFuses(config.electronFuses ?? {}).keys()];
    expect(names).toEqual(
      expect.arrayContaining(['RunAsNode', 'EnableNodeCliInspectArguments', 'OnlyLoadAppFromAsar']),
    );
  });

  it('claims no file type and no URL scheme', () => {
    expect(config.fileAssociations).toBeUndefined();
    expect(config.protocols).toBeUndefined();
    expect(config.linux?.desktop?.entry?.['MimeType']).toBeUndefined();
  });
});

describe('targets and icons', () => {
  const icon = (path: string | undefined) => {
    expect(path, 'an icon is configured').toBeTruthy();
    return join(REPO_ROOT, path ?? '');
  };

  it('Linux: AppImage, deb and rpm, from the NxN icon folder', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb', 'rpm']);
    const dir = icon(config.linux?.icon);
    for (const side of APP_SIZES) expect(existsSync(join(dir, `${side}x${side}.png`))).toBe(true);
  });

  it('Linux: the deb and the rpm install the AppStream metadata', () => {
    for (const fpm of [config.deb?.fpm, config.rpm?.fpm]) {
      const mapping = fpm?.find((a) => a.includes('metainfo'));
      const [from, to] = (mapping ?? '=').split('=');
      expect(existsSync(join(REPO_ROOT, from ?? ''))).toBe(true);
      expect(to).toBe('/usr/share/metainfo/org.shallot.Shallot.metainfo.xml');
    }
  });

  it('macOS: a dmg with the hardened runtime and only the JIT entitlement', () => {
    expect(config.mac?.target).toBe('dmg');
    expect(config.mac?.hardenedRuntime).toBe(true);
    // Notarisation is switched on by the workflow when the Apple secrets exist, never here.
    expect(config.mac?.notarize).toBeUndefined();
    expect(existsSync(icon(config.mac?.icon))).toBe(true);
    for (const file of [config.mac?.entitlements, config.mac?.entitlementsInherit]) {
      const plist = readFileSync(join(REPO_ROOT, file ?? ''), 'utf8');
      expect([...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1])).toEqual([
        'com.apple.security.cs.allow-jit',
      ]);
    }
  });

  it('Windows: NSIS, which keeps the user’s data on uninstall', () => {
    expect(config.win?.target).toBe('nsis');
    expect(existsSync(icon(config.win?.icon))).toBe(true);
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false);
  });

  it('copies the tray and window icons to resources/icons, where electron/main/icons.ts looks', () => {
    const resource = config.extraResources?.find((r) => r.to === 'icons');
    expect(resource?.from).toBe('build/icons');
    const filters = (resource?.filter ?? []).map(
      (f) => new RegExp(`^${f.replace('.', '\\.').replace('*', '.*')}$`),
    );
    for (const file of [...TRAY_VARIANTS.map((v) => v.file), '512x512.png']) {
      expect(
        filters.some((f) => f.test(file)),
        file,
      ).toBe(true);
    }
  });
});
