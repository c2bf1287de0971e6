import { describe, expect, it } from 'vitest';
import type { SessionId } from '../../../electron/core/crypto/ids';
import { MemoryStateStore } from '../../support/memory-network-state';

const PK = `05${'aa'.repeat(32)}` as SessionId;
const OTHER = `05${'bb'.repeat(32)}` as SessionId;

/** The contract every network state store keeps (the app's is tested in services/network-state). */
describe('the in-memory network state of the tests', () => {
  it('moves last hashes per (node, pubkey, namespace) and the seen set only in a committed batch', () => {
    const s = new MemoryStateStore();
    s.transaction((tx) =>
      s.commitBatch(tx, {
        pubkey: PK,
        lastHashes: [
          { node: 'n1', namespace: 0, hash: 'h1', expiresMs: 100 },
          { node: 'n2', namespace: 0, hash: 'h2', expiresMs: 100 },
          { node: 'n1', namespace: 2, hash: 'h3', expiresMs: 300 },
        ],
        seen: [
          { hash: 'a', expiresMs: 50 },
          { hash: 'b', expiresMs: 500 },
        ],
      }),
    );
    expect(s.getLastHash('n1', PK, 0)).toBe('h1');
    expect(s.getLastHash('n2', PK, 0)).toBe('h2');
    expect(s.getLastHash('n1', PK, 2)).toBe('h3');
    expect(s.getLastHash('n1', OTHER, 0)).toBeUndefined();
    expect(s.filterUnseen(['a', 'b', 'c', 'constructor'])).toEqual(['c', 'constructor']);
    s.prune(200);
    expect(s.getLastHash('n1', PK, 0)).toBeUndefined();
    expect(s.getLastHash('n1', PK, 2)).toBe('h3');
    expect(s.filterUnseen(['a', 'b'])).toEqual(['a']);
  });
});
