import type { Virtualizer } from '@tanstack/react-virtual';
import { useState, type KeyboardEvent, type RefObject } from 'react';

/**
 * Roving focus over a virtualised listbox: one tab stop; ↑/↓/Home/End move it (scrolling the row
 * into existence first), Enter or Space activates, the menu key or Shift+F10 opens the row's menu.
 */
export function useListKeys(
  count: number,
  virtualizer: Virtualizer<HTMLDivElement, Element>,
  scrollRef: RefObject<HTMLDivElement | null>,
  activate: (index: number) => void,
  menu: (index: number, x: number, y: number) => void,
) {
  const [focus, setFocus] = useState(0);
  const focusRow = (i: number): void => {
    const at = Math.max(0, Math.min(count - 1, i));
    setFocus(at);
    virtualizer.scrollToIndex(at);
    requestAnimationFrame(() =>
      scrollRef.current?.querySelector<HTMLElement>(`[data-index="${at}"]`)?.focus(),
    );
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>, i: number): void => {
    const rect = e.currentTarget.getBoundingClientRect();
    const keys: Record<string, () => void> = {
      ArrowDown: () => focusRow(i + 1),
      ArrowUp: () => focusRow(i - 1),
      Home: () => focusRow(0),
      End: () => focusRow(count - 1),
      Enter: () => activate(i),
      ' ': () => activate(i),
      ContextMenu: () => menu(i, rect.left + 24, rect.bottom - 8),
    };
    const run = e.key === 'F10' && e.shiftKey ? keys['ContextMenu'] : keys[e.key];
    if (!run) return;
    e.preventDefault();
    run();
  };
  return { tabStop: Math.min(focus, count - 1), setFocus, onKeyDown };
}
