/** The actions of a conversation's context menu, in the order Signal and Session show them. */
import type { ConversationView } from '../../../electron/bridge/methods/conversations';
import type { MenuItem } from '../../components/Menu';
import { t } from '../../i18n/t';
import { isMuted } from '../../stores/messenger/conversation-order';
import type { ConversationAction } from '../../stores/messenger/conversations-store';

export function conversationMenu(
  c: ConversationView,
  now: number,
  act: (action: ConversationAction) => void,
  confirm: (action: 'delete' | 'block') => void,
): MenuItem[] {
  const unread = c.unreadCount > 0 || c.markedUnread;
  const canBlock = c.kind === 'direct';
  const items: MenuItem[] = [
    { id: 'pin', label: t(c.pinned ? 'list.unpin' : 'list.pin'), run: () => act(c.pinned ? 'unpin' : 'pin') },
    {
      id: 'mute',
      label: t(isMuted(c, now) ? 'list.unmute' : 'list.mute'),
      run: () => act(isMuted(c, now) ? 'unmute' : 'mute'),
    },
    {
      id: 'read',
      label: t(unread ? 'list.markRead' : 'list.markUnread'),
      run: () => act(unread ? 'mark-read' : 'mark-unread'),
    },
  ];
  if (canBlock) {
    items.push(
      c.blocked
        ? { id: 'block', label: t('list.unblock'), run: () => act('unblock') }
        : { id: 'block', label: t('list.block'), danger: true, run: () => confirm('block') },
    );
  }
  items.push({ id: 'delete', label: t('list.delete'), danger: true, run: () => confirm('delete') });
  return items;
}
