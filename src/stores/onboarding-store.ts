/**
 * The onboarding flow: welcome → create (Session ID + phrase) → check two words → display name,
 * or welcome → restore (live-validated phrase) → display name (optional: the network has it) →
 * the account's configs being fetched, with their progress, before the main screen. The new
 * phrase stays here only until the account is created or the flow is left.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { EventPayload, Result } from '../../electron/bridge/contract';
import type { BridgeError } from '../../electron/bridge/result';
import type { ShallotBridge } from '../bridge/bridge';
import type { AccountStore } from './account-store';

/** `restore-backup`: restoring from a backup file (features/backup), its own form and job. */
export type OnboardingStep =
  'welcome' | 'create' | 'check' | 'restore' | 'restore-backup' | 'name' | 'syncing';
export type SyncProgress = EventPayload<'sync.progress'>;
export type PhraseCheck = Result<'onboarding.validatePhrase'>;

type Flow = {
  step: OnboardingStep;
  mode: 'create' | 'restore';
  sessionId?: string;
  phrase?: string;
  /** 1-based positions of the two words asked back. */
  checkPositions: readonly [number, number];
  /** The position the user got wrong, if any. */
  checkWrong?: number;
  /** That position was left empty (asked for, rather than called wrong). */
  checkEmpty: boolean;
  restoreText: string;
  restoreCheck?: PhraseCheck;
  /** Set when Continue was pressed on an invalid phrase: the live hint becomes an alert. */
  restoreAttempted: boolean;
  nameMissing: boolean;
  busy: boolean;
  /** A restore fetching the account's configs: how far it got. */
  syncProgress?: SyncProgress;
  error?: BridgeError;
};

type CreateActions = {
  startCreate: () => Promise<void>;
  toCheck: () => void;
  submitCheck: (first: string, second: string) => void;
};
type RestoreActions = {
  startRestore: () => void;
  setRestoreText: (text: string) => Promise<void>;
  continueRestore: () => Promise<void>;
};
type CommonActions = {
  finish: (displayName: string) => Promise<void>;
  goTo: (step: OnboardingStep) => void;
  reset: () => void;
};

export type OnboardingState = Flow & CreateActions & RestoreActions & CommonActions;
type Api = StoreApi<OnboardingState>;

const PHRASE_WORDS = 13;

function pickTwoPositions(): readonly [number, number] {
  const r = new Uint32Array(2);
  crypto.getRandomValues(r);
  const a = (r[0]! % PHRASE_WORDS) + 1;
  let b = (r[1]! % (PHRASE_WORDS - 1)) + 1;
  if (b >= a) b += 1;
  return a < b ? [a, b] : [b, a];
}

function normalise(word: string): string {
  return word.trim().normalize('NFC').toLowerCase();
}

const INITIAL: Flow = {
  step: 'welcome',
  mode: 'create',
  checkPositions: [1, 2],
  restoreText: '',
  restoreAttempted: false,
  checkEmpty: false,
  nameMissing: false,
  busy: false,
};
/** Every field of the flow, so a reset also clears the optional ones (phrase, session ID, …). */
const CLEARED: Flow = {
  ...INITIAL,
  sessionId: undefined,
  phrase: undefined,
  checkWrong: undefined,
  restoreCheck: undefined,
  syncProgress: undefined,
  error: undefined,
};

function createActions(bridge: ShallotBridge, { setState: set, getState: get }: Api): CreateActions {
  return {
    async startCreate() {
      set({ busy: true, error: undefined });
      const r = await bridge.call('onboarding.generate', {});
      if (!r.ok) return set({ busy: false, error: r.error });
      set({
        busy: false,
        step: 'create',
        mode: 'create',
        sessionId: r.value.sessionId,
        phrase: r.value.phrase,
        checkPositions: pickTwoPositions(),
        checkWrong: undefined,
      });
    },
    toCheck: () => set({ step: 'check', checkWrong: undefined, error: undefined }),
    submitCheck(first, second) {
      const words = (get().phrase ?? '').split(' ');
      const [a, b] = get().checkPositions;
      for (const [typed, at] of [
        [first, a],
        [second, b],
      ] as const) {
        const word = normalise(typed);
        if (word !== words[at - 1]) return set({ checkWrong: at, checkEmpty: word === '' });
      }
      set({ step: 'name', checkWrong: undefined, checkEmpty: false, nameMissing: false });
    },
  };
}

