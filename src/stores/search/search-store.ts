/**
 * Global search in the left pane (issue 15): what is typed, the results grouped by kind, and the
 * one under the keyboard. Typing never waits for the core: a query goes out after a short pause,
 * and an answer to anything but the latest query is dropped. Choosing a message opens its chat at
 * that message (the window's `jumpTo`, which loads the page around it and highlights it).
 */
import { createStore } from 'zustand/vanilla';
import type { BridgeError, Result, ShallotBridge } from '../../bridge/bridge';
import { browserDelay, type Delay } from './delay';

export type SearchResult = Result<'search.global'>;
export type PersonHit = SearchResult['people'][number];
export type MessageHit = SearchResult['messages'][number];

/** Wait after the last keystroke before asking: one query per pause, not per letter. */
export const SEARCH_DEBOUNCE_MS = 120;
const PAGE = 30;

export type SearchState = {
  query: string;
  status: 'idle' | 'searching' | 'ready' | 'error';
  people: readonly PersonHit[];
  messages: readonly MessageHit[];
  more: boolean;
  loadingMore: boolean;
  error?: BridgeError;
  /**
   * What was typed, when it could be a Session ID or an ONS name: offered last, as "start a chat"
   * (messaging resolves the name when it opens the conversation; ONS names are not stored).
   */
  recipient?: string;
  /** Index into people, then messages, then the recipient: the result Enter opens. */
  active: number;
  setQuery: (query: string) => void;
  loadMore: () => Promise<void>;
  move: (by: 1 | -1) => void;
  /** Opens result `index` (default: the active one); the search is cleared after. */
  choose: (index?: number) => Promise<void>;
  clear: () => void;
  /** Follows messaging's changes: hits of messages deleted since are dropped. Returns the stop. */
  start: () => () => void;
};

export type SearchLinks = {
  openChat: (conversationId: string) => void;
  openAt: (conversationId: string, messageId: string) => void;
  delay?: Delay;
};

const EMPTY = {
  people: [],
  messages: [],
  more: false,
  active: 0,
  error: undefined,
  recipient: undefined,
} as const;

/** Session IDs, and ONS names as messaging accepts them (letters, digits, `_`, `-` inside). */
const RECIPIENT = /^(05[0-9a-f]{64}|[a-z0-9_]([a-z0-9_-]{0,62}[a-z0-9_])?)$/iu;

function recipientOf(query: string): string | undefined {
  const q = query.trim();
  return RECIPIENT.test(q) ? q.toLowerCase() : undefined;
}

/** How many results can be chosen: people, messages and the recipient offer. */
export function resultCount(s: Pick<SearchState, 'people' | 'messages' | 'recipient'>): number {
  return s.people.length + s.messages.length + (s.recipient === undefined ? 0 : 1);
}

export function createSearchStore(bridge: ShallotBridge, links: SearchLinks) {
  const delay = links.delay ?? browserDelay;
  let seq = 0;
  let pending: (() => void) | undefined;

  return createStore<SearchState>()((set, get) => {
    const run = async (query: string, mine: number): Promise<void> => {
      const r = await bridge.call('search.global', { query, limit: PAGE });
      if (mine !== seq) return;
      if (!r.ok) return set({ status: 'error', error: r.error });
      const recipient = recipientOf(query);
      const known = r.value.people.some((p) => p.conversationId === recipient);
      set({
        status: 'ready',
        ...r.value,
        active: 0,
        error: undefined,
        recipient: known ? undefined : recipient,
      });
    };

    const open = async (hit: PersonHit | MessageHit | string): Promise<void> => {
      if (typeof hit !== 'string' && 'messageId' in hit)
        return links.openAt(hit.conversationId, hit.messageId);
      if (typeof hit !== 'string' && hit.hasConversation) return links.openChat(hit.conversationId);
      const r = await bridge.call('conversations.open', {
        to: typeof hit === 'string' ? hit : hit.conversationId,
      });
      if (!r.ok) return set({ error: r.error });
      links.openChat(r.value.conversation.id);
    };

    return {
      query: '',
      status: 'idle',
      loadingMore: false,
      ...EMPTY,

      setQuery(query) {
        pending?.();
        const mine = ++seq;
        if (query.trim() === '') {
          set({ query, status: 'idle', ...EMPTY });
          return;
        }
        set({ query, status: 'searching' });
        pending = delay(() => void run(query, mine), SEARCH_DEBOUNCE_MS);
      },

      async loadMore() {
        const { messages, more, loadingMore, query } = get();
        const last = messages[messages.length - 1];
        if (!more || loadingMore || !last) return;
        const mine = seq;
        set({ loadingMore: true });
        const r = await bridge.call('search.global', { query, limit: PAGE, before: last.messageId });
        if (mine !== seq) return;
        if (!r.ok) return set({ loadingMore: false, error: r.error });
        set((s) => ({
          loadingMore: false,
          messages: [...s.messages, ...r.value.messages],
          more: r.value.more,
        }));
      },

      move(by) {
        const { active } = get();
        const count = resultCount(get());
        if (count === 0) return;
        set({ active: (active + by + count) % count });
      },

      async choose(index) {
        const { people, messages, active, recipient } = get();
        const at = index ?? active;
        const hit =
          at < people.length
            ? people[at]
            : at < people.length + messages.length
              ? messages[at - people.length]
              : recipient;
        if (!hit) return;
        await open(hit);
        if (!get().error) get().clear();
      },

      clear() {
        pending?.();
        seq++;
        set({ query: '', status: 'idle', ...EMPTY });
      },

      start: () =>
        bridge.on('messages.changed', ({ removed, updated }) => {
          const gone = new Set([...removed, ...updated.filter((m) => m.kind === 'deleted').map((m) => m.id)]);
          if (gone.size === 0 || !get().messages.some((m) => gone.has(m.messageId))) return;
          set((s) => {
            const messages = s.messages.filter((m) => !gone.has(m.messageId));
            const count = resultCount({ ...s, messages });
            return { messages, active: Math.min(s.active, Math.max(0, count - 1)) };
          });
        }),
    };
  });
}

export type SearchStore = ReturnType<typeof createSearchStore>;
