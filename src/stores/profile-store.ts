/** Profile edits (display name) and the own Session ID's QR code. */
import { createStore } from 'zustand/vanilla';
import type { BridgeError } from '../../electron/bridge/result';
import type { ShallotBridge } from '../bridge/bridge';
import type { AccountStore } from './account-store';

export type ProfileState = {
  qrSvg?: string;
  busy: boolean;
  saved: boolean;
  nameMissing: boolean;
  error?: BridgeError;
  loadQr: () => Promise<void>;
  saveName: (displayName: string) => Promise<void>;
  clearStatus: () => void;
};

/** "Display name saved." goes after this long (or as soon as the name is edited again). */
export const SAVED_SHOWN_MS = 4_000;

export function createProfileStore(bridge: ShallotBridge, account: AccountStore) {
  let savedTimer: ReturnType<typeof setTimeout> | undefined;
  return createStore<ProfileState>()((set) => ({
    busy: false,
    saved: false,
    nameMissing: false,
    async loadQr() {
      const r = await bridge.call('account.qr', {});
      if (r.ok) set({ qrSvg: r.value.svg });
    },
    async saveName(displayName) {
      const name = displayName.trim();
      if (name === '') return set({ nameMissing: true, saved: false });
      set({ busy: true, saved: false, nameMissing: false, error: undefined });
      const r = await bridge.call('profile.setDisplayName', { displayName: name });
      if (!r.ok) return set({ busy: false, error: r.error });
      set({ busy: false, saved: true });
      clearTimeout(savedTimer);
      savedTimer = setTimeout(() => set({ saved: false }), SAVED_SHOWN_MS);
      account.getState().accept(r.value);
    },
    clearStatus: () => set({ saved: false, nameMissing: false, error: undefined }),
  }));
}

export type ProfileStore = ReturnType<typeof createProfileStore>;
