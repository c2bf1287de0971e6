/**
 * Two accounts on a localnet and its file server: files handed over in chunks, uploaded through
 * onion requests, carried by the message once the uploads are done, and on the other side stored
 * as pointers, downloaded (automatically for small images and voice notes, on request otherwise),
 * checked and kept encrypted at rest.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePayload } from '../../../../electron/core/services/messaging/wire';
import type { Localnet } from '../../../../localnet/index';
import type { StoredAttachment } from '../../../../electron/core/store';
import { localnet } from '../../network/fixture';
import { untilState } from '../../../support/messaging-device';
import {
  arrivedId,
  attachmentsOf,
  befriend,
  bytes,
  openFileDevice,
  plaintext,
  sendFiles,
  stage,
  untilFiles,
  type FileDevice,
} from './harness';

/** A 3×2 PNG's first bytes: enough for the core to measure it. */
function png(width: number, height: number, extra = 100): Uint8Array {
  const b = new Uint8Array(33 + extra);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(b.buffer).setUint32(16, width);
  new DataView(b.buffer).setUint32(20, height);
  return b;
}

let ln: Localnet;
let alice: FileDevice;
let bob: FileDevice;
beforeAll(async () => {
  ln = await localnet(8);
  [alice, bob] = await Promise.all([
    openFileDevice(ln, { name: 'Alice' }),
    openFileDevice(ln, { name: 'Bob' }),
  ]);
  await befriend(alice, bob);
}, 60_000);
afterAll(async () => {
  await Promise.all([alice?.close(), bob?.close()]);
  await ln?.close();
});

function noPlaintextOnDisk(d: FileDevice, data: Uint8Array): void {
  const dir = join(d.dir, 'attachments');
  const needle = Buffer.from(data.subarray(0, 64));
  for (const sub of ['', 'outgoing']) {
    for (const name of readdirSync(join(dir, sub))) {
      if (name === 'outgoing' || name === 'tmp') continue;
      expect(readFileSync(join(dir, sub, name)).includes(needle)).toBe(false);
    }
  }
}

