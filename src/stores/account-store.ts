/**
 * The account's state as the core reports it (no-account, locked, ready), kept fresh by the
 * `account.changed` event. Which top-level screen shows follows from it alone.
 */
import { createStore } from 'zustand/vanilla';
import type { Result } from '../../electron/bridge/contract';
import type { BridgeError } from '../../electron/bridge/result';
import type { ShallotBridge } from '../bridge/bridge';

export type AccountView = Result<'account.state'>;

export type AccountState = {
  account?: AccountView;
  error?: BridgeError;
  refresh: () => Promise<void>;
  /** Subscribes to the core; returns the unsubscribe. */
  start: () => () => void;
  /** Called by stores whose calls answer with a fresh account state. */
  accept: (account: AccountView) => void;
  lockNow: () => Promise<void>;
  /**
   * The user touched this window: tells the core (at most every ACTIVITY_EVERY_MS), so its own
   * idle lock, which other windows and hosts share, follows real use and not only calls.
   */
  activity: (now?: number) => void;
};

/** Well under the shortest auto-lock (one minute), and few enough calls to cost nothing. */
export const ACTIVITY_EVERY_MS = 15_000;

export type AccountOptions = {
  /** Told when the account opens (settings live in its store and must be read again then). */
  onOpened?: () => void;
  /** Awaited before asking the core to lock, while the store is still open (a waiting draft). */
  beforeLock?: () => Promise<void>;
};

export function createAccountStore(bridge: ShallotBridge, options: AccountOptions = {}) {
  let toldAt = -Infinity;
  return createStore<AccountState>()((set, get) => {
    const adopt = (account: AccountView): void => {
      const wasReady = get().account?.state === 'ready';
      set({ account, error: undefined });
      if (account.state !== 'locked' && !(wasReady && account.state === 'ready')) options.onOpened?.();
    };
    return {
      async refresh() {
        const r = await bridge.call('account.state', {});
        if (r.ok) adopt(r.value);
        else set({ error: r.error });
      },

      start() {
        const offChanged = bridge.on('account.changed', adopt);
        // A reconnect (web host restarted) means the core may be in another state now.
        const offReady = bridge.on('app.ready', () => void get().refresh());
        void get().refresh();
        return () => {
          offChanged();
          offReady();
        };
      },

      accept: adopt,

      async lockNow() {
        await options.beforeLock?.();
        const r = await bridge.call('account.lock', {});
        if (r.ok) adopt(r.value);
        else set({ error: r.error });
      },

      activity(now = Date.now()) {
        if (get().account?.state !== 'ready' || now - toldAt < ACTIVITY_EVERY_MS) return;
        toldAt = now;
        void bridge.call('app.activity', {});
      },
    };
  });
}

export type AccountStore = ReturnType<typeof createAccountStore>;
