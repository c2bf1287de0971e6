import { useEffect } from 'react';
import { useStores } from '../../app/stores-context';
import { installShortcuts, type Shortcut } from '../../stores/messenger/shortcuts';

/** The id of the search field, which Ctrl/Cmd+K focuses (and Ctrl/Cmd+F when no chat is open). */
export const SEARCH_SLOT_ID = 'search-slot';

/** The search field is in the chats view: from settings it appears on the next frame. */
function focusSearch(nav: ReturnType<typeof useStores>['nav']): void {
  nav.getState().show('chats');
  const focus = (): void => document.getElementById(SEARCH_SLOT_ID)?.focus();
  if (document.getElementById(SEARCH_SLOT_ID)) focus();
  else requestAnimationFrame(focus);
}

/** The messenger's global shortcuts, while the main screen is shown. */
export function useMessengerKeys(): void {
  const { nav, chat, chatSearch } = useStores();
  useEffect(() => {
    const run = (shortcut: Shortcut): void => {
      switch (shortcut) {
        case 'new-message':
          return nav.getState().openDialog('new-message');
        case 'find':
          if (nav.getState().view === 'chats' && chat.getState().openId) return chatSearch.getState().show();
          return focusSearch(nav);
        case 'search':
          return focusSearch(nav);
        case 'settings':
          return nav.getState().show('settings');
        case 'previous-chat':
        case 'next-chat':
          nav.getState().show('chats');
          return chat.getState().step(shortcut === 'previous-chat' ? -1 : 1);
      }
    };
    return installShortcuts(window, run);
  }, [nav, chat, chatSearch]);
}
