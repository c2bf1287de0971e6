/**
 * Clearing this device's data (the lock screen's way out for a forgotten password, and "Log out /
 * clear data" in Settings): the user types the confirmation word first; the core then deletes the
 * account's files and answers with a fresh, account-less state.
 */
import { createStore } from 'zustand/vanilla';
import type { BridgeError, Params, ShallotBridge } from '../bridge/bridge';
import { t } from '../i18n/t';
import type { AccountStore } from './account-store';
import type { OnboardingStore } from './onboarding-store';

export type ClearDataState = {
  busy: boolean;
  /** The typed word did not match. */
  mismatch: boolean;
  error?: BridgeError;
  /** `thenRestore`: go straight to "restore from your recovery phrase" afterwards. */
  clear: (typed: string, thenRestore: boolean) => Promise<boolean>;
  reset: () => void;
};

/** The contract's fixed parameter; its literal type makes a mismatch fail typecheck. */
const CONFIRMATION: Params<'account.clearData'>['confirm'] = 'clear-this-device';

/** Case and surrounding spaces do not matter; the word itself does. */
export function confirms(typed: string): boolean {
  return typed.trim().toLocaleLowerCase() === t('clearData.word').toLocaleLowerCase();
}

export function createClearDataStore(
  bridge: ShallotBridge,
  account: AccountStore,
  onboarding: OnboardingStore,
) {
  return createStore<ClearDataState>()((set, get) => ({
    busy: false,
    mismatch: false,
    async clear(typed, thenRestore) {
      if (get().busy) return false;
      if (!confirms(typed)) {
        set({ mismatch: true, error: undefined });
        return false;
      }
      set({ busy: true, mismatch: false, error: undefined });
      const r = await bridge.call('account.clearData', { confirm: CONFIRMATION });
      if (!r.ok) {
        set({ busy: false, error: r.error });
        return false;
      }
      set({ busy: false });
      account.getState().accept(r.value);
      if (thenRestore) onboarding.getState().startRestore();
      return true;
    },
    reset: () => set({ busy: false, mismatch: false, error: undefined }),
  }));
}

export type ClearDataStore = ReturnType<typeof createClearDataStore>;
