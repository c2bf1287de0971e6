/**
 * Attachment figures (issue 14), `npm run bench -- attachments`, for one 10 MB file (the limit):
 * - legacy encryption and decryption alone (pad, AES-CBC, HMAC, digest), MB/s;
 * - through the core between two accounts on a 9-node localnet (onion v4, 3 hops): the hand-over
 *   (chunks in, encrypted at rest and for the server as they arrive), the upload until the message
 *   is sent, and the download until the file is checked, decrypted and kept — MB/s each;
 * - the peak RSS growth of this process — the two cores and nothing else: the localnet runs in a
 *   child process — over that sequence, in MB and as a multiple of the file size (aim: streaming,
 *   ≤ 3×).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { LegacyDecryptor, LegacyEncryptor, LegacyVerifier } from '../electron/core/crypto/attachment-stream';
import { ready } from '../electron/core/crypto/sodium';
import { loadProfileFile, type NetworkProfile } from '../electron/core/network/profile';
import {
  arrivedId,
  befriend,
  openFileDevice,
  sendFiles,
  stage,
  untilFiles,
} from '../test/core/services/attachments/harness';
import { report } from './report';

/** The limit itself: its legacy blob is 10,000,064 bytes. */
const SIZE = 10_000_000;
const CHUNK = 512 * 1024;
const MB = 1_000_000;

const mbps = (bytes: number, ms: number): number => Math.round((bytes / MB / (ms / 1000)) * 10) / 10;

function cryptoFigures(data: Uint8Array): void {
  const enc = new LegacyEncryptor(data.length);
  const pieces: Uint8Array[] = [];
  let t = performance.now();
  pieces.push(enc.start());
  for (let at = 0; at < data.length; at += CHUNK) pieces.push(enc.update(data.subarray(at, at + CHUNK)));
  const { tail, sealed } = enc.finish();
  pieces.push(tail);
  report('attachments.encrypt_10mb', mbps(SIZE, performance.now() - t), 'MB/s');
  const blob = new Uint8Array(Buffer.concat(pieces));
  t = performance.now();
  const verifier = new LegacyVerifier(sealed.key, sealed.digest, sealed.size);
  const dec = new LegacyDecryptor(sealed.key, sealed.size);
  for (let at = 0; at < blob.length; at += CHUNK) {
    const piece = blob.subarray(at, at + CHUNK);
    verifier.update(piece);
    dec.update(piece);
  }
  verifier.finish();
  dec.finish();
  report('attachments.verify_decrypt_10mb', mbps(SIZE, performance.now() - t), 'MB/s');
}

/** Peak resident memory above `base` while `fn` runs, sampled every 10 ms. */
async function peakGrowth<T>(fn: () => Promise<T>): Promise<{ value: T; peak: number }> {
  global.gc?.();
  const base = process.memoryUsage().rss;
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss - base)), 10);
  try {
    const value = await fn();
    peak = Math.max(peak, process.memoryUsage().rss - base);
    return { value, peak };
  } finally {
    clearInterval(timer);
  }
}

/** A 9-node localnet in its own process, so its buffers do not count in this one's RSS. */
async function childLocalnet(): Promise<{ profile: NetworkProfile; stop: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'shallot-bench-ln-'));
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'localnet/cli.ts', '--nodes', '9', '--dir', dir],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const stop = (): void => {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
  // The CLI prints its summary line once profile.json is written.
  await new Promise<void>((resolve, reject) => {
    child.stdout?.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`localnet exited with ${code}`)));
  });
  while (!existsSync(join(dir, 'profile.json'))) await sleep(50);
  return { profile: loadProfileFile(join(dir, 'profile.json')), stop };
}

export async function run(): Promise<void> {
  await ready();
  const data = new Uint8Array(randomBytes(SIZE));
  cryptoFigures(data);

  const ln = await childLocalnet();
  const [alice, bob] = await Promise.all([
    openFileDevice(ln, { name: 'Alice' }),
    openFileDevice(ln, { name: 'Bob' }),
  ]);
  try {
    await befriend(alice, bob);
    bob.attachments.setSettings({ autoDownload: 'on-click' });
    const { peak } = await peakGrowth(async () => {
      let t = performance.now();
      const up = stage(alice, data, { fileName: 'big.bin', contentType: 'application/octet-stream' }, CHUNK);
      report('attachments.hand_over_10mb', mbps(SIZE, performance.now() - t), 'MB/s');
      t = performance.now();
      const m = sendFiles(alice, bob, [up]);
      const state = () => alice.store.messages.get(alice.store.read, m.id)?.state;
      await alice.next('messages.changed', () => state() === 'sent' || state() === 'failed');
      if (state() !== 'sent') throw new Error('the upload failed');
      report('attachments.upload_10mb_3hops', mbps(SIZE, performance.now() - t), 'MB/s');
      const [row] = await untilFiles(
        bob,
        () => arrivedId(bob, alice, m.sentAt),
        (r) => r.length === 1,
      );
      t = performance.now();
      await bob.attachments.ensureLocal(row!.aid);
      report('attachments.download_10mb_3hops', mbps(SIZE, performance.now() - t), 'MB/s');
    });
    report('attachments.peak_rss_growth_10mb', Math.round((peak / MB) * 10) / 10, 'MB');
    report('attachments.peak_rss_growth_ratio', Math.round((peak / SIZE) * 100) / 100, 'x file size');
  } finally {
    await Promise.all([alice.close(), bob.close()]);
    ln.stop();
  }
}
