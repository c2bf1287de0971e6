/** Copy to the clipboard, with one short confirmation (announced politely) per copy button. */
import { create } from 'zustand';

type ClipboardStore = {
  /** Which copy button last succeeded or failed, and how. */
  last?: { id: string; ok: boolean };
  copy: (id: string, text: string) => Promise<void>;
};

let clear: ReturnType<typeof setTimeout> | undefined;

export const useClipboardStore = create<ClipboardStore>()((set) => ({
  async copy(id, text) {
    let ok = true;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      ok = false;
    }
    clearTimeout(clear);
    set({ last: { id, ok } });
    clear = setTimeout(() => set({ last: undefined }), 4_000);
  },
}));
