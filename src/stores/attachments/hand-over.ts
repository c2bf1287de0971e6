/**
 * Hands one file (a File or Blob from the page) to the core in chunks: `attachments.begin`, then
 * `append` a chunk at a time (each well under a bridge frame), then `finish`. Bytes never travel
 * as one big value; the core measures, checks and encrypts them as they arrive.
 */
import type { StagedFile } from '../../../electron/bridge/methods/attachments';
import type { BridgeError, ShallotBridge } from '../../bridge/bridge';

/** The contract's limits (electron/bridge/methods/attachments.ts: MAX_FILE_BYTES, MAX_CHUNK_BYTES). */
export const MAX_FILE_BYTES = 10_000_000;
export const CHUNK_BYTES = 512 * 1024;

export type HandOverMeta = {
  readonly fileName: string;
  readonly contentType: string;
  readonly voice?: boolean;
  readonly durationMs?: number;
};

export type HandOverResult = { ok: true; staged: StagedFile } | { ok: false; error: BridgeError };

export async function handOver(
  bridge: ShallotBridge,
  blob: Blob,
  meta: HandOverMeta,
  hooks: {
    onBegun?: (uploadId: string) => void;
    onProgress?: (share: number) => void;
    stillWanted?: () => boolean;
  } = {},
): Promise<HandOverResult> {
  const begun = await bridge.call('attachments.begin', {
    fileName: meta.fileName.slice(0, 1_000),
    contentType: meta.contentType.slice(0, 255),
    size: blob.size,
    ...(meta.voice ? { voice: true } : {}),
    ...(meta.durationMs !== undefined ? { durationMs: Math.round(meta.durationMs) } : {}),
  });
  if (!begun.ok) return { ok: false, error: begun.error };
  const { uploadId } = begun.value;
  hooks.onBegun?.(uploadId);
  const cancelled: HandOverResult = { ok: false, error: { code: 'attachment-not-found', message: '' } };
  for (let at = 0; at < blob.size; at += CHUNK_BYTES) {
    if (hooks.stillWanted && !hooks.stillWanted()) return cancelled;
    const data = new Uint8Array(await blob.slice(at, at + CHUNK_BYTES).arrayBuffer());
    const r = await bridge.call('attachments.append', { uploadId, offset: at, data });
    if (!r.ok) return { ok: false, error: r.error };
    hooks.onProgress?.((at + data.length) / blob.size);
  }
  if (hooks.stillWanted && !hooks.stillWanted()) return cancelled;
  const done = await bridge.call('attachments.finish', { uploadId });
  return done.ok ? { ok: true, staged: done.value } : { ok: false, error: done.error };
}
