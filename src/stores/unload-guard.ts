/**
 * Nothing the user changed is lost by closing the page: a waiting draft is sent at once, and while a
 * setting or a draft is still on its way the browser asks before leaving. Electron's window would
 * silently refuse to close instead of asking, so there only the flush happens (`mayAsk` false).
 */
import type { SettingsStore } from './settings-store';
import type { ComposerStore } from './messenger/composer-store';

export function guardUnload(
  win: Pick<Window, 'addEventListener' | 'removeEventListener'>,
  stores: { settings: SettingsStore; composer: ComposerStore },
  mayAsk: () => boolean,
): () => void {
  const onBeforeUnload = (e: BeforeUnloadEvent): void => {
    const waiting = stores.settings.getState().pending > 0 || stores.composer.getState().dirty;
    void stores.composer.getState().flush();
    if (waiting && mayAsk()) e.preventDefault();
  };
  win.addEventListener('beforeunload', onBeforeUnload);
  return () => win.removeEventListener('beforeunload', onBeforeUnload);
}
