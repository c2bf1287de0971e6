import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import type { MessageView } from '../../../electron/bridge/methods/messages';
import { AttachmentList } from '../attachments/AttachmentList';
import { PictureAvatar } from '../attachments/PictureAvatar';
import { dayLabel } from '../../components/format-time';
import { Icon } from '../../components/icons';
import { t } from '../../i18n/t';
import type { Row } from '../../stores/messenger/message-rows';
import { BodyText, BubbleFooter, QuoteBlock, Reactions } from './BubbleParts';
import { useNow } from '../messenger/use-now';
import { timelineNotice } from './notice-text';

/** What a row can ask the chat to do. */
export type RowActions = {
  readonly ownId: string | undefined;
  /** A group chat: incoming bubbles show who wrote them. */
  readonly group: boolean;
  readonly canSend: boolean;
  readonly highlightId: string | undefined;
  jump: (messageId: string) => void;
  link: (href: string) => void;
  menu: (m: MessageView, x: number, y: number) => void;
  react: (m: MessageView) => void;
  reply: (m: MessageView) => void;
  toggleReaction: (m: MessageView, emoji: string) => void;
  retry: (m: MessageView) => void;
};

function label(m: MessageView, notice: string | undefined): string {
  const who = m.outgoing ? t('notice.you') : m.sender.displayName;
  if (notice) return notice;
  if (m.kind === 'deleted') return t('bubble.deletedBy', { who });
  return t('bubble.label', { who, text: m.body ?? '' });
}

function Bubble({ m, first, a }: { m: MessageView; first: boolean; a: RowActions }) {
  return (
    <div className={`bubble${m.kind === 'deleted' ? ' deleted' : ''}`}>
      {first && a.group && !m.outgoing && <span className="sender">{m.sender.displayName}</span>}
      {m.quote && <QuoteBlock quote={m.quote} onJump={a.jump} />}
      {m.kind === 'deleted' ? (
        <p className="body">{t('bubble.deleted')}</p>
      ) : (
        m.body && <BodyText text={m.body} onLink={a.link} />
      )}
      {m.attachments.length > 0 && <AttachmentList m={m} />}
      <BubbleFooter m={m} onRetry={() => a.retry(m)} />
    </div>
  );
}

function Tools({ m, a }: { m: MessageView; a: RowActions }) {
  const open = (e: MouseEvent<HTMLButtonElement>): void => {
    const r = e.currentTarget.getBoundingClientRect();
    a.menu(m, r.left, r.bottom);
  };
  return (
    <span className="message-tools" aria-hidden="true">
      {a.canSend && m.kind === 'text' && (
        <>
          <button
            type="button"
            tabIndex={-1}
            className="icon-button small"
            title={t('message.react')}
            onClick={() => a.react(m)}
          >
            <Icon name="smile" size={16} />
          </button>
          <button
            type="button"
            tabIndex={-1}
            className="icon-button small"
            title={t('message.reply')}
            onClick={() => a.reply(m)}
          >
            <Icon name="reply" size={16} />
          </button>
        </>
      )}
      <button
        type="button"
        tabIndex={-1}
        className="icon-button small"
        title={t('message.more')}
        onClick={open}
      >
        <Icon name="more" size={16} />
      </button>
    </span>
  );
}

function DaySeparator({ day }: { day: number }) {
  const now = useNow(60_000);
  return (
    <div className="day-separator" role="listitem">
      <span>{dayLabel(day, now)}</span>
    </div>
  );
}

/**
 * One row of the list. Memoised: the virtual list re-renders on every scroll event, and only the
 * rows whose message, actions or tab stop changed need to render again.
 */
export const MessageRow = memo(function MessageRow({
  row,
  a,
  tabbable,
  onKeyDown,
}: {
  row: Row;
  a: RowActions;
  /** The list's one tab stop (roving focus). */
  tabbable: boolean;
  onKeyDown: (e: KeyboardEvent<HTMLElement>, m: MessageView) => void;
}) {
  if (row.kind === 'day') return <DaySeparator day={row.day} />;
  if (row.kind === 'unread') {
    return (
      <div className="unread-divider" role="listitem">
        <span>{t('chat.unreadDivider')}</span>
      </div>
    );
  }
  const { message: m, first, last } = row;
  const notice = timelineNotice(m, a.ownId);
  const classes = [
    'message',
    m.outgoing ? 'out' : 'in',
    first ? 'first' : '',
    last ? 'last' : '',
    a.highlightId === m.id ? 'highlight' : '',
  ];
  return (
    <div
      role="listitem"
      tabIndex={tabbable ? 0 : -1}
      data-message-id={m.id}
      aria-label={label(m, notice)}
      className={notice ? 'notice' : classes.filter(Boolean).join(' ')}
      onKeyDown={(e) => onKeyDown(e, m)}
      onContextMenu={(e) => {
        e.preventDefault();
        a.menu(m, e.clientX, e.clientY);
      }}
    >
      {notice ? (
        <p className={m.call?.missed ? 'notice-text missed' : 'notice-text'}>{notice}</p>
      ) : (
        <>
          {a.group && !m.outgoing && (
            <span className="bubble-avatar">
              {last && (
                <PictureAvatar
                  id={m.sender.id}
                  name={m.sender.displayName}
                  size={28}
                  picture={m.sender.avatar}
                />
              )}
            </span>
          )}
          <div className="bubble-column">
            <Bubble m={m} first={first} a={a} />
            <Reactions
              reactions={m.reactions}
              enabled={a.canSend}
              onToggle={(emoji) => a.toggleReaction(m, emoji)}
            />
          </div>
          <Tools m={m} a={a} />
        </>
      )}
    </div>
  );
});
