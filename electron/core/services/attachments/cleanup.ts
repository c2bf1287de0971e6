/**
 * Files leave with what pointed at them. Deleting a message (for me, for everyone, by expiry, with
 * its conversation) removes its attachment rows in the same transaction (foreign keys); this sweep
 * then removes the `local_files` rows nothing names any more and their files, after the commit —
 * a rolled-back deletion never loses a file. At start-up it also removes files on disk that no row
 * knows (a crash between writing and recording), blobs no upload needs and hand-overs a day old.
 */
import type { Store } from '../../store';
import type { EncryptedFiles } from './encrypted-files';

/** Staged uploads no message took within a day are dropped. */
export const STAGED_UPLOAD_LIFETIME_MS = 24 * 60 * 60_000;
/**
 * Rows nothing points at, and their files. Returns how many went. Every file is recorded in the
 * same transaction as what points at it, so a row without a pointer is never one in the making.
 */
export function sweepOrphans(store: Store, files: EncryptedFiles): number {
  let removed = 0;
  for (;;) {
    const ids = store.media.orphanFiles(store.read);
    if (ids.length === 0) return removed;
    store.write((tx) => ids.forEach((id) => store.media.removeFile(tx, id)));
    for (const id of ids) files.remove(id);
    removed += ids.length;
  }
}

/** The whole check, at start-up: rows, stale hand-overs, files and blobs on disk. */
export function sweepAll(store: Store, files: EncryptedFiles, now: number): { files: number; blobs: number } {
  const stale = store.media.staleUploads(store.read, now - STAGED_UPLOAD_LIFETIME_MS);
  if (stale.length > 0) store.write((tx) => stale.forEach((aid) => store.media.removeUpload(tx, aid)));
  let gone = sweepOrphans(store, files);
  const onDisk = files.list();
  for (const id of onDisk.files) {
    if (store.media.file(store.read, id)) continue;
    files.remove(id);
    gone++;
  }
  const live = store.media.liveBlobs(store.read);
  const blobs = onDisk.blobs.filter((b) => !live.has(b));
  for (const b of blobs) files.removeBlob(b);
  return { files: gone, blobs: blobs.length };
}
