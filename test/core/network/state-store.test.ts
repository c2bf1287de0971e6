import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonFileStateStore, MemoryStateStore } from '../../../electron/core/network/state-store';

const node = { ip: '1.2.3.4', port: 22021, ed25519: 'ab'.repeat(32), x25519: 'cd'.repeat(32) };

describe('network state stores', () => {
  it('keeps last hashes per (node, pubkey, namespace) and a seen set', () => {
    const s = new MemoryStateStore();
    s.setLastHash('n1', '05aa', 0, 'h1', 100);
    s.setLastHash('n2', '05aa', 0, 'h2', 100);
    s.setLastHash('n1', '05aa', 2, 'h3', 300);
    expect(s.getLastHash('n1', '05aa', 0)).toBe('h1');
    expect(s.getLastHash('n2', '05aa', 0)).toBe('h2');
    expect(s.getLastHash('n1', '05aa', 2)).toBe('h3');
    expect(s.getLastHash('n1', '05bb', 0)).toBeUndefined();
    s.markSeen([
      { hash: 'a', expiresMs: 50 },
      { hash: 'b', expiresMs: 500 },
    ]);
    expect(s.filterUnseen(['a', 'b', 'c', 'constructor'])).toEqual(['c', 'constructor']);
    s.prune(200);
    expect(s.getLastHash('n1', '05aa', 0)).toBeUndefined();
    expect(s.getLastHash('n1', '05aa', 2)).toBe('h3');
    expect(s.filterUnseen(['a', 'b'])).toEqual(['a']);
  });

  it('persists to dataDir/network-state.json atomically and reads it back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netstate-'));
    const a = new JsonFileStateStore(dir);
    a.saveSnodePool([node]);
    a.saveSwarm('05aa', [node.ed25519]);
    a.saveGuards([node.ed25519]);
    a.setLastHash(node.ed25519, '05aa', 0, 'h', Date.now() + 1000);
    a.markSeen([{ hash: 'h', expiresMs: Date.now() + 1000 }]);
    a.flush();
    const json = JSON.parse(readFileSync(join(dir, 'network-state.json'), 'utf8')) as Record<string, unknown>;
    expect(json['guards']).toEqual([node.ed25519]);
    const b = new JsonFileStateStore(dir);
    expect(b.loadSnodePool()).toEqual([node]);
    expect(b.loadSwarm('05aa')).toEqual([node.ed25519]);
    expect(b.loadGuards()).toEqual([node.ed25519]);
    expect(b.getLastHash(node.ed25519, '05aa', 0)).toBe('h');
    expect(b.filterUnseen(['h', 'x'])).toEqual(['x']);
  });

  it('starts empty from a corrupt or hostile file instead of throwing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netstate-'));
    writeFileSync(
      join(dir, 'network-state.json'),
      '{"pool":[{"ip":"0.0.0.0"}, 5],"guards":"x","seen":{"a":"b"}',
    );
    expect(new JsonFileStateStore(dir).loadSnodePool()).toEqual([]);
    writeFileSync(
      join(dir, 'network-state.json'),
      '{"pool":[{"ip":"0.0.0.0"}, 5],"guards":[1,"g"],"seen":{"a":"b"}}',
    );
    const s = new JsonFileStateStore(dir);
    expect(s.loadSnodePool()).toEqual([]);
    expect(s.loadGuards()).toEqual(['g']);
    expect(s.filterUnseen(['a'])).toEqual(['a']);
  });

  it('reads any file content without throwing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netstate-'));
    const file = join(dir, 'network-state.json');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify({ pool: v, swarms: v, lastHashes: v, seen: v })),
        ),
        (text) => {
          writeFileSync(file, text);
          const s = new JsonFileStateStore(dir);
          expect(Array.isArray(s.loadSnodePool())).toBe(true);
          expect(Array.isArray(s.loadGuards())).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
