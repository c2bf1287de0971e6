/**
 * App-lock settings: set, change and remove the app password, and showing the recovery phrase.
 * The revealed phrase is dropped as soon as the user hides it or leaves Settings.
 */
import { create } from 'zustand';
import type { BridgeError } from '../../electron/bridge/result';
import { bridge } from '../bridge/bridge';
import { useAccountStore } from './account-store';

export type PasswordAction = 'set' | 'change' | 'remove';
/** Only the two entries' agreement is checked here; the strength rule is the core's (`weak-password`). */
type LocalProblem = 'mismatch';

type SecurityStore = {
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

function checkNew(next: string, confirm: string): LocalProblem | undefined {
  if (next !== confirm) return 'mismatch';
  return undefined;
}

export const useSecurityStore = create<SecurityStore>()((set, get) => {
  return {
    revealBusy: false,

    async setPassword(next, confirm) {
      const local = checkNew(next, confirm);
      if (local) return set({ problem: { action: 'set', local }, done: undefined });
      if (get().busy) return;
      set({ busy: 'set', done: undefined, problem: undefined });
      const r = await bridge().call('security.setPassword', { password: next });
      if (!r.ok) return set({ busy: undefined, problem: { action: 'set', error: r.error } });
      set({ busy: undefined, done: 'set' });
      useAccountStore.getState().accept(r.value);
    },

    async changePassword(current, next, confirm) {
      const local = current === '' ? undefined : checkNew(next, confirm);
      if (current === '') {
        return set({
          problem: { action: 'change', error: { code: 'password-required', message: '' } },
          done: undefined,
        });
      }
      if (local) return set({ problem: { action: 'change', local }, done: undefined });
      if (get().busy) return;
      set({ busy: 'change', done: undefined, problem: undefined });
      const r = await bridge().call('security.changePassword', { current, next });
      if (!r.ok) return set({ busy: undefined, problem: { action: 'change', error: r.error } });
      set({ busy: undefined, done: 'change' });
      useAccountStore.getState().accept(r.value);
    },

    async removePassword(current) {
      if (current === '') {
        return set({
          problem: { action: 'remove', error: { code: 'password-required', message: '' } },
          done: undefined,
        });
      }
      if (get().busy) return;
      set({ busy: 'remove', done: undefined, problem: undefined });
      const r = await bridge().call('security.removePassword', { password: current });
      if (!r.ok) return set({ busy: undefined, problem: { action: 'remove', error: r.error } });
      set({ busy: undefined, done: 'remove' });
      useAccountStore.getState().accept(r.value);
    },

    async reveal(password) {
      if (get().revealBusy) return;
      if (password === '') {
        return set({ revealError: { code: 'password-required', message: '' } });
      }
      set({ revealBusy: true, revealError: undefined });
      const r = await bridge().call('account.revealPhrase', password === undefined ? {} : { password });
      if (!r.ok) return set({ revealBusy: false, revealError: r.error });
      set({ revealBusy: false, revealed: r.value });
    },

    hide: () => set({ revealed: undefined, revealError: undefined }),

    leave: () => set({ revealed: undefined, revealError: undefined, problem: undefined, done: undefined }),
  };
});
