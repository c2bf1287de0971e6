import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/shallow';
import { useChat } from '../../app/stores-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Icon } from '../../components/icons';
import { t } from '../../i18n/t';
import type { Row } from '../../stores/messenger/message-rows';
import type { MessageWindow } from '../../stores/messenger/message-window';
import { ConfirmDelete, MessageMenu, type Deleting } from './MessageMenu';
import { MessageRow } from './MessageRow';
import { ReactionPicker } from './ReactionPicker';
import { useMessageKeys } from './use-message-keys';
import { useRowActions } from './use-row-actions';
import { useWindowScroll } from './use-window-scroll';

function estimate(row: Row | undefined): number {
  if (!row || row.kind !== 'message') return 40;
  const lines = Math.ceil((row.message.body?.length ?? 20) / 48);
  return 36 + lines * 20 + (row.message.quote ? 48 : 0) + (row.message.reactions.length > 0 ? 28 : 0);
}

/** The open chat's messages: virtualised rows over the window view model. */
export function MessageList({ messages }: { messages: MessageWindow }) {
  // The scroll anchor changes on every scroll frame and is read, not rendered: it is left out here.
  const snapshot = useStore(
    messages,
    useShallow((w) => ({
      rows: w.rows,
      revision: w.revision,
      change: w.change,
      hasOlder: w.hasOlder,
      hasNewer: w.hasNewer,
      status: w.status,
      error: w.error,
      loadingOlder: w.loadingOlder,
      highlightId: w.highlightId,
    })),
  );
  const { rows, status, error, loadingOlder, hasOlder, highlightId } = snapshot;
  const unread = useChat((s) => s.conversation?.unreadCount ?? 0);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [deleting, setDeleting] = useState<Deleting>();
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => estimate(rows[i]),
    getItemKey: (i) => rows[i]?.key ?? i,
    overscan: 8,
  });
  const { atBottom, observe } = useWindowScroll(messages, snapshot, scrollRef, virtualizer);
  const { actions, menu, setMenu, picker, setPicker } = useRowActions(messages, highlightId);

  const { tabStop, onKeyDown } = useMessageKeys(rows, virtualizer, scrollRef, (m, x, y) =>
    setMenu({ m, x, y }),
  );

  return (
    <div className="message-area">
      <ErrorAlert error={error} />
      {status === 'loading' && <p className="pane-note">{t('chat.loading')}</p>}
      {status === 'ready' && rows.length === 0 && <p className="pane-note chat-empty">{t('chat.empty')}</p>}
      <div
        ref={scrollRef}
        className="message-scroll"
        onScroll={observe}
        aria-busy={loadingOlder || status === 'loading'}
      >
        {hasOlder && loadingOlder && <p className="loading-older">{t('chat.loadingOlder')}</p>}
        <div
          role="list"
          aria-label={t('chat.messages')}
          className="message-list"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((v) => (
            <div
              key={v.key}
              role="none"
              data-index={v.index}
              ref={virtualizer.measureElement}
              className="row-slot"
              style={{ transform: `translateY(${v.start}px)` }}
            >
              <MessageRow
                row={rows[v.index]!}
                a={actions}
                tabbable={rows[v.index]?.key === tabStop}
                onKeyDown={onKeyDown}
              />
            </div>
          ))}
        </div>
      </div>
      {!atBottom && (
        <button
          type="button"
          className="jump-newest"
          onClick={() => void messages.getState().jumpToNewest()}
          aria-label={unread > 0 ? t('chat.jumpUnread', { n: unread }) : t('chat.jumpNewest')}
        >
          <Icon name="down" />
          {unread > 0 && <span className="badge">{unread > 99 ? '99+' : unread}</span>}
        </button>
      )}
      {menu && (
        <MessageMenu
          menu={menu}
          canSend={actions.canSend}
          onClose={() => setMenu(undefined)}
          onReact={(m) => setPicker(m)}
          onDelete={setDeleting}
        />
      )}
      {deleting && <ConfirmDelete deleting={deleting} onClose={() => setDeleting(undefined)} />}
      {picker && <ReactionPicker message={picker} onClose={() => setPicker(undefined)} />}
    </div>
  );
}
