/**
 * App-lock settings: set, change and remove the app password, and showing the recovery phrase.
 * The revealed phrase is dropped as soon as the user hides it or leaves Settings. A problem names
 * the field it is about, so the dialog can send the user back there.
 */
import { createStore } from 'zustand/vanilla';
import type { BridgeError, BridgeResult } from '../../electron/bridge/result';
import type { ShallotBridge } from '../bridge/bridge';
import type { AccountStore, AccountView } from './account-store';

export type PasswordAction = 'set' | 'change' | 'remove';
/**
 * What is checked here: the two entries agree and a new one is not empty. The strength rule is the
 * core's (`weak-password`); its answer is worded as too short or too long from what was typed.
 */
export type LocalProblem = 'mismatch' | 'empty' | 'short' | 'long';
export type PasswordField = 'current' | 'next' | 'confirm';

export type PasswordProblem = {
  action: PasswordAction;
  field?: PasswordField;
  local?: LocalProblem;
  error?: BridgeError;
};

/** A confirmation ("App password set.") stays this long, then goes. */
export const DONE_SHOWN_MS = 6_000;
/** The vault's lower bound, for choosing the words of `weak-password` only. */
const SHORTEST = 6;

export type SecurityState = {
  busy?: PasswordAction;
  done?: PasswordAction;
  problem?: PasswordProblem;
  revealed?: { phrase: string; bip39: string };
  revealBusy: boolean;
  revealError?: BridgeError;
  setPassword: (next: string, confirm: string) => Promise<void>;
  changePassword: (current: string, next: string, confirm: string) => Promise<void>;
  removePassword: (current: string) => Promise<void>;
  reveal: (password?: string) => Promise<void>;
  hide: () => void;
  /** A dialog was cancelled: its problem goes with it. */
  forget: () => void;
  leave: () => void;
};

const PASSWORD_REQUIRED: BridgeError = { code: 'password-required', message: '' };

function codePoints(s: string): number {
  return [...s.normalize('NFC')].length;
}

/** Where a core error points: a wrong current password, or a new one the vault refused. */
function fieldOf(code: string): PasswordField | undefined {
  if (code === 'wrong-password' || code === 'rate-limited') return 'current';
  if (code === 'weak-password') return 'next';
  return undefined;
}

export function createSecurityStore(bridge: ShallotBridge, account: AccountStore) {
  let doneTimer: ReturnType<typeof setTimeout> | undefined;
  return createStore<SecurityState>()((set, get) => {
    /** One password action at a time; its answer either updates the account or is the problem shown. */
    const run = async (
      action: PasswordAction,
      next: string | undefined,
      call: () => Promise<BridgeResult<AccountView>>,
    ): Promise<void> => {
      if (get().busy) return;
      clearTimeout(doneTimer);
      set({ busy: action, done: undefined, problem: undefined });
      const r = await call();
      if (!r.ok) {
        const field = fieldOf(r.error.code);
        const weak = r.error.code === 'weak-password' && next !== undefined;
        const local: LocalProblem | undefined = weak
          ? codePoints(next) < SHORTEST
            ? 'short'
            : 'long'
          : undefined;
        return set({
          busy: undefined,
          problem: { action, field, ...(local ? { local } : { error: r.error }) },
        });
      }
      set({ busy: undefined, done: action });
      doneTimer = setTimeout(() => set({ done: undefined }), DONE_SHOWN_MS);
      account.getState().accept(r.value);
    };
    const refuse = (
      action: PasswordAction,
      field: PasswordField,
      problem: { local?: LocalProblem; error?: BridgeError },
    ) => set({ problem: { action, field, ...problem }, done: undefined });

    return {
      revealBusy: false,

      async setPassword(next, confirm) {
        if (next === '') return refuse('set', 'next', { local: 'empty' });
        if (next !== confirm) return refuse('set', 'confirm', { local: 'mismatch' });
        await run('set', next, () => bridge.call('security.setPassword', { password: next }));
      },

      async changePassword(current, next, confirm) {
        if (current === '') return refuse('change', 'current', { error: PASSWORD_REQUIRED });
        if (next === '') return refuse('change', 'next', { local: 'empty' });
        if (next !== confirm) return refuse('change', 'confirm', { local: 'mismatch' });
        await run('change', next, () => bridge.call('security.changePassword', { current, next }));
      },

      async removePassword(current) {
        if (current === '') return refuse('remove', 'current', { error: PASSWORD_REQUIRED });
        await run('remove', undefined, () => bridge.call('security.removePassword', { password: current }));
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

      forget: () => set({ problem: undefined }),

      leave: () => set({ revealed: undefined, revealError: undefined, problem: undefined, done: undefined }),
    };
  });
}

export type SecurityStore = ReturnType<typeof createSecurityStore>;
