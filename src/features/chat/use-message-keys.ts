import type { Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { MessageView } from '../../../electron/bridge/methods/messages';
import type { Row } from '../../stores/messenger/message-rows';

/**
 * Keyboard in the message list: one tab stop (the newest message, or the last one focused); ↑/↓
 * and Home/End move between messages, Enter, the menu key or Shift+F10 open the message's menu.
 */
export function useMessageKeys(
  rows: readonly Row[],
  virtualizer: Virtualizer<HTMLDivElement, Element>,
  scrollRef: RefObject<HTMLDivElement | null>,
  openMenu: (m: MessageView, x: number, y: number) => void,
) {
  const [focusId, setFocusId] = useState<string>();
  const ids = rows.flatMap((r) => (r.kind === 'message' ? [r.key] : []));
  const tabStop = focusId && ids.includes(focusId) ? focusId : ids.at(-1);

  const moveFocus = (from: string, by: number): void => {
    const id = ids[Math.max(0, Math.min(ids.length - 1, ids.indexOf(from) + by))];
    if (!id) return;
    setFocusId(id);
    virtualizer.scrollToIndex(
      rows.findIndex((r) => r.key === id),
      { align: 'auto' },
    );
    requestAnimationFrame(() =>
      scrollRef.current?.querySelector<HTMLElement>(`[data-message-id="${CSS.escape(id)}"]`)?.focus(),
    );
  };

  const handle = (e: KeyboardEvent<HTMLElement>, m: MessageView): void => {
    if (e.target !== e.currentTarget) return;
    const r = e.currentTarget.getBoundingClientRect();
    const menu = (): void => openMenu(m, r.left + 32, r.top + 24);
    const keys: Record<string, () => void> = {
      ArrowUp: () => moveFocus(m.id, -1),
      ArrowDown: () => moveFocus(m.id, 1),
      Home: () => moveFocus(m.id, -ids.length),
      End: () => moveFocus(m.id, ids.length),
      Enter: menu,
      ContextMenu: menu,
    };
    const run = e.key === 'F10' && e.shiftKey ? menu : keys[e.key];
    if (!run) return;
    e.preventDefault();
    run();
  };

  // One function for the list's lifetime, so memoised rows do not re-render on every scroll; it
  // calls the handler of the latest render.
  const latest = useRef(handle);
  useLayoutEffect(() => {
    latest.current = handle;
  });
  const onKeyDown = useCallback((e: KeyboardEvent<HTMLElement>, m: MessageView) => latest.current(e, m), []);
  return { tabStop, onKeyDown };
}
