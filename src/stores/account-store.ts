/**
 * The account's state as the core reports it (no-account, locked, ready), kept fresh by the
 * `account.changed` event. Which top-level screen shows follows from it alone.
 */
import { create } from 'zustand';
import type { Result } from '../../electron/bridge/contract';
import type { BridgeError } from '../../electron/bridge/result';
import { bridge } from '../bridge/bridge';
import { useSettingsStore } from './settings-store';

export type AccountState = Result<'account.state'>;

type AccountStore = {
  account?: AccountState;
  error?: BridgeError;
  refresh: () => Promise<void>;
  /** Subscribes to the core; returns the unsubscribe. */
  start: () => () => void;
  /** Called by stores whose calls answer with a fresh account state. */
  accept: (account: AccountState) => void;
  lockNow: () => Promise<void>;
};

export const useAccountStore = create<AccountStore>()((set, get) => {
  /** Settings live in the account's store: read them again whenever it opens. */
  const adopt = (account: AccountState): void => {
    const wasReady = get().account?.state === 'ready';
    set({ account, error: undefined });
    if (account.state !== 'locked' && !(wasReady && account.state === 'ready')) {
      void useSettingsStore.getState().load();
    }
  };
  return {
    async refresh() {
      const r = await bridge().call('account.state', {});
      if (r.ok) adopt(r.value);
      else set({ error: r.error });
    },

    start() {
      const offChanged = bridge().on('account.changed', adopt);
      // A reconnect (web host restarted) means the core may be in another state now.
      const offReady = bridge().on('app.ready', () => void get().refresh());
      void get().refresh();
      return () => {
        offChanged();
        offReady();
      };
    },

    accept: adopt,

    async lockNow() {
      const r = await bridge().call('account.lock', {});
      if (r.ok) adopt(r.value);
      else set({ error: r.error });
    },
  };
});
