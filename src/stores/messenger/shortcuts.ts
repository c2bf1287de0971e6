/**
 * The messenger's keyboard shortcuts, as Signal, Telegram and Session Desktop users know them:
 * Ctrl/Cmd+N new message, Ctrl/Cmd+K search, Ctrl/Cmd+F find in the open chat (search without
 * one), Alt+↑/↓ previous/next chat, Ctrl/Cmd+,
 * settings. Menus, dialogs and lists handle Esc and the arrow keys themselves.
 */
export type Shortcut = 'new-message' | 'search' | 'find' | 'previous-chat' | 'next-chat' | 'settings';

export type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/** `mac`: the command key is the modifier (Ctrl stays free for the system's own shortcuts). */
export function shortcutOf(e: KeyLike, mac: boolean): Shortcut | undefined {
  const mod = mac ? e.metaKey && !e.ctrlKey : e.ctrlKey && !e.metaKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (mod && !e.altKey && !e.shiftKey) {
    if (key === 'n') return 'new-message';
    if (key === 'k') return 'search';
    if (key === 'f') return 'find';
    if (key === ',') return 'settings';
  }
  if (e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
    if (key === 'ArrowUp') return 'previous-chat';
    if (key === 'ArrowDown') return 'next-chat';
  }
  return undefined;
}

export function isMac(nav: Pick<Navigator, 'userAgent'> = navigator): boolean {
  return /Mac|iPhone|iPad/.test(nav.userAgent);
}

/** Listens on `target` (the window) and runs the shortcut's handler; returns the unsubscribe. */
export function installShortcuts(
  target: EventTarget,
  run: (shortcut: Shortcut) => void,
  mac: boolean = isMac(),
): () => void {
  const onKey = (e: Event): void => {
    if (!(e instanceof KeyboardEvent) || e.defaultPrevented) return;
    const shortcut = shortcutOf(e, mac);
    if (!shortcut) return;
    e.preventDefault();
    run(shortcut);
  };
  target.addEventListener('keydown', onKey);
  return () => target.removeEventListener('keydown', onKey);
}
