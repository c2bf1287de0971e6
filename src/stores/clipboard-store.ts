/** Copy to the clipboard, with one short confirmation (announced politely) per copy button. */
import { createStore } from 'zustand/vanilla';

export type ClipboardState = {
  /** Which copy button last succeeded or failed, and how. */
  last?: { id: string; ok: boolean };
  copy: (id: string, text: string) => Promise<void>;
};

export type WriteText = (text: string) => Promise<void>;

export function createClipboardStore(writeText: WriteText = (text) => navigator.clipboard.writeText(text)) {
  let clear: ReturnType<typeof setTimeout> | undefined;
  return createStore<ClipboardState>()((set) => ({
    async copy(id, text) {
      let ok = true;
      try {
        await writeText(text);
      } catch {
        ok = false;
      }
      clearTimeout(clear);
      set({ last: { id, ok } });
      clear = setTimeout(() => set({ last: undefined }), 4_000);
    },
  }));
}

export type ClipboardStore = ReturnType<typeof createClipboardStore>;
