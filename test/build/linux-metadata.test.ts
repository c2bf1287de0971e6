/**
 * The Linux desktop entry (electron-builder writes it from build/electron-builder.yml) and the
 * AppStream metadata (build/linux/*.metainfo.xml): well-formed, with the fields software centres
 * require, agreeing with package.json. appstreamcli validates it too where it is installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Window, type Document as XmlDocument, type Element as XmlElement } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, loadBuilderConfig } from '../../scripts/release/builder-config';

const LINUX = join(REPO_ROOT, 'build', 'linux');
const files = readdirSync(LINUX).filter((f) => f.endsWith('.metainfo.xml'));
const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  version: string;
  license: string;
};
const config = loadBuilderConfig();

function parseXml(text: string): XmlDocument {
  return new new Window().DOMParser().parseFromString(text, 'application/xml');
}

const hasAppstreamcli = spawnSync('appstreamcli', ['--version']).status === 0;

describe('AppStream metadata', () => {
  it('is one file, named after its component id', () => {
    expect(files).toEqual(['org.shallot.Shallot.metainfo.xml']);
  });

  const path = join(LINUX, files[0] ?? 'missing');
  const text = readFileSync(path, 'utf8');
  const doc = parseXml(text);
  /** Children of `parent` by tag name (happy-dom's selectors do not take every XML name). */
  const children = (parent: XmlElement | undefined, tag: string): XmlElement[] =>
    [...(parent?.children ?? [])].filter((c) => c.nodeName === tag);
  const root = doc.documentElement;
  const one = (tag: string, parent: XmlElement = root): XmlElement => {
    const found = children(parent, tag);
    expect(found.length, tag).toBe(1);
    return found[0]!;
  };
  const text1 = (tag: string): string => one(tag).textContent?.trim() ?? '';

  it('is well-formed XML with a desktop-application component', () => {
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.nodeName).toBe('component');
    expect(doc.documentElement.getAttribute('type')).toBe('desktop-application');
  });

  it('detects broken XML (the check can fail)', () => {
    expect(parseXml('<component><name>x</component>').getElementsByTagName('parsererror').length).toBe(1);
  });

  it('has the required fields, agreeing with package.json and the desktop entry', () => {
    expect(text1('id')).toBe(files[0]?.replace('.metainfo.xml', ''));
    expect(text1('id')).toMatch(/^[a-z]+(\.[A-Za-z0-9]+){2,}$/);
    expect(text1('name')).toBe('Shallot');
    const summary = text1('summary');
    expect(summary.length).toBeGreaterThan(10);
    expect(summary.length).toBeLessThanOrEqual(80);
    expect(summary).not.toMatch(/\.$/);
    expect(text1('metadata_license')).toBe('CC0-1.0');
    expect(text1('project_license')).toBe(pkg.license);
    expect(children(one('description'), 'p').length).toBeGreaterThan(0);
    expect(one('launchable').getAttribute('type')).toBe('desktop-id');
    expect(text1('launchable')).toBe(`${config.linux?.executableName}.desktop`);
    expect(one('content_rating').getAttribute('type')).toBe('oars-1.1');
    expect(one('name', one('developer')).textContent?.trim()).toBeTruthy();
  });

  it('lists this version among its releases', () => {
    const releases = children(one('releases'), 'release');
    expect(releases.map((r) => r.getAttribute('version'))).toContain(pkg.version);
    for (const r of releases) {
      expect(r.getAttribute('date')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it.runIf(hasAppstreamcli)('passes appstreamcli validate (offline)', () => {
    const out = execFileSync('appstreamcli', ['validate', '--no-net', path], { encoding: 'utf8' });
    expect(out).toMatch(/Validation was successful/);
  });
});

describe('desktop entry', () => {
  const entry = config.linux?.desktop?.entry ?? {};

  it('names the app and its categories as the metadata does', () => {
    expect(entry['Name']).toBe('Shallot');
    expect(entry['Categories']).toBe('Network;InstantMessaging;Chat;');
    expect(entry['Keywords']).toMatch(/;$/);
    expect(config.linux?.executableName).toBe('shallot');
  });

  it('registers no MIME type and no URL scheme (no Exec %u/%f placeholders of its own)', () => {
    expect(Object.keys(entry)).not.toContain('MimeType');
    expect(Object.keys(entry)).not.toContain('Exec');
  });
});
