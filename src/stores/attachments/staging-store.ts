/**
 * Files waiting in the composer: each picked, dropped or pasted file (or recorded voice note) is
 * handed to the core in chunks (`attachments.begin` → `append`… → `finish`) as soon as it is added,
 * so sending only names upload ids. A file above 10 MB is refused here with the core's own code
 * before a byte is read; leaving the chat or removing a file cancels its hand-over.
 */
import { createStore } from 'zustand/vanilla';
import type { BridgeError, ShallotBridge } from '../../bridge/bridge';
import { handOver, MAX_FILE_BYTES } from './hand-over';

/** Files one message carries (the contract's MAX_ATTACHMENTS). */
export const MAX_FILES = 32;

export type StagedItem = {
  readonly key: string;
  readonly name: string;
  readonly size: number;
  readonly contentType: string;
  readonly voice: boolean;
  readonly state: 'reading' | 'ready' | 'failed';
  /** 0..1 of the hand-over. */
  readonly progress: number;
  readonly uploadId?: string;
  readonly error?: BridgeError;
};

export type StagingState = {
  items: readonly StagedItem[];
  add: (files: readonly File[], extra?: { voice?: boolean; durationMs?: number }) => void;
  remove: (key: string) => void;
  /** Every file handed over and none still reading: the ids to send. */
  readyIds: () => readonly string[] | undefined;
  /** After a send: the files are the message's now. */
  clear: () => void;
  /** Leaving the chat: hand-overs are cancelled. */
  discard: () => void;
};

let counter = 0;

export function createStagingStore(bridge: ShallotBridge) {
  return createStore<StagingState>()((set, get) => {
    const patch = (key: string, p: Partial<StagedItem>): void =>
      set({ items: get().items.map((i) => (i.key === key ? { ...i, ...p } : i)) });
    const alive = (key: string): boolean => get().items.some((i) => i.key === key);

    const stage = async (key: string, file: File, extra: { voice?: boolean; durationMs?: number }) => {
      const r = await handOver(
        bridge,
        file,
        { fileName: file.name, contentType: file.type, ...extra },
        {
          onBegun: (uploadId) => patch(key, { uploadId }),
          onProgress: (progress) => patch(key, { progress }),
          stillWanted: () => alive(key),
        },
      );
      if (!alive(key)) return;
      if (r.ok) patch(key, { state: 'ready', progress: 1, contentType: r.staged.contentType });
      else patch(key, { state: 'failed', error: r.error });
    };

    return {
      items: [],

      add(files, extra = {}) {
        const room = MAX_FILES - get().items.length;
        for (const file of files.slice(0, Math.max(0, room))) {
          const key = `f${++counter}`;
          const base = {
            key,
            name: file.name,
            size: file.size,
            contentType: file.type,
            voice: !!extra.voice,
          };
          if (file.size > MAX_FILE_BYTES || file.size === 0) {
            const error: BridgeError = {
              code: file.size === 0 ? 'attachment-incomplete' : 'attachment-too-large',
              message: '',
            };
            set({ items: [...get().items, { ...base, state: 'failed', progress: 0, error }] });
            continue;
          }
          set({ items: [...get().items, { ...base, state: 'reading', progress: 0 }] });
          void stage(key, file, extra).catch(() =>
            patch(key, {
              state: 'failed',
              error: { code: 'attachment-io', message: '' } satisfies BridgeError,
            }),
          );
        }
      },

      remove(key) {
        const item = get().items.find((i) => i.key === key);
        set({ items: get().items.filter((i) => i.key !== key) });
        if (item?.uploadId) void bridge.call('attachments.cancel', { id: item.uploadId });
      },

      readyIds() {
        const { items } = get();
        if (items.some((i) => i.state !== 'ready')) return undefined;
        return items.map((i) => i.uploadId!);
      },

      clear: () => set({ items: [] }),

      discard() {
        for (const i of get().items)
          if (i.uploadId) void bridge.call('attachments.cancel', { id: i.uploadId });
        set({ items: [] });
      },
    };
  });
}

export type StagingStore = ReturnType<typeof createStagingStore>;
