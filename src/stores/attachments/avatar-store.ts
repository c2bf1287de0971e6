/**
 * Our own profile picture: the one the core has (`avatar.get`, followed by `avatar.changed`), and
 * setting one — the page crops the chosen image to a square of at most 600 px (a canvas), hands it
 * over and `avatar.set` encrypts and uploads it — or removing it.
 */
import { createStore } from 'zustand/vanilla';
import type { BridgeError, ShallotBridge } from '../../bridge/bridge';
import { handOver } from './hand-over';

export type AvatarState = {
  own: { readonly id: string } | null;
  busy: boolean;
  error?: BridgeError;
  start: () => () => void;
  /** `image` is the already cropped picture. */
  set: (image: Blob) => Promise<void>;
  clear: () => Promise<void>;
};

export function createAvatarStore(bridge: ShallotBridge) {
  return createStore<AvatarState>()((set) => ({
    own: null,
    busy: false,

    start() {
      void bridge.call('avatar.get', {}).then((r) => r.ok && set({ own: r.value.avatar }));
      return bridge.on('avatar.changed', (e) => set({ own: e.avatar }));
    },

    async set(image) {
      set({ busy: true, error: undefined });
      const staged = await handOver(bridge, image, { fileName: 'avatar.png', contentType: image.type });
      if (!staged.ok) return set({ busy: false, error: staged.error });
      const r = await bridge.call('avatar.set', { uploadId: staged.staged.uploadId });
      set(r.ok ? { busy: false, own: r.value.avatar } : { busy: false, error: r.error });
    },

    async clear() {
      set({ busy: true, error: undefined });
      const r = await bridge.call('avatar.clear', {});
      set(r.ok ? { busy: false, own: null } : { busy: false, error: r.error });
    },
  }));
}

export type AvatarStore = ReturnType<typeof createAvatarStore>;
