/**
 * "New message": what the user types is classified as they type (`conversations.parseRecipient`,
 * no network), and submitting opens the conversation — for an ONS name after resolving it through
 * the network, which can take seconds and is shown as such.
 */
import { createStore } from 'zustand/vanilla';
import type { ConversationView, RecipientCheck } from '../../../electron/bridge/methods/conversations';
import type { BridgeError, ShallotBridge } from '../../bridge/bridge';

export type NewMessageState = {
  input: string;
  check?: RecipientCheck;
  /** Set once the user submitted: a still-invalid entry then says so as an alert. */
  attempted: boolean;
  opening: boolean;
  error?: BridgeError;
  setInput: (input: string) => Promise<void>;
  /** The opened conversation, or undefined (the reason is in `check` or `error`). */
  submit: () => Promise<ConversationView | undefined>;
  reset: () => void;
};

const INITIAL = { input: '', check: undefined, attempted: false, opening: false, error: undefined };

export function createNewMessageStore(bridge: ShallotBridge) {
  /** Numbers checks: answers may overtake each other, and only the latest counts. */
  let ticket = 0;
  return createStore<NewMessageState>()((set, get) => ({
    ...INITIAL,

    async setInput(input) {
      const mine = ++ticket;
      set({ input, attempted: false, error: undefined });
      if (input.trim() === '') return set({ check: undefined });
      const r = await bridge.call('conversations.parseRecipient', { input: input.trim() });
      if (mine !== ticket) return;
      if (r.ok) set({ check: r.value });
      else set({ error: r.error, check: undefined });
    },

    async submit() {
      const { input, opening } = get();
      if (opening) return undefined;
      const to = input.trim();
      set({ attempted: true });
      if (to === '') return undefined;
      const mine = ++ticket;
      set({ opening: true, error: undefined });
      // Enter may come before the check of the last keystroke: check what is submitted, then open.
      const checked = await bridge.call('conversations.parseRecipient', { input: to });
      if (mine !== ticket) return undefined;
      if (!checked.ok || checked.value.kind === 'invalid') {
        set(checked.ok ? { opening: false, check: checked.value } : { opening: false, error: checked.error });
        return undefined;
      }
      set({ check: checked.value });
      const r = await bridge.call('conversations.open', { to });
      if (mine !== ticket) return undefined;
      if (!r.ok) {
        set({ opening: false, error: r.error });
        return undefined;
      }
      set(INITIAL);
      return r.value.conversation;
    },

    reset() {
      ticket++;
      set(INITIAL);
    },
  }));
}

export type NewMessageStore = ReturnType<typeof createNewMessageStore>;