describe('attachments between two accounts', () => {
  it('sends an image and a PDF after their uploads; the image arrives by itself, the PDF on request', async () => {
    const image = png(3, 2, 5000);
    const pdf = bytes(1_200_000);
    const up1 = stage(alice, image, { fileName: 'photo.png', contentType: 'image/png' });
    const up2 = stage(alice, pdf, { fileName: '../../etc/report\u0007.pdf', contentType: 'application/pdf' });
    const m = sendFiles(alice, bob, [up1, up2], 'two files');
    expect(m.state).toBe('sending');
    expect(decodePayload(alice.store.chat.wireOf(alice.store.read, m.id)!)?.deferred).toBe(true);
    expect(attachmentsOf(alice, m.id).map((a) => a.state)).toEqual(['uploading', 'uploading']);
    await untilState(alice, m.id, 'sent');
    const sent = attachmentsOf(alice, m.id);
    expect(sent.map((a) => a.state)).toEqual(['ready', 'ready']);
    expect(sent[0]!.url).toBe(`${ln.profile.fileServer.url}/file/${sent[0]!.url!.split('/').pop()}`);
    expect(sent.every((a) => a.blobFile === null)).toBe(true);
    expect(sent[1]!.fileName).toMatch(/report\.pdf$/);
    // eslint-disable-next-line no-control-regex -- the point is that no control character is left
    expect(sent[1]!.fileName).not.toMatch(/[/\\\u0000-\u001f]/);
    expect(sent[0]).toMatchObject({ width: 3, height: 2, contentType: 'image/png' });

    const rows = await untilFiles(
      bob,
      () => arrivedId(bob, alice, m.sentAt),
      (r) => r[0]?.state === 'ready',
    );
    expect(rows.map((r) => r.state)).toEqual(['ready', 'pending']);
    expect(rows[1]).toMatchObject({
      fileName: sent[1]!.fileName,
      size: pdf.length,
      contentType: 'application/pdf',
    });
    expect(Buffer.from(await plaintext(bob, rows[0]!.aid)).equals(Buffer.from(image))).toBe(true);

    bob.attachments.download(rows[1]!.aid);
    const done = await untilFiles(
      bob,
      () => rows[1]!.messageId,
      (r) => r[1]?.state === 'ready',
    );
    expect(Buffer.from(await plaintext(bob, done[1]!.aid)).equals(Buffer.from(pdf))).toBe(true);
    // What backup's conversation export reads: by message and position, only what is here.
    expect(
      Buffer.from((await bob.attachments.exportRead(done[1]!.messageId, 1))!).equals(Buffer.from(pdf)),
    ).toBe(true);
    expect(await bob.attachments.exportRead(done[1]!.messageId, 7)).toBeUndefined();
    // Alice keeps her own copies readable too; neither device wrote a byte of either in the clear.
    expect(Buffer.from(await plaintext(alice, sent[1]!.aid)).equals(Buffer.from(pdf))).toBe(true);
    noPlaintextOnDisk(alice, pdf);
    noPlaintextOnDisk(bob, pdf);
  }, 90_000);

  it('sends a voice note with its flag and duration; it downloads by itself', async () => {
    const audio = bytes(40_000);
    const up = stage(alice, audio, { contentType: 'audio/wav', voice: true, durationMs: 1_250 });
    const m = sendFiles(alice, bob, [up]);
    await untilState(alice, m.id, 'sent');
    const rows = await untilFiles(
      bob,
      () => arrivedId(bob, alice, m.sentAt),
      (r) => r[0]?.state === 'ready',
    );
    expect(rows[0]).toMatchObject({ voice: true, contentType: 'audio/wav', size: audio.length });
    expect(attachmentsOf(alice, m.id)[0]).toMatchObject({ voice: true, durationMs: 1_250 });
  }, 60_000);

  it('deletes the files with their message', async () => {
    const up = stage(alice, bytes(3_000), { fileName: 'gone.bin' });
    const m = sendFiles(alice, bob, [up]);
    await untilState(alice, m.id, 'sent');
    const fileId = attachmentsOf(alice, m.id)[0]!.fileId!;
    expect(readdirSync(join(alice.dir, 'attachments'))).toContain(fileId);
    alice.store.write((tx) => alice.store.messages.remove(tx, m.id));
    expect(alice.attachments.sweepNow()).toBe(1);
    expect(readdirSync(join(alice.dir, 'attachments'))).not.toContain(fileId);
    expect(alice.store.media.file(alice.store.read, fileId)).toBeUndefined();
  }, 30_000);

  it('keeps nothing from a download that fails its MAC or is gone from the server', async () => {
    const up1 = stage(alice, bytes(20_000), { fileName: 'one.bin' });
    const up2 = stage(alice, bytes(30_000), { fileName: 'two.bin' });
    const m = sendFiles(alice, bob, [up1, up2]);
    await untilState(alice, m.id, 'sent');
    const rows = await untilFiles(
      bob,
      () => arrivedId(bob, alice, m.sentAt),
      (r) => r.length === 2,
    );
    const before = readdirSync(join(bob.dir, 'attachments')).sort();
    const [a, b] = rows as [StoredAttachment, StoredAttachment];
    // One pointer names the other's file (its key cannot open it); the other a file that is not there.
    const missing = `${b.url!.slice(0, b.url!.lastIndexOf('/'))}/nosuchfile`;
    bob.store.write((tx) => {
      bob.store.media.patchAttachment(tx, a.aid, { url: b.url });
      bob.store.media.patchAttachment(tx, b.aid, { url: missing });
    });
    bob.attachments.download(a.aid);
    bob.attachments.download(b.aid);
    const done = await untilFiles(
      bob,
      () => a.messageId,
      (r) => r.every((x) => x.state !== 'downloading'),
    );
    expect(done.map((x) => [x.state, x.failure, x.fileId])).toEqual([
      ['failed', 'attachment-invalid', null],
      ['expired', 'attachment-expired', null],
    ]);
    expect(readdirSync(join(bob.dir, 'attachments')).sort()).toEqual(before);
    expect(readdirSync(join(bob.dir, 'attachments', 'tmp'))).toEqual([]);
    await expect(bob.attachments.ensureLocal(b.aid)).rejects.toMatchObject({ code: 'attachment-expired' });
    expect(() => bob.attachments.open('attachment', a.aid)).toThrow(
      expect.objectContaining({ code: 'attachment-not-downloaded' }),
    );
    expect(() => bob.attachments.begin({ size: 10_000_001 })).toThrow(
      expect.objectContaining({ code: 'attachment-too-large' }),
    );
  }, 60_000);
});
