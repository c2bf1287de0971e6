/**
 * SIGKILL in the middle of an upload and of a download (test/support/attachments-child.ts): after a
 * restart the upload runs again and the message leaves only once its file is on the server; the
 * download starts over, and only a checked file is ever kept. Nothing half-done is left behind.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identityFromSeed } from '../../../../electron/core/crypto/identity';
import type { Localnet } from '../../../../localnet/index';
import { tempDir } from '../../store/helpers';
import { localnet } from '../../network/fixture';
import { arrivedId, openFileDevice, plaintext, untilFiles, type FileDevice } from './harness';

const SIZE = 3_000_000;
const pattern = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 7) % 256);

let ln: Localnet;
beforeAll(async () => {
  ln = await localnet(8);
}, 60_000);
afterAll(() => ln?.close());

type Account = { dir: string; key: Uint8Array; seed: Uint8Array };
const account = (): Account => ({
  dir: tempDir('shallot-att-crash-').dir,
  key: new Uint8Array(randomBytes(32)),
  seed: new Uint8Array(randomBytes(16)),
});
const idOf = (a: Account) => identityFromSeed(a.seed).sessionId;

/** Runs the child until it prints `until` (then SIGKILLs it) or ends; resolves with what it printed. */
function child(a: Account, env: Record<string, string>, until?: string): Promise<string[]> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'test/support/attachments-child.ts'], {
    env: {
      ...process.env,
      ...env,
      DATA_DIR: a.dir,
      KEY_HEX: Buffer.from(a.key).toString('hex'),
      SEED_HEX: Buffer.from(a.seed).toString('hex'),
      PROFILE: ln.profilePath,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  createInterface({ input: proc.stdout }).on('line', (l) => {
    lines.push(l);
    if (l === until) proc.kill('SIGKILL');
  });
  return new Promise((resolve) => proc.once('exit', () => resolve(lines)));
}

const open = (a: Account): Promise<FileDevice> =>
  openFileDevice(ln, { dir: a.dir, key: a.key, seed: a.seed });

describe('kill -9 during transfers', () => {
  it('an upload cut short runs again; a download cut short starts over; nothing half-done is kept', async () => {
    const alice = account();
    const bob = account();
    let b = await open(bob);

    expect(await child(alice, { MODE: 'send', TO: idOf(bob), SIZE: String(SIZE) }, 'moving')).toContain(
      'moving',
    );
    expect(await child(alice, { MODE: 'send', TO: idOf(bob), SIZE: String(SIZE) })).toContain('sent');

    const a = await open(alice);
    const sent = a.store.messages.page(a.store.read, idOf(bob))[0]!;
    const rows = await untilFiles(
      b,
      () => arrivedId(b, a, sent.sentAt),
      (r) => r.length === 1,
    );
    expect(rows[0]).toMatchObject({ size: SIZE, state: 'pending' });
    await a.close();
    await b.close();

    expect(await child(bob, { MODE: 'fetch', TO: idOf(alice) }, 'moving')).toContain('moving');
    b = await open(bob);
    const [cut] = b.store.media.ofMessage(b.store.read, rows[0]!.messageId);
    expect([cut!.state, cut!.fileId]).toEqual(['pending', null]);
    expect(readdirSync(join(bob.dir, 'attachments', 'tmp'))).toEqual([]);
    await b.close();

    expect(await child(bob, { MODE: 'fetch', TO: idOf(alice) })).toContain('kept');
    b = await open(bob);
    expect(Buffer.from(await plaintext(b, rows[0]!.aid)).equals(Buffer.from(pattern(SIZE)))).toBe(true);
    await b.close();
  }, 120_000);
});