/** `ticket` numbers validations: answers may overtake each other, and only the latest counts. */
function restoreActions(
  bridge: ShallotBridge,
  { setState: set, getState: get }: Api,
  ticket: { n: number },
): RestoreActions {
  return {
    startRestore: () =>
      set({
        step: 'restore',
        mode: 'restore',
        restoreText: '',
        restoreCheck: undefined,
        restoreAttempted: false,
        error: undefined,
      }),
    async setRestoreText(text) {
      const mine = ++ticket.n;
      set({ restoreText: text, restoreAttempted: false });
      if (text.trim() === '') return set({ restoreCheck: undefined });
      const r = await bridge.call('onboarding.validatePhrase', { phrase: text });
      if (mine !== ticket.n) return;
      if (r.ok) set({ restoreCheck: r.value, error: undefined });
      else set({ error: r.error });
    },
    async continueRestore() {
      const { restoreText } = get();
      if (restoreText.trim() === '') return set({ restoreAttempted: true, restoreCheck: undefined });
      const mine = ++ticket.n;
      const r = await bridge.call('onboarding.validatePhrase', { phrase: restoreText });
      if (mine !== ticket.n) return;
      if (!r.ok) return set({ error: r.error });
      if (!r.value.valid) return set({ restoreCheck: r.value, restoreAttempted: true });
      set({ restoreCheck: r.value, step: 'name', nameMissing: false, error: undefined });
    },
  };
}

export function createOnboardingStore(bridge: ShallotBridge, account: AccountStore) {
  const ticket = { n: 0 };
  const store = createStore<OnboardingState>()((set, get, api) => ({
    ...INITIAL,
    ...createActions(bridge, api),
    ...restoreActions(bridge, api, ticket),
    async finish(displayName) {
      const name = displayName.trim();
      const { mode, restoreText } = get();
      // A restored account brings its name back from the network: the field is optional there.
      if (name === '' && mode === 'create') return set({ nameMissing: true });
      set({ busy: true, nameMissing: false, error: undefined });
      if (mode === 'restore') set({ step: 'syncing', syncProgress: undefined });
      const off = bridge.on('sync.progress', (p) => set({ syncProgress: p }));
      const r = await bridge
        .call(
          'onboarding.complete',
          mode === 'create'
            ? { mode: 'create', sessionId: get().sessionId ?? '', displayName: name }
            : { mode: 'restore', phrase: restoreText, ...(name ? { displayName: name } : {}) },
        )
        .finally(off);
      if (!r.ok) return set({ busy: false, error: r.error, ...(mode === 'restore' ? { step: 'name' } : {}) });
      // The phrase is not needed any more: forget it before the main screen shows.
      set(CLEARED);
      account.getState().accept(r.value);
    },
    goTo: (step) => set({ step, error: undefined, checkWrong: undefined }),
    reset() {
      ticket.n++;
      set(CLEARED);
    },
  }));

  // An account that becomes ready (or locked) by another way — another tab, the CLI — ends this
  // flow: the phrase and typed restore text must not outlive it.
  account.subscribe((s) => {
    const state = s.account?.state;
    if (state === undefined || state === 'no-account') return;
    const o = store.getState();
    if (o.phrase !== undefined || o.restoreText !== '' || o.step !== 'welcome') o.reset();
  });
  return store;
}

export type OnboardingStore = ReturnType<typeof createOnboardingStore>;
