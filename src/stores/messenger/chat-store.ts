/**
 * Which chat is open, what the core says about it, and its message window. The last few windows stay alive (and patched by
 * events) so switching back to a recent chat paints at once instead of asking for its page again.
 */
import { createStore } from 'zustand/vanilla';
import type { ConversationView } from '../../../electron/bridge/methods/conversations';
import type { MessageView } from '../../../electron/bridge/methods/messages';
import type { ShallotBridge } from '../../bridge/bridge';
import type { ConversationsStore } from './conversations-store';
import { createMessageWindow, type MessageWindow } from './message-window';

/** Windows kept for recently open chats (each bounded by WINDOW_CAP messages). */
export const KEPT_WINDOWS = 4;

export type ChatState = {
  openId?: string;
  /** The open conversation as the core last described it (requests too, which the list omits). */
  conversation?: ConversationView;
  window?: MessageWindow;
  /** Starts following `conversations.changed` for the open one; returns the unsubscribe. */
  start: () => () => void;
  open: (conversationId: string) => void;
  /** Set when the composer should take the focus as soon as it is on screen (a chat just started). */
  composerFocusPending: boolean;
  focusComposer: (pending: boolean) => void;
  close: () => void;
  /** Opens the chat above (-1) or below (+1) the open one in the list; the first one if none is open. */
  step: (by: -1 | 1) => void;
  /** A message the core answered with (sent, retried, reacted to): shown at once in its window. */
  accept: (message: MessageView) => void;
  dispose: () => void;
};

export type ChatOptions = { isActive?: () => boolean };

export function createChatStore(bridge: ShallotBridge, list: ConversationsStore, options: ChatOptions = {}) {
  const kept = new Map<string, MessageWindow>();

  const windowFor = (id: string): MessageWindow => {
    let w = kept.get(id);
    if (w) {
      kept.delete(id);
    } else {
      w = createMessageWindow(bridge, id, options);
      void w.getState().open();
    }
    kept.set(id, w);
    for (const [oldId, old] of kept) {
      if (kept.size <= KEPT_WINDOWS) break;
      kept.delete(oldId);
      old.getState().dispose();
    }
    return w;
  };

  return createStore<ChatState>()((set, get) => ({
    composerFocusPending: false,
    focusComposer: (pending) => set({ composerFocusPending: pending }),

    start() {
      const offChanged = bridge.on('conversations.changed', (e) => {
        const id = get().openId;
        const mine = e.upserted.find((c) => c.id === id);
        if (mine) set({ conversation: mine });
        else if (id && e.removed.includes(id)) get().close();
      });
      const offTyping = bridge.on('typing.changed', ({ conversationId, typing }) => {
        const c = get().conversation;
        if (c?.id === conversationId) set({ conversation: { ...c, typing } });
      });
      // An action's answer lands in the list first; the header shows it from there at once.
      const offList = list.subscribe((l) => {
        const c = l.items.find((x) => x.id === get().openId);
        if (c && c !== get().conversation) set({ conversation: c });
      });
      return () => {
        offChanged();
        offTyping();
        offList();
      };
    },

    open(conversationId) {
      if (get().openId === conversationId) return;
      const known = list.getState().byId(conversationId);
      set({ openId: conversationId, conversation: known, window: windowFor(conversationId) });
      if (!known) {
        void bridge.call('conversations.get', { conversationId }).then((r) => {
          if (r.ok && get().openId === conversationId) set({ conversation: r.value });
        });
      }
    },

    close: () => set({ openId: undefined, conversation: undefined, window: undefined }),

    step(by) {
      const ids = list.getState().items.map((c) => c.id);
      if (ids.length === 0) return;
      const at = get().openId ? ids.indexOf(get().openId!) : -1;
      const next = at < 0 ? 0 : Math.min(ids.length - 1, Math.max(0, at + by));
      get().open(ids[next]!);
    },

    accept(message) {
      const w = kept.get(message.conversationId);
      w?.getState().accept(message);
    },

    dispose() {
      for (const w of kept.values()) w.getState().dispose();
      kept.clear();
      set({ openId: undefined, conversation: undefined, window: undefined });
    },
  }));
}

export type ChatStore = ReturnType<typeof createChatStore>;
