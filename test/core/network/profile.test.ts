import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAINNET,
  ProfileError,
  loadProfileFile,
  parseProfile,
  resolveProfile,
} from '../../../electron/core/network/profile';

const dir = mkdtempSync(join(tmpdir(), 'profile-test-'));
const FP = 'B5:07:57:49:81:6E:AA:7A:28:46:53:AB:C1:1C:BD:36:2C:BC:BD:F2:9F:6E:99:72:CD:7B:61:51:C2:74:68:68';
const KEY = 'bc52bacb87497af46996d9e8b253a3e4d77a4702c8d07cb59c2483b5070885b4';

function good(): Record<string, unknown> {
  return {
    name: 'localnet',
    seeds: [{ url: 'https://127.0.0.1:33699/', certSha256: FP }],
    fileServer: { url: 'http://127.0.0.1:41353', ed25519: KEY, x25519: KEY.toUpperCase() },
    subnetDiversity: false,
  };
}

function write(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof ProfileError) return e.code;
    throw e;
  }
  return undefined;
}

describe('network profiles', () => {
  it('has the mainnet seeds, pins and file server of the reference', () => {
    expect(MAINNET.seeds.map((s) => s.url)).toEqual([
      'https://seed1.getsession.org:4443/',
      'https://seed2.getsession.org:4443/',
      'https://seed3.getsession.org:4443/',
    ]);
    expect(MAINNET.seeds[0]!.spkiSha256).toBe('mlYTXvkmIEYcpswANTpnBwlz9Cswi0py/RQKkbdQOZQ=');
    expect(MAINNET.fileServer.x25519).toBe(
      '09324794aa9c11948189762d198c618148e9136ac9582068180661208927ef34',
    );
    expect(MAINNET.subnetDiversity).toBe(true);
  });

  it('loads a profile file and normalises keys', () => {
    const p = loadProfileFile(write('ok.json', JSON.stringify(good())));
    expect(p.name).toBe('localnet');
    expect(p.fileServer.x25519).toBe(KEY);
    expect(p.subnetDiversity).toBe(false);
  });

  it('adds the trailing slash a seed URL needs and defaults subnetDiversity to true', () => {
    const v = good();
    v['seeds'] = [{ url: 'https://10.1.2.3:4443', certSha256: FP.replace(/:/g, '') }];
    delete v['subnetDiversity'];
    const p = parseProfile(v);
    expect(p.seeds[0]!.url).toBe('https://10.1.2.3:4443/');
    expect(p.subnetDiversity).toBe(true);
  });

  it('throws typed errors for a missing file, bad JSON and a bad schema', () => {
    expect(codeOf(() => loadProfileFile(join(dir, 'nope.json')))).toBe('read');
    expect(codeOf(() => loadProfileFile(write('bad.json', '{"name": ')))).toBe('json');
    expect(codeOf(() => loadProfileFile(write('schema.json', '{"name":"x"}')))).toBe('schema');
  });

  it('refuses an https seed without a pin, a bad pin and a bad key', () => {
    const noPin = good();
    noPin['seeds'] = [{ url: 'https://127.0.0.1:1/' }];
    expect(codeOf(() => parseProfile(noPin))).toBe('schema');
    const badPin = good();
    badPin['seeds'] = [{ url: 'https://127.0.0.1:1/', certSha256: 'AB:CD' }];
    expect(codeOf(() => parseProfile(badPin))).toBe('schema');
    const badKey = good();
    badKey['fileServer'] = { url: 'http://x', ed25519: 'zz', x25519: KEY };
    expect(codeOf(() => parseProfile(badKey))).toBe('schema');
  });

  it('resolves the flag first, then SHALLOT_NETWORK, then mainnet', () => {
    const path = write('env.json', JSON.stringify(good()));
    expect(resolveProfile(undefined, {})).toBe(MAINNET);
    expect(resolveProfile('mainnet', { SHALLOT_NETWORK: path })).toBe(MAINNET);
    expect(resolveProfile(undefined, { SHALLOT_NETWORK: path }).name).toBe('localnet');
    expect(resolveProfile(path, {}).name).toBe('localnet');
  });

  it('only ever throws ProfileError for arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        try {
          parseProfile(v);
        } catch (e) {
          expect(e).toBeInstanceOf(ProfileError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
