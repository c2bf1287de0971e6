import { useEffect } from 'react';
import { useStores } from '../../app/stores-context';
import { installShortcuts, type Shortcut } from '../../stores/messenger/shortcuts';

/** The id of the search slot, which Ctrl/Cmd+K and Ctrl/Cmd+F focus. */
export const SEARCH_SLOT_ID = 'search-slot';

/** The messenger's global shortcuts, while the main screen is shown. */
export function useMessengerKeys(): void {
  const { nav, chat } = useStores();
  useEffect(() => {
    const run = (shortcut: Shortcut): void => {
      switch (shortcut) {
        case 'new-message':
          return nav.getState().openDialog('new-message');
        case 'search':
          document.getElementById(SEARCH_SLOT_ID)?.focus();
          return;
        case 'settings':
          return nav.getState().show('settings');
        case 'previous-chat':
        case 'next-chat':
          nav.getState().show('chats');
          return chat.getState().step(shortcut === 'previous-chat' ? -1 : 1);
      }
    };
    return installShortcuts(window, run);
  }, [nav, chat]);
}
