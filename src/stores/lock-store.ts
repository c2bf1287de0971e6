/** The lock screen: one unlock attempt at a time, errors and the rate-limit countdown. */
import { createStore } from 'zustand/vanilla';
import type { BridgeError } from '../../electron/bridge/result';
import type { ShallotBridge } from '../bridge/bridge';
import type { AccountStore } from './account-store';

export type LockState = {
  busy: boolean;
  error?: BridgeError;
  /** Seconds left before the core accepts another attempt. */
  retryAfter: number;
  unlock: (password: string) => Promise<void>;
  /** Picks up a pause that was already running (e.g. the page was reloaded during it). */
  resume: () => void;
};

export function createLockStore(bridge: ShallotBridge, account: AccountStore) {
  let countdown: ReturnType<typeof setInterval> | undefined;
  return createStore<LockState>()((set, get) => {
    const startCountdown = (seconds: number): void => {
      clearInterval(countdown);
      set({ retryAfter: seconds });
      if (seconds <= 0) return;
      countdown = setInterval(() => {
        const left = get().retryAfter - 1;
        set({ retryAfter: Math.max(0, left) });
        if (left > 0) return;
        clearInterval(countdown);
        // The pause is over: its message goes, and the next attempt starts afresh.
        set({ error: undefined });
      }, 1_000);
    };

    return {
      busy: false,
      retryAfter: 0,
      resume() {
        const seconds = account.getState().account?.retryAfterSeconds ?? 0;
        if (seconds > 0) startCountdown(seconds);
      },
      async unlock(password) {
        if (get().busy) return;
        if (password === '') {
          set({ error: { code: 'password-required', message: '' } });
          return;
        }
        set({ busy: true, error: undefined });
        const r = await bridge.call('account.unlock', { password });
        if (r.ok) {
          clearInterval(countdown);
          set({ busy: false, error: undefined, retryAfter: 0 });
          account.getState().accept(r.value);
          return;
        }
        set({ busy: false, error: r.error });
        // The core knows how long the pause is; ask it rather than guess.
        const s = await bridge.call('account.state', {});
        if (s.ok) startCountdown(s.value.retryAfterSeconds ?? 0);
      },
    };
  });
}

export type LockStore = ReturnType<typeof createLockStore>;
