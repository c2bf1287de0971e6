/** Profile edits (display name) and the own Session ID's QR code. */
import { create } from 'zustand';
import type { BridgeError } from '../../electron/bridge/result';
import { bridge } from '../bridge/bridge';
import { useAccountStore } from './account-store';

type ProfileStore = {
  qrSvg?: string;
  busy: boolean;
  saved: boolean;
  nameMissing: boolean;
  error?: BridgeError;
  loadQr: () => Promise<void>;
  saveName: (displayName: string) => Promise<void>;
  clearStatus: () => void;
};

export const useProfileStore = create<ProfileStore>()((set) => ({
  busy: false,
  saved: false,
  nameMissing: false,
  async loadQr() {
    const r = await bridge().call('account.qr', {});
    if (r.ok) set({ qrSvg: r.value.svg });
  },
  async saveName(displayName) {
    const name = displayName.trim();
    if (name === '') return set({ nameMissing: true, saved: false });
    set({ busy: true, saved: false, nameMissing: false, error: undefined });
    const r = await bridge().call('profile.setDisplayName', { displayName: name });
    if (!r.ok) return set({ busy: false, error: r.error });
    set({ busy: false, saved: true });
    useAccountStore.getState().accept(r.value);
  },
  clearStatus: () => set({ saved: false, nameMissing: false, error: undefined }),
}));
