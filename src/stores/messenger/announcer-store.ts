/**
 * What the live region says when messages arrive: the words of a new message in the chat on
 * screen, and only who wrote for one elsewhere (the notification setting governs the rest).
 */
import { createStore } from 'zustand/vanilla';
import type { MessageView } from '../../../electron/bridge/methods/messages';
import type { ShallotBridge } from '../../bridge/bridge';
import { t } from '../../i18n/t';
import type { ChatStore } from './chat-store';
import type { ConversationsStore } from './conversations-store';

export type AnnouncerState = { text: string; start: () => () => void };

export function announcement(
  m: MessageView,
  openId: string | undefined,
  chatName: string | undefined,
): string {
  if (m.conversationId === openId && m.kind === 'text' && m.body) {
    return t('chat.incoming', { name: m.sender.displayName, text: m.body });
  }
  return t('chat.incomingElsewhere', { name: chatName ?? m.sender.displayName });
}

export function createAnnouncerStore(bridge: ShallotBridge, chat: ChatStore, list: ConversationsStore) {
  return createStore<AnnouncerState>()((set) => ({
    text: '',
    start: () =>
      bridge.on('messages.changed', ({ added, conversationId }) => {
        const m = added.filter((x) => !x.outgoing && x.unread && x.kind !== 'control').at(-1);
        if (!m) return;
        const name = list.getState().byId(conversationId)?.displayName;
        set({ text: announcement(m, chat.getState().openId, name) });
      }),
  }));
}

export type AnnouncerStore = ReturnType<typeof createAnnouncerStore>;
