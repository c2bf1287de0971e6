import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { toHex } from '../../../electron/core/crypto/bytes';
import { openStore, dbPath } from '../../../electron/core/store';
import { runningMarkerPath } from '../../../electron/core/store/open';
import { randomKey, rawConnection, tempDir } from './helpers';

const BATCH = 50;
const KILL_AFTER = 8;
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** Starts the writer and resolves with the last committed batch it reported when it was killed. */
function runAndKill(dir: string, key: Uint8Array): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(import.meta.dirname, 'fixtures', 'crash-writer.ts'),
        dir,
        toHex(key),
        String(BATCH),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    let lastBatch = 0;
    let killed = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      const lines = out.split('\n');
      out = lines.pop() ?? '';
      for (const line of lines) {
        const m = /^batch (\d+)$/.exec(line);
        if (m) lastBatch = Number(m[1]);
      }
      if (!killed && lastBatch >= KILL_AFTER) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(lastBatch);
      else reject(new Error(`writer exited with ${code}: ${err}`));
    });
  });
}

describe('a process killed in the middle of a write batch', () => {
  it('leaves a database that opens, passes its checks and holds whole batches only', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const key = randomKey();
    const reported = await runAndKill(dir, key);
    expect(reported).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(existsSync(runningMarkerPath(dbPath(dir)))).toBe(true);

    const store = openStore({ dataDir: dir, key });
    expect(store.info.uncleanShutdown).toBe(true);
    expect(store.info.integrityChecked).toBe(true);
    const count = store.read.get<{ n: number }>('SELECT count(*) AS n FROM messages')!.n;
    const jobs = store.outbox.count(store.read);
    expect(count % BATCH).toBe(0);
    expect(jobs).toBe(count);
    // Everything reported as committed is there; at most the batch in flight was lost or kept.
    expect(count).toBeGreaterThanOrEqual(reported * BATCH);
    expect(count).toBeLessThanOrEqual((reported + 1) * BATCH);
    const conv = store.conversations.list(store.read)[0]!;
    expect(conv.unreadCount).toBe(count);
    expect(store.search.messages(store.read, 'searchable', { limit: 500 }).length).toBe(Math.min(count, 500));
    expect(store.check()).toBe(true);
    const path = store.path;
    store.close();

    const raw = rawConnection(path, key);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.prepare("INSERT INTO messages_fts (messages_fts, rank) VALUES ('integrity-check', 1)").run();
    raw.close();
  });
});
