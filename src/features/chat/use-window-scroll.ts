/**
 * The message list's scroll bookkeeping over the window view model: where to land when the window
 * changes (the unread divider, a jumped-to message, the newest message), keeping the message at the
 * top of the viewport in place when older rows arrive above it, following new messages only while
 * the user is at the bottom, growing the window near either edge and reporting what was seen.
 */
import type { Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { MessageWindow, WindowState } from '../../stores/messenger/message-window';
import { rowIndexOf } from '../../stores/messenger/message-rows';

/** Closer than this to an edge (px) counts as being there. */
const EDGE_PX = 48;
/** Start loading the next page this far (px) before reaching an edge. */
const PREFETCH_PX = 800;

type Snapshot = Pick<WindowState, 'rows' | 'revision' | 'change' | 'hasOlder' | 'hasNewer'>;

export function useWindowScroll(
  messages: MessageWindow,
  s: Snapshot,
  scrollRef: RefObject<HTMLDivElement | null>,
  virtualizer: Virtualizer<HTMLDivElement, Element>,
) {
  const [atBottom, setAtBottom] = useState(true);
  const atBottomRef = useRef(true);
  const handled = useRef(-1);

  /** Reads the viewport: anchor, edges, the newest message fully in view. */
  const observe = useCallback((): void => {
    const el = scrollRef.current;
    if (!el) return;
    const { scrollTop, clientHeight, scrollHeight } = el;
    const bottom = scrollHeight - scrollTop - clientHeight < EDGE_PX;
    atBottomRef.current = bottom;
    setAtBottom(bottom);
    const vm = messages.getState();
    const items = virtualizer.getVirtualItems();
    const top = items.find((v) => v.end > scrollTop && vm.rows[v.index]?.kind === 'message');
    if (top) vm.setAnchor({ messageId: String(vm.rows[top.index]!.key), offset: scrollTop - top.start });
    const seen = items
      .filter((v) => v.end <= scrollTop + clientHeight + 1 && vm.rows[v.index]?.kind === 'message')
      .at(-1);
    if (seen) vm.seen(String(vm.rows[seen.index]!.key));
    if (scrollTop < PREFETCH_PX && vm.hasOlder) void vm.loadOlder();
    if (scrollHeight - scrollTop - clientHeight < PREFETCH_PX && vm.hasNewer) void vm.loadNewer();
  }, [scrollRef, virtualizer, messages]);

  const toEnd = useCallback((): void => {
    if (s.rows.length > 0) virtualizer.scrollToIndex(s.rows.length - 1, { align: 'end' });
  }, [s.rows.length, virtualizer]);

  // Each change of the window moves the viewport once, before paint.
  useLayoutEffect(() => {
    if (handled.current === s.revision) return;
    handled.current = s.revision;
    const { change, rows } = s;
    const anchor = messages.getState().anchor;
    const indexOf = (id: string): number =>
      id === 'unread' ? rows.findIndex((r) => r.kind === 'unread') : rowIndexOf(rows, id);
    switch (change.kind) {
      case 'open': {
        const i = change.target === 'unread' ? indexOf('unread') : -1;
        if (i >= 0) virtualizer.scrollToIndex(i, { align: 'start' });
        else toEnd();
        break;
      }
      case 'older': {
        // Rows above the anchor are estimates until measured; the virtualizer then corrects the
        // scroll offset for each one above the viewport, so the anchor stays where it was.
        const start = anchor ? virtualizer.measurementsCache[indexOf(anchor.messageId)]?.start : undefined;
        if (start !== undefined && anchor) virtualizer.scrollToOffset(start + anchor.offset);
        break;
      }
      case 'jump': {
        const i = indexOf(change.target);
        if (i >= 0) virtualizer.scrollToIndex(i, { align: 'center' });
        break;
      }
      case 'newest':
        toEnd();
        break;
      case 'patch':
        if (change.appended > 0 && (atBottomRef.current || change.own)) toEnd();
        break;
      case 'newer':
        break;
    }
    requestAnimationFrame(observe);
  }, [s, messages, virtualizer, toEnd, observe]);

  return { atBottom: atBottom && !s.hasNewer, observe };
}
