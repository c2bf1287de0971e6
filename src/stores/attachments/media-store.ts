/**
 * Attachments as the renderer shows them: transfer progress (from `attachments.progress`), the
 * decrypted bytes of files and pictures read through the bridge in chunks and held as blob: URLs
 * (a few dozen at most; the oldest are revoked), downloads, cancels, saves, the attachment
 * settings and our own picture. The renderer never sees a path or a network address.
 */
import { createStore } from 'zustand/vanilla';
import type { AttachmentSettings } from '../../../electron/bridge/methods/attachments';
import type { BridgeError, ShallotBridge } from '../../bridge/bridge';

/** Bytes per `attachments.read` (the contract's cap). */
export const READ_CHUNK = 512 * 1024;
/** Blob URLs kept; past this the least recently used is revoked. */
export const KEPT_URLS = 48;

export type MediaTarget = { readonly kind: 'attachment' | 'avatar'; readonly id: string };
const keyOf = (t: MediaTarget): string => `${t.kind}:${t.id}`;

export type MediaState = {
  /** 0..1 per attachment id while it moves. */
  progress: Readonly<Record<string, number>>;
  /** blob: URLs by `kind:id`. */
  urls: Readonly<Record<string, string>>;
  /** The last failure per attachment id (a read, a download or a save). */
  errors: Readonly<Record<string, BridgeError>>;
  settings?: AttachmentSettings;
  settingsError?: BridgeError;
  start: () => () => void;
  /** The blob: URL of a file on this device, read once and kept. */
  load: (target: MediaTarget) => Promise<string | undefined>;
  download: (attachmentId: string) => Promise<void>;
  cancel: (attachmentId: string) => Promise<void>;
  /** Electron asks where; a host without a dialog gets the browser's download of the blob. */
  save: (attachmentId: string, fileName: string) => Promise<void>;
  loadSettings: () => Promise<void>;
  setSettings: (patch: Partial<AttachmentSettings>) => Promise<boolean>;
  /** The account locked or closed: every decrypted copy in the page is let go. */
  reset: () => void;
};

export type MediaOptions = {
  /** Hands a blob to the browser as a download (the web host's save). */
  downloadBlob?: (url: string, fileName: string) => void;
  createUrl?: (blob: Blob) => string;
  revokeUrl?: (url: string) => void;
};

/** The whole decrypted file, a chunk per call. */
async function readMedia(
  bridge: ShallotBridge,
  target: MediaTarget,
): Promise<{ blob: Blob } | { error: BridgeError }> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let contentType = 'application/octet-stream';
  for (let offset = 0, size = 1; offset < size;) {
    const r = await bridge.call('attachments.read', { target: { ...target }, offset, length: READ_CHUNK });
    if (!r.ok) return { error: r.error };
    size = r.value.size;
    contentType = r.value.contentType;
    if (r.value.data.length === 0) break;
    parts.push(new Uint8Array(r.value.data));
    offset += r.value.data.length;
  }
  return { blob: new Blob(parts, { type: contentType }) };
}

function browserDownload(url: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
}

export function createMediaStore(bridge: ShallotBridge, options: MediaOptions = {}) {
  const createUrl = options.createUrl ?? ((b: Blob) => URL.createObjectURL(b));
  const revokeUrl = options.revokeUrl ?? ((u: string) => URL.revokeObjectURL(u));
  const loading = new Map<string, Promise<string | undefined>>();

  return createStore<MediaState>()((set, get) => {
    const fail = (id: string, error: BridgeError): void => set({ errors: { ...get().errors, [id]: error } });
    const clearError = (id: string): void => {
      if (!(id in get().errors)) return;
      const { [id]: _gone, ...rest } = get().errors;
      set({ errors: rest });
    };

    const keep = (key: string, url: string): void => {
      const urls = { ...get().urls };
      delete urls[key];
      urls[key] = url;
      const keys = Object.keys(urls);
      for (const old of keys.slice(0, Math.max(0, keys.length - KEPT_URLS))) {
        revokeUrl(urls[old]!);
        delete urls[old];
      }
      set({ urls });
    };

    const readAll = async (target: MediaTarget): Promise<string | undefined> => {
      const r = await readMedia(bridge, target);
      if ('error' in r) return void fail(target.id, r.error);
      const url = createUrl(r.blob);
      keep(keyOf(target), url);
      return url;
    };

    return {
      progress: {},
      urls: {},
      errors: {},

      start() {
        const offProgress = bridge.on('attachments.progress', (p) => {
          const progress = { ...get().progress };
          if (p.progress >= 1) delete progress[p.attachmentId];
          else progress[p.attachmentId] = p.progress;
          set({ progress });
        });
        return () => {
          offProgress();
          get().reset();
        };
      },

      reset() {
        for (const url of Object.values(get().urls)) revokeUrl(url);
        loading.clear();
        set({ progress: {}, urls: {}, errors: {}, settings: undefined, settingsError: undefined });
      },

      load(target) {
        const key = keyOf(target);
        const have = get().urls[key];
        if (have) return Promise.resolve(have);
        let p = loading.get(key);
        if (!p) {
          p = readAll(target).finally(() => loading.delete(key));
          loading.set(key, p);
        }
        return p;
      },

      async download(attachmentId) {
        clearError(attachmentId);
        const r = await bridge.call('attachments.download', { attachmentId });
        if (!r.ok) fail(attachmentId, r.error);
      },

      async cancel(attachmentId) {
        const r = await bridge.call('attachments.cancel', { id: attachmentId });
        if (!r.ok) fail(attachmentId, r.error);
      },

      async save(attachmentId, fileName) {
        clearError(attachmentId);
        const r = await bridge.call('attachments.saveAs', { attachmentId });
        if (r.ok) return;
        if (r.error.code !== 'save-unsupported') return fail(attachmentId, r.error);
        const url = await get().load({ kind: 'attachment', id: attachmentId });
        if (url) (options.downloadBlob ?? browserDownload)(url, fileName);
      },

      async loadSettings() {
        const r = await bridge.call('attachments.settings.get', {});
        set(r.ok ? { settings: r.value, settingsError: undefined } : { settingsError: r.error });
      },

      async setSettings(patch) {
        const r = await bridge.call('attachments.settings.set', patch);
        set(r.ok ? { settings: r.value, settingsError: undefined } : { settingsError: r.error });
        return r.ok;
      },
    };
  });
}

export type MediaStore = ReturnType<typeof createMediaStore>;
