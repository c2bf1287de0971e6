/**
 * The main conversation list: pages from `conversations.list` in the core's order, kept current
 * by `conversations.changed` (upserts, removals, totals) and `typing.changed`, and the actions of
 * a row's menu. Each action answers with the changed view, adopted at once; the event that follows
 * carries the same view and changes nothing more.
 */
import { createStore } from 'zustand/vanilla';
import type { ConversationView, DisappearingSetting } from '../../../electron/bridge/methods/conversations';
import type { BridgeError, BridgeResult, ShallotBridge } from '../../bridge/bridge';
import { patchList } from './conversation-order';

const PAGE = 100;

export type ConversationAction =
  | 'pin'
  | 'unpin'
  | 'mute'
  | 'unmute'
  | 'mark-read'
  | 'mark-unread'
  | 'block'
  | 'unblock'
  | 'delete'
  | 'clear';

export type ConversationsState = {
  items: ConversationView[];
  /** Where the next page starts; null once the whole list is loaded. */
  nextCursor: string | null;
  loaded: boolean;
  loading: boolean;
  unreadTotal: number;
  requestCount: number;
  error?: BridgeError;
  /** The last failed row action, for the alert beside the list. */
  actionError?: BridgeError;
  start: () => () => void;
  /** Forgets everything (the account locked): nothing of it stays in the page's memory. */
  reset: () => void;
  reload: () => Promise<void>;
  loadMore: () => Promise<void>;
  byId: (id: string) => ConversationView | undefined;
  /** Puts a view the core answered with (open, accept, nickname…) into the list. */
  adopt: (view: ConversationView) => void;
  forget: (id: string) => void;
  act: (id: string, action: ConversationAction) => Promise<boolean>;
  setNickname: (id: string, nickname: string | null) => Promise<boolean>;
  setDisappearing: (id: string, setting: DisappearingSetting) => Promise<boolean>;
};

type ViewAnswer = Promise<BridgeResult<ConversationView> | BridgeResult<object>>;

function actionCall(bridge: ShallotBridge, conversationId: string, action: ConversationAction): ViewAnswer {
  switch (action) {
    case 'pin':
    case 'unpin':
      return bridge.call('conversations.setPinned', { conversationId, pinned: action === 'pin' });
    case 'mute':
    case 'unmute':
      return bridge.call('conversations.setMuted', {
        conversationId,
        mutedUntil: action === 'mute' ? 'forever' : null,
      });
    case 'mark-read':
      return bridge.call('conversations.markRead', { conversationId });
    case 'mark-unread':
      return bridge.call('conversations.markUnread', { conversationId });
    case 'block':
    case 'unblock':
      return bridge.call('conversations.setBlocked', { conversationId, blocked: action === 'block' });
    case 'delete':
      return bridge.call('conversations.delete', { conversationId });
    case 'clear':
      return bridge.call('conversations.clearMessages', { conversationId });
  }
}

function isView(value: object): value is ConversationView {
  return 'id' in value && 'kind' in value;
}

export function createConversationsStore(bridge: ShallotBridge) {
  return createStore<ConversationsState>()((set, get) => {
    const upsert = (views: readonly ConversationView[], removed: readonly string[] = []): void =>
      set((s) => ({ items: patchList(s.items, views, removed, s.nextCursor === null) }));

    const page = async (cursor: string | undefined): Promise<void> => {
      set({ loading: true });
      const r = await bridge.call('conversations.list', cursor ? { cursor, limit: PAGE } : { limit: PAGE });
      if (!r.ok) return set({ loading: false, error: r.error });
      const { items, nextCursor, unreadTotal, requestCount } = r.value;
      set((s) => {
        const known = cursor ? s.items : [];
        const ids = new Set(known.map((c) => c.id));
        return {
          items: [...known, ...items.filter((c) => !ids.has(c.id))],
          nextCursor,
          unreadTotal,
          requestCount,
          loaded: true,
          loading: false,
          error: undefined,
        };
      });
    };

    const run = async (answer: ViewAnswer, id: string, removes: boolean): Promise<boolean> => {
      const r = await answer;
      if (!r.ok) {
        set({ actionError: r.error });
        return false;
      }
      set({ actionError: undefined });
      if (removes) get().forget(id);
      else if (isView(r.value)) get().adopt(r.value);
      return true;
    };

    const empty = {
      items: [],
      nextCursor: null,
      loaded: false,
      loading: false,
      unreadTotal: 0,
      requestCount: 0,
      error: undefined,
      actionError: undefined,
    };
    return {
      ...empty,
      reset: () => set(empty),

      start() {
        const offChanged = bridge.on('conversations.changed', (e) => {
          upsert(e.upserted, e.removed);
          set({ unreadTotal: e.unreadTotal, requestCount: e.requestCount });
        });
        const offTyping = bridge.on('typing.changed', ({ conversationId, typing }) =>
          set((s) => ({ items: s.items.map((c) => (c.id === conversationId ? { ...c, typing } : c)) })),
        );
        void get().reload();
        return () => {
          offChanged();
          offTyping();
        };
      },

      reload: () => page(undefined),

      async loadMore() {
        const { nextCursor, loading } = get();
        if (nextCursor === null || loading) return;
        await page(nextCursor);
      },

      byId: (id) => get().items.find((c) => c.id === id),
      adopt: (view) => upsert([view]),
      forget: (id) => upsert([], [id]),

      act: (id, action) => run(actionCall(bridge, id, action), id, action === 'delete'),

      setNickname: (id, nickname) =>
        run(bridge.call('conversations.setNickname', { conversationId: id, nickname }), id, false),

      setDisappearing: (id, setting) =>
        run(bridge.call('conversations.setDisappearing', { conversationId: id, setting }), id, false),
    };
  });
}

export type ConversationsStore = ReturnType<typeof createConversationsStore>;
