/**
 * The messenger's life while the account is open: its stores start listening when the main screen
 * appears and, when the account locks or closes, stop and forget every conversation, message and
 * draft they held, so nothing of the account stays in the page behind the lock screen.
 */
import type { Stores } from './stores';

export function startMessenger(stores: Stores): () => void {
  const stops = [
    stores.focus.getState().start(),
    stores.conversations.getState().start(),
    stores.chat.getState().start(),
    stores.requests.getState().start(),
    stores.notifications.getState().start(),
    stores.announcer.getState().start(),
    stores.groups.getState().start(),
    stores.media.getState().start(),
    stores.avatar.getState().start(),
    stores.search.getState().start(),
    stores.chatSearch.getState().start(),
  ];
  return () => {
    for (const stop of stops) stop();
    void stores.composer.getState().switchTo(undefined);
    stores.staging.getState().discard();
    stores.chat.getState().dispose();
    stores.conversations.getState().reset();
    stores.requests.getState().reset();
    stores.messageActions.getState().closeInfo();
    stores.newMessage.getState().reset();
    stores.groups.getState().close();
    stores.nav.getState().closeDialog();
    stores.search.getState().clear();
    stores.chatSearch.getState().hide();
  };
}
