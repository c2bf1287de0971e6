/**
 * The composer of the open chat: its text (a draft kept per conversation in the core's store,
 * saved a moment after the last keystroke and at once when the user switches chat or closes the
 * page), the message it replies to, sending, and the typing indicator (only where the user turned
 * it on and the conversation allows it).
 */
import { createStore } from 'zustand/vanilla';
import type { MessageView } from '../../../electron/bridge/methods/messages';
import type { BridgeError, ShallotBridge } from '../../bridge/bridge';
import { createTypingSignal, type TypingSignal } from './typing-signal';

/** Saves the draft this long after the last keystroke. */
export const DRAFT_DEBOUNCE_MS = 500;
/** The send limit without Session Pro, in code points (protocol reference §3.5). */
export const MAX_BODY_CODE_POINTS = 2_000;

export type ComposerState = {
  conversationId?: string;
  text: string;
  /** The message being replied to. */
  quote?: MessageView;
  sending: boolean;
  error?: BridgeError;
  /** A draft is waiting to be saved. */
  dirty: boolean;
  switchTo: (conversationId: string | undefined) => Promise<void>;
  setText: (text: string) => void;
  /** Adds text where the caret is (emoji, paste); `at` is the caret's index in the text. */
  insert: (piece: string, at?: number) => void;
  reply: (message: MessageView) => void;
  cancelReply: () => void;
  /** Sends the text, with the upload ids of files handed over (the attachments' staging store). */
  send: (attachments?: readonly string[]) => Promise<MessageView | undefined>;
  /** Saves a waiting draft now (switching chat, closing the page). */
  flush: () => Promise<void>;
};

export type ComposerOptions = {
  /** May a typing indicator go to this conversation now (setting on, an approved 1:1 contact)? */
  typingAllowed: (conversationId: string) => boolean;
  /** Told about each message the core accepted, so the open chat shows it at once. */
  onSent?: (message: MessageView) => void;
};

export function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

function idempotencyKey(): string {
  return crypto.randomUUID();
}

export function createComposerStore(bridge: ShallotBridge, options: ComposerOptions) {
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let typing: TypingSignal | undefined;
  /** Numbers draft loads: a slow answer for a chat the user already left is dropped. */
  let loadTicket = 0;

  return createStore<ComposerState>()((set, get) => {
    const typingFor = (conversationId: string): TypingSignal =>
      createTypingSignal((state) => void bridge.call('messages.typing', { conversationId, state }));

    const save = async (conversationId: string, text: string): Promise<void> => {
      clearTimeout(saveTimer);
      saveTimer = undefined;
      if (get().conversationId === conversationId) set({ dirty: false });
      const r = await bridge.call('conversations.setDraft', { conversationId, text });
      if (!r.ok && get().conversationId === conversationId) set({ error: r.error });
    };

    /** Stops typing and saves the draft of the chat being left, without waiting for the answer. */
    const leave = (): void => {
      typing?.stop();
      typing = undefined;
      void get().flush();
    };

    return {
      text: '',
      sending: false,
      dirty: false,

      async switchTo(conversationId) {
        if (conversationId === get().conversationId) return;
        leave();
        const mine = ++loadTicket;
        set({ conversationId, text: '', quote: undefined, error: undefined, dirty: false, sending: false });
        if (!conversationId) return;
        typing = typingFor(conversationId);
        const r = await bridge.call('conversations.getDraft', { conversationId });
        // The user may have typed already, or moved on: never overwrite either.
        if (mine !== loadTicket || get().text !== '' || !r.ok) return;
        set({ text: r.value.text });
      },

      setText(text) {
        const { conversationId } = get();
        set({ text, dirty: true, error: undefined });
        if (!conversationId) return;
        clearTimeout(saveTimer);
        saveTimer = setTimeout(() => void save(conversationId, get().text), DRAFT_DEBOUNCE_MS);
        if (text === '') typing?.stop();
        else if (options.typingAllowed(conversationId)) typing?.keystroke();
      },

      insert(piece, at) {
        const { text } = get();
        const i = at === undefined || at < 0 || at > text.length ? text.length : at;
        get().setText(text.slice(0, i) + piece + text.slice(i));
      },

      reply: (quote) => set({ quote }),
      cancelReply: () => set({ quote: undefined }),

      async send(attachments = []) {
        const { conversationId, text, quote, sending } = get();
        const body = text.trim();
        if (!conversationId || sending || (body === '' && attachments.length === 0)) return undefined;
        if (codePoints(body) > MAX_BODY_CODE_POINTS) {
          set({ error: { code: 'body-too-long', message: '' } });
          return undefined;
        }
        set({ sending: true, error: undefined });
        typing?.stop();
        const r = await bridge.call('messages.send', {
          conversationId,
          ...(body !== '' ? { body } : {}),
          ...(attachments.length > 0 ? { attachments: [...attachments] } : {}),
          ...(quote ? { quote: quote.id } : {}),
          idempotencyKey: idempotencyKey(),
        });
        if (get().conversationId !== conversationId) return undefined;
        if (!r.ok) {
          set({ sending: false, error: r.error });
          return undefined;
        }
        // What the user typed after pressing Enter (while this was on its way) stays.
        const rest = get().text === text ? '' : get().text;
        set({ sending: false, text: rest, quote: undefined });
        void save(conversationId, rest);
        options.onSent?.(r.value);
        return r.value;
      },

      async flush() {
        const { conversationId, dirty, text } = get();
        if (conversationId && dirty) await save(conversationId, text);
      },
    };
  });
}

export type ComposerStore = ReturnType<typeof createComposerStore>;
