import { afterEach, describe, expect, it } from 'vitest';
import { dbPath, openStore, StoreError } from '../../../electron/core/store';
import { probeDatabaseKey } from '../../../electron/core/store/db-key';
import { convId, randomKey, rawConnection, tempDir } from './helpers';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function dir(): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

describe('store.rekey', () => {
  it('re-encrypts the whole file, WAL frames included, and only the new key opens it', () => {
    const d = dir();
    const oldKey = randomKey();
    const newKey = randomKey();
    const store = openStore({ dataDir: d, key: oldKey });
    // Committed to the WAL, not yet checkpointed into the file: the re-key must carry it over.
    store.write((tx) => store.conversations.ensure(tx, { id: convId(7), kind: 'direct', now: 1 }));
    store.rekey(newKey);
    // The connection goes on working under the new key, back in WAL mode.
    store.write((tx) => store.conversations.ensure(tx, { id: convId(8), kind: 'direct', now: 2 }));
    expect(store.read.get<{ journal_mode: string }>('PRAGMA journal_mode')?.journal_mode).toBe('wal');
    store.close();

    expect(probeDatabaseKey(dbPath(d), oldKey)).toBe('wrong-key');
    expect(probeDatabaseKey(dbPath(d), newKey)).toBe('opens');
    const again = openStore({ dataDir: d, key: newKey });
    expect(again.conversations.get(again.read, convId(7))?.kind).toBe('direct');
    expect(again.conversations.get(again.read, convId(8))?.kind).toBe('direct');
    again.close();
    const raw = rawConnection(dbPath(d), newKey);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
  });

  it('refuses a key of the wrong length or a call inside a transaction, and changes nothing', () => {
    const d = dir();
    const key = randomKey();
    const store = openStore({ dataDir: d, key });
    expect(() => store.rekey(new Uint8Array(16))).toThrow(StoreError);
    expect(() => store.write(() => store.rekey(randomKey()))).toThrow(
      expect.objectContaining({ code: 'invalid' }),
    );
    store.close();
    expect(probeDatabaseKey(dbPath(d), key)).toBe('opens');
  });
});

describe('probeDatabaseKey', () => {
  it('tells a missing file, a wrong key, the right key and a file in use apart', () => {
    const d = dir();
    const key = randomKey();
    expect(probeDatabaseKey(dbPath(d), key)).toBe('missing');
    const store = openStore({ dataDir: d, key });
    expect(probeDatabaseKey(dbPath(d), key)).toBe('busy');
    store.close();
    expect(probeDatabaseKey(dbPath(d), randomKey())).toBe('wrong-key');
    expect(probeDatabaseKey(dbPath(d), key)).toBe('opens');
    // A probe leaves the file free for the real open.
    openStore({ dataDir: d, key }).close();
  });
});
