/**
 * In-chat search (Ctrl/Cmd+F in a chat, issue 15): the matches of what is typed in the open
 * conversation, how many there are, and which one is shown. The core lists the matches (ids and
 * times, newest first) without loading a message; stepping through them jumps the chat's message
 * window to each one (the page around it), which highlights it. Closed whenever another chat opens.
 */
import { createStore } from 'zustand/vanilla';
import type { BridgeError, Result, ShallotBridge } from '../../bridge/bridge';
import type { ChatStore } from '../messenger/chat-store';
import { browserDelay, type Delay } from './delay';
import { SEARCH_DEBOUNCE_MS } from './search-store';

export type ChatMatch = Result<'search.inChat'>['matches'][number];

export type ChatSearchState = {
  open: boolean;
  query: string;
  status: 'idle' | 'searching' | 'ready' | 'error';
  total: number;
  matches: readonly ChatMatch[];
  /** The match shown: 0 is the newest; -1 none. */
  index: number;
  error?: BridgeError;
  show: () => void;
  hide: () => void;
  setQuery: (query: string) => void;
  /** Steps to the next older match (wrapping to the newest). */
  older: () => void;
  /** Steps to the next newer match (wrapping to the oldest listed). */
  newer: () => void;
  /**
   * Follows messaging's changes in the open chat: the matches are asked for again (the one shown
   * stays shown, nothing jumps) when messages arrive, change or go. Returns the stop.
   */
  start: () => () => void;
};

const CLEARED = { query: '', status: 'idle', total: 0, matches: [], index: -1, error: undefined } as const;

export function createChatSearchStore(bridge: ShallotBridge, chat: ChatStore, delay: Delay = browserDelay) {
  let seq = 0;
  let pending: (() => void) | undefined;

  return createStore<ChatSearchState>()((set, get) => {
    const showMatch = (index: number): void => {
      const m = get().matches[index];
      if (!m) return;
      set({ index });
      void chat.getState().window?.getState().jumpTo(m.messageId);
    };

    const run = async (conversationId: string, query: string, mine: number): Promise<void> => {
      const r = await bridge.call('search.inChat', { conversationId, query });
      if (mine !== seq) return;
      if (!r.ok) return set({ status: 'error', error: r.error });
      set({ status: 'ready', total: r.value.total, matches: r.value.matches, index: -1, error: undefined });
      showMatch(0);
    };

    /** The matches again, keeping the one shown (or none, if it went). */
    const refresh = async (conversationId: string, query: string, mine: number): Promise<void> => {
      const r = await bridge.call('search.inChat', { conversationId, query });
      if (mine !== seq || !r.ok) return;
      const shown = get().matches[get().index]?.messageId;
      const index = r.value.matches.findIndex((m) => m.messageId === shown);
      set({ status: 'ready', total: r.value.total, matches: r.value.matches, index });
    };

    const step = (by: 1 | -1): void => {
      const { matches, index } = get();
      if (matches.length === 0) return;
      showMatch((index + by + matches.length) % matches.length);
    };

    return {
      open: false,
      ...CLEARED,
      show: () => set({ open: true }),
      hide() {
        pending?.();
        seq++;
        set({ open: false, ...CLEARED });
      },
      setQuery(query) {
        pending?.();
        const mine = ++seq;
        const id = chat.getState().openId;
        if (!id || query.trim() === '') return set({ ...CLEARED, query });
        set({ query, status: 'searching' });
        pending = delay(() => void run(id, query, mine), SEARCH_DEBOUNCE_MS);
      },
      older: () => step(1),
      newer: () => step(-1),

      start: () =>
        bridge.on('messages.changed', (e) => {
          const { open, query } = get();
          if (!open || query.trim() === '' || e.conversationId !== chat.getState().openId) return;
          pending?.();
          const mine = ++seq;
          pending = delay(() => void refresh(e.conversationId, query, mine), SEARCH_DEBOUNCE_MS);
        }),
    };
  });
}

export type ChatSearchStore = ReturnType<typeof createChatSearchStore>;
