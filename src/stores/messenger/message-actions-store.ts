/**
 * What a message's menu does: react (toggling the user's own reaction), retry a failed send,
 * delete for this device or for everyone, and show its details. Answers that carry the changed
 * message go straight into the open chat; deletions arrive as `messages.changed`.
 */
import { createStore } from 'zustand/vanilla';
import type { MessageInfo, MessageView } from '../../../electron/bridge/methods/messages';
import type { BridgeError, ShallotBridge } from '../../bridge/bridge';
import type { ChatStore } from './chat-store';

export type DeleteScope = 'this-device' | 'everyone';

export type MessageActionsState = {
  /** The message whose action is on its way. */
  busyId?: string;
  error?: BridgeError;
  info?: MessageInfo;
  infoError?: BridgeError;
  react: (message: MessageView, emoji: string) => Promise<void>;
  retry: (message: MessageView) => Promise<void>;
  remove: (message: MessageView, scope: DeleteScope) => Promise<boolean>;
  showInfo: (message: MessageView) => Promise<void>;
  closeInfo: () => void;
  dismissError: () => void;
};

/** Only the user's own sent messages that reached the network can be unsent (protocol §3.5). */
export function deletableForEveryone(m: MessageView): boolean {
  return m.outgoing && m.kind === 'text' && m.status !== 'sending' && m.status !== 'failed';
}

export function createMessageActionsStore(bridge: ShallotBridge, chat: ChatStore) {
  return createStore<MessageActionsState>()((set, get) => {
    const run = async (id: string, call: () => Promise<boolean>): Promise<boolean> => {
      if (get().busyId) return false;
      set({ busyId: id, error: undefined });
      const done = await call();
      set({ busyId: undefined });
      return done;
    };
    const adopt = (r: { ok: true; value: MessageView } | { ok: false; error: BridgeError }): boolean => {
      if (!r.ok) {
        set({ error: r.error });
        return false;
      }
      chat.getState().accept(r.value);
      return true;
    };

    return {
      async react(m, emoji) {
        const mine = m.reactions.some((r) => r.emoji === emoji && r.mine);
        const method = mine ? 'messages.unreact' : 'messages.react';
        await run(m.id, async () => adopt(await bridge.call(method, { messageId: m.id, emoji })));
      },

      async retry(m) {
        await run(m.id, async () => adopt(await bridge.call('messages.retry', { messageId: m.id })));
      },

      remove: (m, scope) =>
        run(m.id, async () => {
          const r = await bridge.call('messages.delete', {
            conversationId: m.conversationId,
            messageIds: [m.id],
            scope,
          });
          if (!r.ok) set({ error: r.error });
          return r.ok;
        }),

      async showInfo(m) {
        set({ info: undefined, infoError: undefined });
        const r = await bridge.call('messages.get', { messageId: m.id });
        if (r.ok) set({ info: r.value });
        else set({ infoError: r.error });
      },

      closeInfo: () => set({ info: undefined, infoError: undefined }),
      dismissError: () => set({ error: undefined }),
    };
  });
}

export type MessageActionsStore = ReturnType<typeof createMessageActionsStore>;
