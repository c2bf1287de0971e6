import { useMemo, useState } from 'react';
import type { MessageView } from '../../../electron/bridge/methods/messages';
import { useAccount, useChat, useStores } from '../../app/stores-context';
import type { MessageWindow } from '../../stores/messenger/message-window';
import type { RowActions } from './MessageRow';

export type MenuFor = { m: MessageView; x: number; y: number };

/** The rows' actions, wired to the stores once per chat, plus which menu or picker is open. */
export function useRowActions(messages: MessageWindow, highlightId: string | undefined) {
  const { links, composer, messageActions } = useStores();
  const ownId = useAccount((s) => s.account?.sessionId);
  const conversation = useChat((s) => s.conversation);
  const [menu, setMenu] = useState<MenuFor>();
  const [picker, setPicker] = useState<MessageView>();
  const group = conversation?.kind === 'group';
  const canSend = conversation?.sendability.canSend === true && conversation.request !== 'incoming';
  const actions = useMemo<RowActions>(
    () => ({
      ownId,
      group,
      canSend,
      highlightId,
      jump: (id) => void messages.getState().jumpTo(id),
      link: (href) => links.getState().ask(href),
      menu: (m, x, y) => setMenu({ m, x, y }),
      react: (m) => setPicker(m),
      reply: (m) => {
        composer.getState().reply(m);
        document.getElementById('composer-input')?.focus();
      },
      toggleReaction: (m, emoji) => void messageActions.getState().react(m, emoji),
      retry: (m) => void messageActions.getState().retry(m),
    }),
    [ownId, group, canSend, highlightId, messages, links, composer, messageActions],
  );
  return { actions, menu, setMenu, picker, setPicker };
}
