import { describe, expect, it } from 'vitest';
import type { SessionProtos } from '../../../../electron/core/protocol/content-codec';
import {
  classifyContent,
  parseFileUrl,
  sanitizeFileName,
  type IncomingVisibleMessage,
} from '../../../../electron/core/protocol/messages';
import { fill, fromAlice, rawData } from './fixtures';

/**
 * Incoming AttachmentPointers (protocol reference §8.5; session-desktop v1.17.17
 * `ts/receiver/dataMessage.ts` cleanAttachment, `ts/session/url/index.ts`, `ts/receiver/attachments.ts`).
 */

const base: SessionProtos.IAttachmentPointer = {
  deprecatedId: 987,
  url: 'http://filev2.getsession.org/file/123',
  key: fill(64, 1),
  digest: fill(32, 2),
  size: 100,
};

function receive(...pointers: SessionProtos.IAttachmentPointer[]): IncomingVisibleMessage {
  const m = classifyContent(rawData({ attachments: pointers }), fromAlice);
  if (m.kind !== 'visible') throw new Error(`expected visible, got ${m.kind}`);
  return m;
}

describe('file URLs', () => {
  it('reads origin, id, encryption and server key', () => {
    expect(parseFileUrl('http://filev2.getsession.org/file/123')).toEqual({
      origin: 'http://filev2.getsession.org',
      fileId: '123',
      encryption: 'legacy',
    });
    expect(parseFileUrl(`https://fs.example:8443/files/AbC_-9#p=${'AB'.repeat(32)}&d`)).toEqual({
      origin: 'https://fs.example:8443',
      fileId: 'AbC_-9',
      encryption: 'deterministic',
      serverEd25519PublicKey: 'ab'.repeat(32),
    });
    // Desktop writes `d=`; newest libsession writes a bare `d`; both mean deterministic.
    expect(parseFileUrl('http://fs/file/1#d=')?.encryption).toBe('deterministic');
    expect(parseFileUrl('http://fs/file/1#x=1&sr=host:1')?.encryption).toBe('legacy');
  });

  it('refuses what is no file-server URL', () => {
    for (const url of [
      'not a url',
      'ftp://fs/file/1',
      'file:///etc/passwd',
      'http://fs/',
      'http://user:pw@fs/file/1',
      'http://open.getsession.org/file/1',
      'http://fs/file/..',
      'http://fs/file/%2e%2e%2fx',
      'http://fs/file/1#p=abc',
      `http://fs/file/${'a'.repeat(257)}`,
    ]) {
      expect(parseFileUrl(url), url).toBeUndefined();
    }
  });
});

describe('file names', () => {
  it('lose path separators, control and bidi characters, leading dots', () => {
    expect(sanitizeFileName('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(sanitizeFileName('C:\\Windows\\x.exe')).toBe('C:_Windows_x.exe');
    expect(sanitizeFileName('invoice\u202efdp.exe')).toBe('invoicefdp.exe');
    expect(sanitizeFileName('a\nb\u0000c\u009f')).toBe('abc');
    expect(sanitizeFileName('.hidden')).toBe('hidden');
    expect(sanitizeFileName(' \u0001 ')).toBeUndefined();
    expect(sanitizeFileName('é'.repeat(200))).toBe('é'.repeat(127));
  });
});

describe('incoming pointers', () => {
  it('are normalised: deprecated_id ignored, names sanitised, bad types and zero sizes dropped', () => {
    const m = receive({
      ...base,
      fileName: '../secret\u0007.png',
      contentType: 'image/png\u0000<script>',
      width: 0,
      height: 300,
      flags: 3,
      caption: 'c',
    });
    expect(m.rejectedAttachments).toEqual([]);
    expect(m.attachments).toEqual([
      {
        url: base.url,
        key: fill(64, 1),
        digest: fill(32, 2),
        size: 100,
        fileName: '_secret.png',
        height: 300,
        caption: 'c',
        voice: true,
        location: { origin: 'http://filev2.getsession.org', fileId: '123', encryption: 'legacy' },
      },
    ]);
  });

  it('deterministic files need a 32-byte key and no digest', () => {
    const det = { ...base, url: 'http://fs/file/abc#d', key: fill(32, 1) };
    const ok = receive(det).attachments[0]!;
    expect(ok.location.encryption).toBe('deterministic');
    expect(ok).not.toHaveProperty('digest');
    expect(receive({ ...det, key: fill(64, 1) }).rejectedAttachments).toEqual([{ index: 0, reason: 'key' }]);
  });

  it('are rejected one by one, with their position and reason, the rest of the message kept', () => {
    const m = receive(
      base,
      { ...base, url: 'javascript:alert(1)' },
      { ...base, key: fill(63, 1) },
      { ...base, digest: undefined },
      { ...base, size: 0 },
      { ...base, size: 10_000_001 },
      { ...base, width: 1_000_000, height: 1 },
      { ...base, height: 65_536 },
      { ...base, width: 65_535, height: 65_535 },
    );
    expect(m.attachments.map((a) => a.width)).toEqual([undefined, 65_535]);
    expect(m.rejectedAttachments).toEqual([
      { index: 1, reason: 'url' },
      { index: 2, reason: 'key' },
      { index: 3, reason: 'digest' },
      { index: 4, reason: 'size' },
      { index: 5, reason: 'size' },
      { index: 6, reason: 'dimensions' },
      { index: 7, reason: 'dimensions' },
    ]);
  });

  it('a message whose only pointer is rejected still arrives, showing what failed', () => {
    const m = receive({ ...base, url: 'nope' });
    expect(m.attachments).toEqual([]);
    expect(m.rejectedAttachments).toEqual([{ index: 0, reason: 'url' }]);
  });

  it('returns copies, not views into the decoded buffer', () => {
    const key = receive(base).attachments[0]!.key;
    expect(key.byteOffset).toBe(0);
    expect(key.buffer.byteLength).toBe(64);
  });
});
