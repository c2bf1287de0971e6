import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../electron/core/log';
import { openStore, StoreError, LATEST_VERSION, dbPath } from '../../../electron/core/store';
import { runningMarkerPath } from '../../../electron/core/store/open';
import { convId, incoming, randomKey, rawConnection, sha256File, tempDir } from './helpers';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function dirWithStore(messages = 20): { dir: string; key: Uint8Array; path: string } {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  const key = randomKey();
  const store = openStore({ dataDir: dir, key });
  store.write((tx) => {
    store.conversations.ensure(tx, { id: convId(1), kind: 'direct', now: 1 });
    for (let i = 0; i < messages; i++)
      store.messages.insert(tx, incoming(convId(1), 1000 + i, `message number ${i} `.repeat(20)));
  });
  store.close();
  return { dir, key, path: dbPath(dir) };
}

function openError(dir: string, key: Uint8Array): StoreError {
  try {
    openStore({ dataDir: dir, key }).close();
  } catch (e) {
    expect(e).toBeInstanceOf(StoreError);
    return e as StoreError;
  }
  throw new Error('the store opened');
}

describe('opening the encrypted database', () => {
  it('creates an encrypted file and reopens it with the same key', () => {
    const { dir, key, path } = dirWithStore();
    const head = readFileSync(path).subarray(0, 16);
    expect(Buffer.from(head).toString('latin1')).not.toBe('SQLite format 3\u0000');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const store = openStore({ dataDir: dir, key });
    expect(store.info).toMatchObject({ created: false, uncleanShutdown: false, schemaTo: LATEST_VERSION });
    expect(store.messages.page(store.read, convId(1), { limit: 5 })).toHaveLength(5);
    store.close();
    expect(existsSync(runningMarkerPath(path))).toBe(false);
  });

  it('refuses a wrong key with a typed error and leaves the file byte-identical', () => {
    const { dir, path } = dirWithStore();
    const before = sha256File(path);
    expect(openError(dir, randomKey()).code).toBe('wrong-key');
    expect(sha256File(path)).toBe(before);
    expect(existsSync(runningMarkerPath(path))).toBe(false);
  });

  it('refuses a database from a newer schema and leaves it byte-identical', () => {
    const { dir, key, path } = dirWithStore();
    const raw = rawConnection(path, key);
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    const before = sha256File(path);
    const err = openError(dir, key);
    expect(err.code).toBe('newer-schema');
    expect(err.message).toMatch(/newer version/);
    expect(sha256File(path)).toBe(before);
  });

  it('reports random bytes as a typed error', () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    writeFileSync(join(dir, 'shallot.db'), randomBytes(8192));
    expect(['wrong-key', 'corrupt']).toContain(openError(dir, randomKey()).code);
  });

  it('reports a truncated file as corrupt', () => {
    const { dir, key, path } = dirWithStore(400);
    const size = statSync(path).size;
    truncateSync(path, Math.floor(size / 4096 / 2) * 4096);
    expect(openError(dir, key).code).toBe('corrupt');
    truncateSync(path, 5000);
    expect(openError(dir, key).code).toBe('corrupt');
  });

  it('never crashes on damaged files (property)', () => {
    const { dir, key, path } = dirWithStore(50);
    const original = readFileSync(path);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: original.length - 1 }),
        fc.uint8Array({ minLength: 1, maxLength: 64 }),
        fc.boolean(),
        (offset, junk, truncate) => {
          const bytes = Buffer.from(original);
          bytes.set(junk.subarray(0, bytes.length - offset), offset);
          writeFileSync(path, truncate ? bytes.subarray(0, offset) : bytes);
          try {
            const s = openStore({ dataDir: dir, key, forceCheck: true });
            s.messages.page(s.read, convId(1));
            s.close();
          } catch (e) {
            expect(e).toBeInstanceOf(StoreError);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('runs quick_check after an unclean shutdown', () => {
    const { dir, key, path } = dirWithStore();
    writeFileSync(runningMarkerPath(path), '1\n');
    const lines: string[] = [];
    const store = openStore({ dataDir: dir, key, logger: createLogger('t', 'debug', (l) => lines.push(l)) });
    expect(store.info.uncleanShutdown).toBe(true);
    expect(store.info.integrityChecked).toBe(true);
    expect(lines.some((l) => l.includes('unclean shutdown'))).toBe(true);
    store.close();
    const again = openStore({ dataDir: dir, key });
    expect(again.info.uncleanShutdown).toBe(false);
    expect(again.check()).toBe(true);
    again.close();
  });

  it('refuses a second connection to an open database with a typed error', () => {
    const { dir, key } = dirWithStore(1);
    const first = openStore({ dataDir: dir, key });
    expect(openError(dir, key).code).toBe('locked');
    first.close();
    openStore({ dataDir: dir, key }).close();
  });

  it('rejects a key of the wrong size and use after close', () => {
    const { dir, key } = dirWithStore(1);
    expect(() => openStore({ dataDir: dir, key: key.subarray(0, 16) })).toThrowError(StoreError);
    const store = openStore({ dataDir: dir, key });
    store.close();
    store.close();
    expect(() => store.conversations.list(store.read)).toThrowError(
      expect.objectContaining({ code: 'closed' }),
    );
  });
});
