/**
 * Decrypted bytes for the user — and only for the user: the bridge's chunked reads, the hosts'
 * app-only routes (Electron `app://shallot/attachment/<id>`, the web host's token-checked GET) and
 * a save to a path the user picked. Every way in names an opaque id; none takes a path from the
 * renderer. What the renderer may display is decided here: images (not SVG), audio and video keep
 * their type, everything else is served as an opaque download.
 */
import { createWriteStream, rmSync } from 'node:fs';
import { once } from 'node:events';
import type { LocalFile } from '../../store';
import type { AttachmentsActive } from './active';
import { AttachmentsError } from './attachments-error';

export interface OpenedMedia {
  readonly file: LocalFile;
  /** The type to serve (see `servedType`). */
  readonly contentType: string;
  readonly fileName: string | null;
  /** The message whose attachment this is (a save tells its sender, §3.5 media-saved). */
  readonly messageId?: number;
}

const INLINE = /^(image\/(png|jpeg|gif|webp|bmp|avif)|audio\/[a-z0-9.+-]+|video\/[a-z0-9.+-]+)$/;

/** A type the app's own pages may render inline; anything else (HTML, SVG, PDF…) is a download. */
export function servedType(contentType: string): string {
  return INLINE.test(contentType) ? contentType : 'application/octet-stream';
}

export function openAttachment(a: AttachmentsActive, aid: string): OpenedMedia {
  const { store } = a.session;
  const att = store.media.attachment(store.read, aid);
  if (!att) throw new AttachmentsError('attachment-not-found', 'There is no such attachment.');
  if (att.state === 'rejected')
    throw new AttachmentsError('attachment-invalid', 'This attachment is not usable.');
  const file = att.fileId ? store.media.file(store.read, att.fileId) : undefined;
  if (!file) throw new AttachmentsError('attachment-not-downloaded', 'The file is not on this device yet.');
  return { file, contentType: servedType(att.contentType), fileName: att.fileName, messageId: att.messageId };
}

/** A profile picture's decrypted copy (contacts' and our own), by its file id. */
export function openAvatar(a: AttachmentsActive, fileId: string): OpenedMedia {
  const { store } = a.session;
  const file = store.media.file(store.read, fileId);
  if (!file || !file.contentType.startsWith('image/')) {
    throw new AttachmentsError('attachment-not-found', 'There is no such picture.');
  }
  return { file, contentType: servedType(file.contentType), fileName: null };
}

/** At most `length` bytes from `offset` (the bridge's chunked read). */
export async function readRange(
  a: AttachmentsActive,
  m: OpenedMedia,
  offset: number,
  length: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const end = Math.min(m.file.size, offset + length);
  const parts: Uint8Array[] = [];
  if (offset < end) for await (const p of a.files.read(m.file, offset, end)) parts.push(p);
  return new Uint8Array(Buffer.concat(parts));
}

/** Writes the plaintext to `path` (a save the user asked for); a failed write leaves no partial file. */
export async function exportTo(a: AttachmentsActive, m: OpenedMedia, path: string): Promise<void> {
  const out = createWriteStream(path, { flags: 'w' });
  const failed = once(out, 'error').then(([e]: unknown[]) => {
    throw new AttachmentsError('attachment-io', 'The file could not be saved there.', { cause: e });
  });
  try {
    const written = (async () => {
      for await (const p of a.files.read(m.file)) if (!out.write(p)) await once(out, 'drain');
      out.end();
      await once(out, 'finish');
    })();
    await Promise.race([written, failed]);
  } catch (e) {
    out.destroy();
    rmSync(path, { force: true });
    throw e instanceof AttachmentsError
      ? e
      : new AttachmentsError('attachment-io', 'The file could not be saved.', { cause: e });
  }
}
