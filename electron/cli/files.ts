/**
 * The CLI's file commands: `send --file` hands each file to the core in bridge-sized chunks (the
 * same `attachments.begin/append/finish` the renderer uses) before `messages.send` names them;
 * `attachment save` has the core fetch and check a file if it is not here yet, then write it out.
 * Paths are the user's own, given on the command line; the core is never handed one to choose.
 */
import { open, stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { MAX_CHUNK_BYTES, MAX_FILE_BYTES } from '../bridge/methods/attachments';
import type { Core } from '../core/api/core';
import { attachmentsModule } from '../core/services/attachments/attachments-service';
import { alive, call, CliError } from './commands';

/** What a file's extension says it is; the core sniffs images itself and trusts none of this. */
const TYPES: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.ogg': 'audio/ogg',
  '.mp4': 'video/mp4',
  '.zip': 'application/zip',
};

export interface StagedFile {
  readonly id: string;
  readonly fileName: string | null;
  readonly size: number;
  readonly contentType: string;
}

async function sizeOf(path: string): Promise<number> {
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new CliError('attachment-io', `${path} is not a file.`);
    return s.size;
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError('attachment-io', `${path} cannot be read.`);
  }
}

/** Hands one file over; refused before a byte is read when it is empty or above 10 MB. */
export async function stageFile(core: Core, path: string): Promise<StagedFile> {
  const size = await sizeOf(path);
  if (size > MAX_FILE_BYTES) {
    throw new CliError('attachment-too-large', `${basename(path)} is larger than 10 MB (${size} bytes).`);
  }
  if (size === 0) throw new CliError('attachment-io', `${basename(path)} is empty.`);
  const contentType = TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
  const { uploadId } = await call(core, 'attachments.begin', { fileName: basename(path), contentType, size });
  const h = await open(path, 'r');
  try {
    const buf = new Uint8Array(MAX_CHUNK_BYTES);
    for (let at = 0; at < size;) {
      const { bytesRead } = await h.read(buf, 0, Math.min(MAX_CHUNK_BYTES, size - at), at);
      if (bytesRead === 0) throw new CliError('attachment-io', `${basename(path)} changed while being read.`);
      await call(core, 'attachments.append', { uploadId, offset: at, data: buf.slice(0, bytesRead) });
      at += bytesRead;
    }
  } finally {
    await h.close();
  }
  const staged = await call(core, 'attachments.finish', { uploadId });
  return { id: uploadId, fileName: staged.fileName, size: staged.size, contentType: staged.contentType };
}

/** `attachment save ID --out PATH`: `{"id","path","fileName","size","contentType"}`. */
export async function saveAttachment(core: Core, id: string, out: string, print: (v: unknown) => void) {
  const attachments = core.modules.get(attachmentsModule);
  await alive(attachments.ensureLocal(id));
  const path = resolve(out);
  await attachments.saveTo(id, path);
  const att = attachments.attachment(id);
  print({ id, path, fileName: att.fileName, size: att.size, contentType: att.contentType });
}
