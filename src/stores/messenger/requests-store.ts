/**
 * The message requests box: first messages from people the user has not accepted. They never show
 * in the main list; accepting moves one there (the core answers with its new view, which the list
 * adopts), declining deletes it, blocking declines and blocks the sender.
 */
import { createStore } from 'zustand/vanilla';
import type { ConversationView } from '../../../electron/bridge/methods/conversations';
import type { BridgeError, ShallotBridge } from '../../bridge/bridge';
import { compareConversations } from './conversation-order';
import type { ConversationsStore } from './conversations-store';

const PAGE = 100;

export type RequestAction = 'accept' | 'decline' | 'block';

export type RequestsState = {
  items: ConversationView[];
  count: number;
  nextCursor: string | null;
  loading: boolean;
  /** Which request is being answered, so its buttons wait. */
  busyId?: string;
  error?: BridgeError;
  start: () => () => void;
  reset: () => void;
  load: () => Promise<void>;
  loadMore: () => Promise<void>;
  /** Resolves to the accepted conversation's id (to open it), or undefined. */
  answer: (id: string, action: RequestAction) => Promise<string | undefined>;
};

function patch(items: readonly ConversationView[], upserted: readonly ConversationView[], removed: string[]) {
  const gone = new Set([...removed, ...upserted.map((c) => c.id)]);
  const kept = items.filter((c) => !gone.has(c.id));
  return [...kept, ...upserted.filter((c) => c.request === 'incoming')].sort(compareConversations);
}

export function createRequestsStore(bridge: ShallotBridge, list: ConversationsStore) {
  return createStore<RequestsState>()((set, get) => {
    const page = async (cursor?: string): Promise<void> => {
      set({ loading: true });
      const r = await bridge.call('requests.list', cursor ? { cursor, limit: PAGE } : { limit: PAGE });
      if (!r.ok) return set({ loading: false, error: r.error });
      set((s) => {
        const known = cursor ? s.items : [];
        const ids = new Set(known.map((c) => c.id));
        return {
          items: [...known, ...r.value.items.filter((c) => !ids.has(c.id))],
          count: r.value.count,
          nextCursor: r.value.nextCursor,
          loading: false,
          error: undefined,
        };
      });
    };

    const settle = (id: string, error?: BridgeError): void =>
      set((s) => ({
        busyId: undefined,
        error,
        items: error ? s.items : s.items.filter((c) => c.id !== id),
        count: error ? s.count : Math.max(0, s.count - 1),
      }));

    const empty = {
      items: [],
      count: 0,
      nextCursor: null,
      loading: false,
      busyId: undefined,
      error: undefined,
    };
    return {
      ...empty,
      reset: () => set(empty),

      start() {
        // The list store reads the same event for the main list (and the entry's count, before this
        // box is ever opened); this one keeps only the requests.
        return bridge.on('conversations.changed', (e) =>
          set((s) => ({ items: patch(s.items, e.upserted, e.removed), count: e.requestCount })),
        );
      },

      load: () => page(),

      async loadMore() {
        const { nextCursor, loading } = get();
        if (nextCursor !== null && !loading) await page(nextCursor);
      },

      async answer(id, action) {
        if (get().busyId) return undefined;
        set({ busyId: id, error: undefined });
        if (action === 'accept') {
          const r = await bridge.call('requests.accept', { conversationId: id });
          if (!r.ok) return void settle(id, r.error);
          settle(id);
          list.getState().adopt(r.value);
          return r.value.id;
        }
        const method = action === 'decline' ? 'requests.decline' : 'requests.block';
        const r = await bridge.call(method, { conversationId: id });
        settle(id, r.ok ? undefined : r.error);
        return undefined;
      },
    };
  });
}

export type RequestsStore = ReturnType<typeof createRequestsStore>;
