import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type MouseEvent } from 'react';
import type { ConversationView } from '../../../electron/bridge/methods/conversations';
import { useChat, useConversations } from '../../app/stores-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Menu } from '../../components/Menu';
import { t } from '../../i18n/t';
import { ConfirmConversationAction, type Confirming } from './ConfirmConversationAction';
import { conversationMenu } from './conversation-menu';
import { ConversationRow, rowLabel } from './ConversationRow';
import { useListKeys } from './use-list-keys';
import { useNow } from './use-now';

const ROW_HEIGHT = 68;
/** Ask for the next page this many rows before the end. */
const PREFETCH_ROWS = 10;

type MenuAt = { c: ConversationView; x: number; y: number };

/** The main list: a virtualised listbox with one tab stop (see use-list-keys.ts). */
export function ConversationList() {
  const { items, loaded, loading, nextCursor, error, actionError, loadMore, act } = useConversations();
  const openId = useChat((s) => s.openId);
  const open = useChat((s) => s.open);
  const now = useNow(60_000);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [menu, setMenu] = useState<MenuAt>();
  const [confirming, setConfirming] = useState<Confirming>();
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    getItemKey: (i) => items[i]?.id ?? i,
  });
  const { tabStop, setFocus, onKeyDown } = useListKeys(
    items.length,
    virtualizer,
    scrollRef,
    (i) => items[i] && open(items[i].id),
    (i, x, y) => items[i] && setMenu({ c: items[i], x, y }),
  );
  const virtual = virtualizer.getVirtualItems();
  const lastIndex = virtual.at(-1)?.index ?? 0;
  useEffect(() => {
    if (nextCursor !== null && lastIndex >= items.length - PREFETCH_ROWS) void loadMore();
  }, [lastIndex, items.length, nextCursor, loadMore]);
  const onContextMenu = (e: MouseEvent<HTMLElement>, c: ConversationView): void => {
    e.preventDefault();
    setMenu({ c, x: e.clientX, y: e.clientY });
  };

  // A core without the messaging methods yet: the list is empty, and says why, rather than failing.
  const unsupported = error?.code === 'unknown-method';
  if (!loaded && loading) return <p className="pane-note">{t('list.loading')}</p>;
  return (
    <>
      <ErrorAlert error={unsupported ? actionError : (error ?? actionError)} />
      {((loaded && items.length === 0 && !error) || unsupported) && (
        <div className="pane-note">
          <p className="empty-title">{t('home.empty')}</p>
          <p className="hint">{t(unsupported ? 'list.unsupported' : 'list.emptyHint')}</p>
        </div>
      )}
      <div ref={scrollRef} className="conversation-scroll">
        <div
          role="listbox"
          aria-label={t('home.heading')}
          className="conversation-list"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtual.map((v) => {
            const c = items[v.index]!;
            return (
              <div
                key={v.key}
                role="option"
                data-index={v.index}
                aria-selected={c.id === openId}
                aria-setsize={items.length}
                aria-posinset={v.index + 1}
                aria-label={rowLabel(c, now)}
                tabIndex={v.index === tabStop ? 0 : -1}
                className="conversation-row"
                style={{ transform: `translateY(${v.start}px)`, height: ROW_HEIGHT }}
                onClick={() => {
                  setFocus(v.index);
                  open(c.id);
                }}
                onKeyDown={(e) => onKeyDown(e, v.index)}
                onContextMenu={(e) => onContextMenu(e, c)}
              >
                <ConversationRow c={c} now={now} />
              </div>
            );
          })}
        </div>
      </div>
      {menu && (
        <Menu
          label={t('list.menu', { name: menu.c.displayName })}
          at={{ x: menu.x, y: menu.y }}
          items={conversationMenu(
            menu.c,
            now,
            (a) => void act(menu.c.id, a),
            (a) => setConfirming({ action: a, c: menu.c }),
          )}
          onClose={() => setMenu(undefined)}
        />
      )}
      {confirming && (
        <ConfirmConversationAction confirming={confirming} onClose={() => setConfirming(undefined)} />
      )}
    </>
  );
}
