import type { ConversationView } from '../../../electron/bridge/methods/conversations';
import { PictureAvatar } from '../attachments/PictureAvatar';
import { listTime } from '../../components/format-time';
import { Icon } from '../../components/icons';
import { t } from '../../i18n/t';
import { isMuted } from '../../stores/messenger/conversation-order';

function snippetOf(c: ConversationView): string {
  if (c.typing) return t('list.typing');
  const last = c.lastMessage;
  if (!last) return c.request === 'outgoing' ? t('list.awaiting') : '';
  return last.outgoing ? t('list.you', { text: last.snippet }) : last.snippet;
}

/** What a screen reader hears for a row: name, state, unread count and the last message. */
export function rowLabel(c: ConversationView, now: number): string {
  const parts = [c.displayName];
  if (c.pinned) parts.push(t('list.pinned'));
  if (isMuted(c, now)) parts.push(t('list.muted'));
  if (c.blocked) parts.push(t('list.blocked'));
  if (c.unreadCount > 0)
    parts.push(t(c.unreadCount === 1 ? 'list.unreadOne' : 'list.unreadMany', { n: c.unreadCount }));
  else if (c.markedUnread) parts.push(t('list.markedUnread'));
  const snippet = snippetOf(c);
  if (snippet) parts.push(snippet);
  return parts.join(', ');
}

export function ConversationRow({ c, now }: { c: ConversationView; now: number }) {
  const unread = c.unreadCount > 0 || c.markedUnread;
  const time = c.lastMessage?.sentAt ?? c.lastActivityAt;
  return (
    <>
      <PictureAvatar id={c.id} name={c.displayName} size={44} picture={c.avatar} />
      <span className="row-main">
        <span className="row-top">
          <span className={unread ? 'row-name unread' : 'row-name'}>{c.displayName}</span>
          {c.pinned && <Icon name="pin" size={14} />}
          {isMuted(c, now) && <Icon name="muted" size={14} />}
          <span className="row-time">{listTime(time, now)}</span>
        </span>
        <span className="row-bottom">
          <span className={c.typing ? 'row-snippet typing' : 'row-snippet'}>{snippetOf(c)}</span>
          {c.unreadCount > 0 ? (
            <span className={isMuted(c, now) ? 'badge muted' : 'badge'}>
              {c.unreadCount > 99 ? '99+' : c.unreadCount}
            </span>
          ) : (
            c.markedUnread && <span className="badge dot" />
          )}
        </span>
      </span>
    </>
  );
}
