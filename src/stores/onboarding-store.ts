/**
 * The onboarding flow: welcome → create (Session ID + phrase) → check two words → display name,
 * or welcome → restore (live-validated phrase) → display name. The new phrase stays here only
 * until the account is created or the flow is left.
 */
import { create } from 'zustand';
import type { Result } from '../../electron/bridge/contract';
import type { BridgeError } from '../../electron/bridge/result';
import { bridge } from '../bridge/bridge';
import { useAccountStore } from './account-store';

export type OnboardingStep = 'welcome' | 'create' | 'check' | 'restore' | 'name';
export type PhraseCheck = Result<'onboarding.validatePhrase'>;

type OnboardingStore = {
  step: OnboardingStep;
  mode: 'create' | 'restore';
  sessionId?: string;
  phrase?: string;
  /** 1-based positions of the two words asked back. */
  checkPositions: readonly [number, number];
  /** The position the user got wrong, if any. */
  checkWrong?: number;
  restoreText: string;
  restoreCheck?: PhraseCheck;
  /** Set when Continue was pressed on an invalid phrase: the live hint becomes an alert. */
  restoreAttempted: boolean;
  nameMissing: boolean;
  busy: boolean;
  error?: BridgeError;
  startCreate: () => Promise<void>;
  toCheck: () => void;
  submitCheck: (first: string, second: string) => void;
  startRestore: () => void;
  setRestoreText: (text: string) => Promise<void>;
  continueRestore: () => Promise<void>;
  finish: (displayName: string) => Promise<void>;
  goTo: (step: OnboardingStep) => void;
  reset: () => void;
};

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

const initial = {
  step: 'welcome' as OnboardingStep,
  mode: 'create' as const,
  sessionId: undefined,
  phrase: undefined,
  checkPositions: [1, 2] as const,
  checkWrong: undefined,
  restoreText: '',
  restoreCheck: undefined,
  restoreAttempted: false,
  nameMissing: false,
  busy: false,
  error: undefined,
};

let validation = 0;

export const useOnboardingStore = create<OnboardingStore>()((set, get) => ({
  ...initial,

  async startCreate() {
    set({ busy: true, error: undefined });
    const r = await bridge().call('onboarding.generate', {});
    if (!r.ok) {
      set({ busy: false, error: r.error });
      return;
    }
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

  toCheck() {
    set({ step: 'check', checkWrong: undefined, error: undefined });
  },

  submitCheck(first, second) {
    const words = (get().phrase ?? '').split(' ');
    const [a, b] = get().checkPositions;
    if (normalise(first) !== words[a - 1]) return set({ checkWrong: a });
    if (normalise(second) !== words[b - 1]) return set({ checkWrong: b });
    set({ step: 'name', checkWrong: undefined, nameMissing: false });
  },

  startRestore() {
    set({
      step: 'restore',
      mode: 'restore',
      restoreText: '',
      restoreCheck: undefined,
      restoreAttempted: false,
      error: undefined,
    });
  },

  async setRestoreText(text) {
    const ticket = ++validation;
    set({ restoreText: text, restoreAttempted: false });
    if (text.trim() === '') {
      set({ restoreCheck: undefined });
      return;
    }
    const r = await bridge().call('onboarding.validatePhrase', { phrase: text });
    // Answers may overtake each other; only the one for the latest text counts.
    if (ticket !== validation) return;
    if (r.ok) set({ restoreCheck: r.value, error: undefined });
    else set({ error: r.error });
  },

  async continueRestore() {
    const { restoreText } = get();
    if (restoreText.trim() === '') {
      set({ restoreAttempted: true, restoreCheck: undefined });
      return;
    }
    const ticket = ++validation;
    const r = await bridge().call('onboarding.validatePhrase', { phrase: restoreText });
    if (ticket !== validation) return;
    if (!r.ok) return set({ error: r.error });
    if (!r.value.valid) return set({ restoreCheck: r.value, restoreAttempted: true });
    set({ restoreCheck: r.value, step: 'name', nameMissing: false, error: undefined });
  },

  async finish(displayName) {
    const name = displayName.trim();
    if (name === '') return set({ nameMissing: true });
    set({ busy: true, nameMissing: false, error: undefined });
    const { mode, restoreText } = get();
    const r =
      mode === 'create'
        ? await bridge().call('onboarding.complete', {
            mode: 'create',
            sessionId: get().sessionId ?? '',
            displayName: name,
          })
        : await bridge().call('onboarding.complete', {
            mode: 'restore',
            phrase: restoreText,
            displayName: name,
          });
    if (!r.ok) return set({ busy: false, error: r.error });
    // The phrase is not needed any more: forget it before the main screen shows.
    set({ ...initial });
    useAccountStore.getState().accept(r.value);
  },

  goTo(step) {
    set({ step, error: undefined, checkWrong: undefined });
  },

  reset() {
    validation++;
    set({ ...initial });
  },
}));

/**
 * An account that becomes ready (or locked) by another way — another tab, the CLI — ends this
 * flow: the phrase and typed restore text must not outlive it.
 */
useAccountStore.subscribe((s) => {
  const state = s.account?.state;
  if (state === undefined || state === 'no-account') return;
  const o = useOnboardingStore.getState();
  if (o.phrase !== undefined || o.restoreText !== '' || o.step !== 'welcome') o.reset();
});
