/**
 * App-lock settings: set, change and remove the app password, and showing the recovery phrase.
 * The revealed phrase is dropped as soon as the user hides it or leaves Settings.
 */
import { createStore } from 'zustand/vanilla';
import type { BridgeError, BridgeResult } from '../../electron/bridge/result';
import type { ShallotBridge } from '../bridge/bridge';
import type { AccountStore, AccountView } from './account-store';

export type PasswordAction = 'set' | 'change' | 'remove';
/** Only the two entries' agreement is checked here; the strength rule is the core's (`weak-password`). */
type LocalProblem = 'mismatch';

export type SecurityState = {
  busy?: PasswordAction;
  done?: PasswordAction;
  problem?: { action: PasswordAction; local?: LocalProblem; error?: BridgeError };
  revealed?: { phrase: string; bip39: string };
  revealBusy: boolean;
  revealError?: BridgeError;
  setPassword: (next: string, confirm: string) => Promise<void>;
  changePassword: (current: string, next: string, confirm: string) => Promise<void>;
  removePassword: (current: string) => Promise<void>;
  reveal: (password?: string) => Promise<void>;
  hide: () => void;
  leave: () => void;
};

const PASSWORD_REQUIRED: BridgeError = { code: 'password-required', message: '' };

export function createSecurityStore(bridge: ShallotBridge, account: AccountStore) {
  return createStore<SecurityState>()((set, get) => {
    /** One password action at a time; its answer either updates the account or is the problem shown. */
    const run = async (
      action: PasswordAction,
      call: () => Promise<BridgeResult<AccountView>>,
    ): Promise<void> => {
      if (get().busy) return;
      set({ busy: action, done: undefined, problem: undefined });
      const r = await call();
      if (!r.ok) return set({ busy: undefined, problem: { action, error: r.error } });
      set({ busy: undefined, done: action });
      account.getState().accept(r.value);
    };
    const refuse = (action: PasswordAction, problem: { local?: LocalProblem; error?: BridgeError }) =>
      set({ problem: { action, ...problem }, done: undefined });

    return {
      revealBusy: false,

      async setPassword(next, confirm) {
        if (next !== confirm) return refuse('set', { local: 'mismatch' });
        await run('set', () => bridge.call('security.setPassword', { password: next }));
      },

      async changePassword(current, next, confirm) {
        if (current === '') return refuse('change', { error: PASSWORD_REQUIRED });
        if (next !== confirm) return refuse('change', { local: 'mismatch' });
        await run('change', () => bridge.call('security.changePassword', { current, next }));
      },

      async removePassword(current) {
        if (current === '') return refuse('remove', { error: PASSWORD_REQUIRED });
        await run('remove', () => bridge.call('security.removePassword', { password: current }));
      },

      async reveal(password) {
        if (get().revealBusy) return;
        if (password === '') return set({ revealError: PASSWORD_REQUIRED });
        set({ revealBusy: true, revealError: undefined });
        const r = await bridge.call('account.revealPhrase', password === undefined ? {} : { password });
        if (!r.ok) return set({ revealBusy: false, revealError: r.error });
        set({ revealBusy: false, revealed: r.value });
      },

      hide: () => set({ revealed: undefined, revealError: undefined }),

      leave: () => set({ revealed: undefined, revealError: undefined, problem: undefined, done: undefined }),
    };
  });
}

export type SecurityStore = ReturnType<typeof createSecurityStore>;
